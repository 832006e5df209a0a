from enum import StrEnum


class IndirectPermissionsSubjectIdentifierType(StrEnum):
    FINGERPRINT = "Fingerprint"
    NIP = "Nip"
    PESEL = "Pesel"

    def __str__(self) -> str:
        return str(self.value)

from enum import StrEnum


class PersonPermissionsSubjectIdentifierType(StrEnum):
    FINGERPRINT = "Fingerprint"
    NIP = "Nip"
    PESEL = "Pesel"

    def __str__(self) -> str:
        return str(self.value)

from enum import StrEnum


class PersonPermissionsAuthorizedIdentifierType(StrEnum):
    FINGERPRINT = "Fingerprint"
    NIP = "Nip"
    PESEL = "Pesel"

    def __str__(self) -> str:
        return str(self.value)

from enum import StrEnum


class PersonPermissionsAuthorIdentifierType(StrEnum):
    FINGERPRINT = "Fingerprint"
    NIP = "Nip"
    PESEL = "Pesel"
    SYSTEM = "System"

    def __str__(self) -> str:
        return str(self.value)

from enum import StrEnum


class SubunitPermissionsAuthorIdentifierType(StrEnum):
    FINGERPRINT = "Fingerprint"
    NIP = "Nip"
    PESEL = "Pesel"

    def __str__(self) -> str:
        return str(self.value)

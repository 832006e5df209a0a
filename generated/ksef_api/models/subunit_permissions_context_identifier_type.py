from enum import StrEnum


class SubunitPermissionsContextIdentifierType(StrEnum):
    INTERNALID = "InternalId"
    NIP = "Nip"

    def __str__(self) -> str:
        return str(self.value)

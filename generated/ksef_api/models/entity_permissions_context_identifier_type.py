from enum import StrEnum


class EntityPermissionsContextIdentifierType(StrEnum):
    INTERNALID = "InternalId"
    NIP = "Nip"

    def __str__(self) -> str:
        return str(self.value)

from enum import StrEnum


class PersonPermissionsContextIdentifierType(StrEnum):
    INTERNALID = "InternalId"
    NIP = "Nip"

    def __str__(self) -> str:
        return str(self.value)

from enum import StrEnum


class EntityPermissionsSubordinateEntityIdentifierType(StrEnum):
    NIP = "Nip"

    def __str__(self) -> str:
        return str(self.value)

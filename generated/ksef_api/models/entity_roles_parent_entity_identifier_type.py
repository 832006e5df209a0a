from enum import StrEnum


class EntityRolesParentEntityIdentifierType(StrEnum):
    NIP = "Nip"

    def __str__(self) -> str:
        return str(self.value)

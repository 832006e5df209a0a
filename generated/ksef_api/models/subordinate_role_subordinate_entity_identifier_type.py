from enum import StrEnum


class SubordinateRoleSubordinateEntityIdentifierType(StrEnum):
    NIP = "Nip"

    def __str__(self) -> str:
        return str(self.value)

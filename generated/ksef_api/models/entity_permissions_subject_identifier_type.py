from enum import StrEnum


class EntityPermissionsSubjectIdentifierType(StrEnum):
    NIP = "Nip"

    def __str__(self) -> str:
        return str(self.value)

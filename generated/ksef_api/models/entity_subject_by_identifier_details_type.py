from enum import StrEnum


class EntitySubjectByIdentifierDetailsType(StrEnum):
    ENTITYBYIDENTIFIER = "EntityByIdentifier"

    def __str__(self) -> str:
        return str(self.value)

from enum import StrEnum


class EntitySubjectDetailsType(StrEnum):
    ENTITYBYFINGERPRINT = "EntityByFingerprint"
    ENTITYBYIDENTIFIER = "EntityByIdentifier"

    def __str__(self) -> str:
        return str(self.value)

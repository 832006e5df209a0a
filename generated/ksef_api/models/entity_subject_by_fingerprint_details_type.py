from enum import StrEnum


class EntitySubjectByFingerprintDetailsType(StrEnum):
    ENTITYBYFINGERPRINT = "EntityByFingerprint"

    def __str__(self) -> str:
        return str(self.value)

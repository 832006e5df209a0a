from enum import StrEnum


class EuEntityPermissionsSubjectIdentifierType(StrEnum):
    FINGERPRINT = "Fingerprint"

    def __str__(self) -> str:
        return str(self.value)

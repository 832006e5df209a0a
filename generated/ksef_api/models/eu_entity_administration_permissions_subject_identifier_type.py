from enum import StrEnum


class EuEntityAdministrationPermissionsSubjectIdentifierType(StrEnum):
    FINGERPRINT = "Fingerprint"

    def __str__(self) -> str:
        return str(self.value)

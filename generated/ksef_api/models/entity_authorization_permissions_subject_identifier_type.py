from enum import StrEnum


class EntityAuthorizationPermissionsSubjectIdentifierType(StrEnum):
    NIP = "Nip"
    PEPPOLID = "PeppolId"

    def __str__(self) -> str:
        return str(self.value)

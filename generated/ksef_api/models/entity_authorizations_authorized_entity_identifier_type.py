from enum import StrEnum


class EntityAuthorizationsAuthorizedEntityIdentifierType(StrEnum):
    NIP = "Nip"
    PEPPOLID = "PeppolId"

    def __str__(self) -> str:
        return str(self.value)

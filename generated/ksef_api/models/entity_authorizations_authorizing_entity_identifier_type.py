from enum import StrEnum


class EntityAuthorizationsAuthorizingEntityIdentifierType(StrEnum):
    NIP = "Nip"

    def __str__(self) -> str:
        return str(self.value)

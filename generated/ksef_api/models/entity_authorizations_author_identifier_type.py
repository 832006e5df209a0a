from enum import StrEnum


class EntityAuthorizationsAuthorIdentifierType(StrEnum):
    FINGERPRINT = "Fingerprint"
    NIP = "Nip"
    PESEL = "Pesel"

    def __str__(self) -> str:
        return str(self.value)

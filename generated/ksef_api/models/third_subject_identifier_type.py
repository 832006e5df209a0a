from enum import StrEnum


class ThirdSubjectIdentifierType(StrEnum):
    INTERNALID = "InternalId"
    NIP = "Nip"
    NONE = "None"
    OTHER = "Other"
    VATUE = "VatUe"

    def __str__(self) -> str:
        return str(self.value)

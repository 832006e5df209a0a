from enum import StrEnum


class BuyerIdentifierType(StrEnum):
    NIP = "Nip"
    NONE = "None"
    OTHER = "Other"
    VATUE = "VatUe"

    def __str__(self) -> str:
        return str(self.value)

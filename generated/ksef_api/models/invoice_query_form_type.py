from enum import StrEnum


class InvoiceQueryFormType(StrEnum):
    FA = "FA"
    FA_RR = "FA_RR"
    PEF = "PEF"

    def __str__(self) -> str:
        return str(self.value)

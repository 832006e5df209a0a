from enum import Enum


class InvoiceQueryFormType(str, Enum):
    FA = "FA"
    FA_RR = "FA_RR"
    PEF = "PEF"

    def __str__(self) -> str:
        return str(self.value)

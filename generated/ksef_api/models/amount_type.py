from enum import StrEnum


class AmountType(StrEnum):
    BRUTTO = "Brutto"
    NETTO = "Netto"
    VAT = "Vat"

    def __str__(self) -> str:
        return str(self.value)

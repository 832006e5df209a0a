from enum import StrEnum


class InvoicePermissionType(StrEnum):
    PEFINVOICING = "PefInvoicing"
    RRINVOICING = "RRInvoicing"
    SELFINVOICING = "SelfInvoicing"
    TAXREPRESENTATIVE = "TaxRepresentative"

    def __str__(self) -> str:
        return str(self.value)

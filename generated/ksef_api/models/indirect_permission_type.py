from enum import StrEnum


class IndirectPermissionType(StrEnum):
    INVOICEREAD = "InvoiceRead"
    INVOICEWRITE = "InvoiceWrite"

    def __str__(self) -> str:
        return str(self.value)

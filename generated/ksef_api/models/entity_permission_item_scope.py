from enum import StrEnum


class EntityPermissionItemScope(StrEnum):
    INVOICEREAD = "InvoiceRead"
    INVOICEWRITE = "InvoiceWrite"

    def __str__(self) -> str:
        return str(self.value)

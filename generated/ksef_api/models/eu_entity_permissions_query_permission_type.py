from enum import StrEnum


class EuEntityPermissionsQueryPermissionType(StrEnum):
    INTROSPECTION = "Introspection"
    INVOICEREAD = "InvoiceRead"
    INVOICEWRITE = "InvoiceWrite"
    VATUEMANAGE = "VatUeManage"

    def __str__(self) -> str:
        return str(self.value)

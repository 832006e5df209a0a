from enum import Enum


class PersonalPermissionType(str, Enum):
    COLLECTIVEIDENTIFIERMANAGE = "CollectiveIdentifierManage"
    CREDENTIALSMANAGE = "CredentialsManage"
    CREDENTIALSREAD = "CredentialsRead"
    ENFORCEMENTOPERATIONS = "EnforcementOperations"
    INTROSPECTION = "Introspection"
    INVOICEREAD = "InvoiceRead"
    INVOICEWRITE = "InvoiceWrite"
    SUBUNITMANAGE = "SubunitManage"
    VATUEMANAGE = "VatUeManage"

    def __str__(self) -> str:
        return str(self.value)

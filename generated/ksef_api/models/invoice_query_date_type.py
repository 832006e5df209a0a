from enum import StrEnum


class InvoiceQueryDateType(StrEnum):
    INVOICING = "Invoicing"
    ISSUE = "Issue"
    PERMANENTSTORAGE = "PermanentStorage"

    def __str__(self) -> str:
        return str(self.value)

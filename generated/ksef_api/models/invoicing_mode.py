from enum import StrEnum


class InvoicingMode(StrEnum):
    OFFLINE = "Offline"
    ONLINE = "Online"

    def __str__(self) -> str:
        return str(self.value)

from enum import StrEnum


class CommonSessionStatus(StrEnum):
    CANCELLED = "Cancelled"
    FAILED = "Failed"
    INPROGRESS = "InProgress"
    SUCCEEDED = "Succeeded"

    def __str__(self) -> str:
        return str(self.value)

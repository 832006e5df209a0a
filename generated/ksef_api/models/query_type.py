from enum import StrEnum


class QueryType(StrEnum):
    GRANTED = "Granted"
    RECEIVED = "Received"

    def __str__(self) -> str:
        return str(self.value)

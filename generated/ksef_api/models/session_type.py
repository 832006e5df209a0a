from enum import StrEnum


class SessionType(StrEnum):
    BATCH = "Batch"
    ONLINE = "Online"

    def __str__(self) -> str:
        return str(self.value)

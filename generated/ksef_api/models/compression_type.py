from enum import StrEnum


class CompressionType(StrEnum):
    TARGZ = "TarGz"
    ZIP = "Zip"

    def __str__(self) -> str:
        return str(self.value)

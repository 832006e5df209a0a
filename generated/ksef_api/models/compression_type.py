from enum import Enum


class CompressionType(str, Enum):
    TARGZ = "TarGz"
    ZIP = "Zip"

    def __str__(self) -> str:
        return str(self.value)

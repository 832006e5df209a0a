from enum import StrEnum


class KsefCertificateType(StrEnum):
    AUTHENTICATION = "Authentication"
    OFFLINE = "Offline"

    def __str__(self) -> str:
        return str(self.value)

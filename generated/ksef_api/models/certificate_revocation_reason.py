from enum import StrEnum


class CertificateRevocationReason(StrEnum):
    KEYCOMPROMISE = "KeyCompromise"
    SUPERSEDED = "Superseded"
    UNSPECIFIED = "Unspecified"

    def __str__(self) -> str:
        return str(self.value)

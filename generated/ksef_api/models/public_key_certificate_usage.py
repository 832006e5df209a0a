from enum import StrEnum


class PublicKeyCertificateUsage(StrEnum):
    KSEFTOKENENCRYPTION = "KsefTokenEncryption"
    SYMMETRICKEYENCRYPTION = "SymmetricKeyEncryption"

    def __str__(self) -> str:
        return str(self.value)

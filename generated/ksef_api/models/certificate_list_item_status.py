from enum import StrEnum


class CertificateListItemStatus(StrEnum):
    ACTIVE = "Active"
    BLOCKED = "Blocked"
    EXPIRED = "Expired"
    REVOKED = "Revoked"

    def __str__(self) -> str:
        return str(self.value)

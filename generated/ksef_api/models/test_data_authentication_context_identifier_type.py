from enum import StrEnum


class TestDataAuthenticationContextIdentifierType(StrEnum):
    INTERNALID = "InternalId"
    NIP = "Nip"
    NIPVATUE = "NipVatUe"
    PEPPOLID = "PeppolId"

    def __str__(self) -> str:
        return str(self.value)

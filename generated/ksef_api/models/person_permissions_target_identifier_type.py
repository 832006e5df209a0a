from enum import StrEnum


class PersonPermissionsTargetIdentifierType(StrEnum):
    ALLPARTNERS = "AllPartners"
    INTERNALID = "InternalId"
    NIP = "Nip"

    def __str__(self) -> str:
        return str(self.value)

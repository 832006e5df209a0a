from enum import StrEnum


class EuEntityAdministrationPermissionsContextIdentifierType(StrEnum):
    NIPVATUE = "NipVatUe"

    def __str__(self) -> str:
        return str(self.value)

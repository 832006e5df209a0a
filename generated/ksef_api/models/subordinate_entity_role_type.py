from enum import StrEnum


class SubordinateEntityRoleType(StrEnum):
    LOCALGOVERNMENTSUBUNIT = "LocalGovernmentSubUnit"
    VATGROUPSUBUNIT = "VatGroupSubUnit"

    def __str__(self) -> str:
        return str(self.value)

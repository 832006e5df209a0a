from enum import StrEnum


class EntityRoleType(StrEnum):
    COURTBAILIFF = "CourtBailiff"
    ENFORCEMENTAUTHORITY = "EnforcementAuthority"
    LOCALGOVERNMENTSUBUNIT = "LocalGovernmentSubUnit"
    LOCALGOVERNMENTUNIT = "LocalGovernmentUnit"
    VATGROUPSUBUNIT = "VatGroupSubUnit"
    VATGROUPUNIT = "VatGroupUnit"

    def __str__(self) -> str:
        return str(self.value)

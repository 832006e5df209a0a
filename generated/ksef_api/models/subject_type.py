from enum import StrEnum


class SubjectType(StrEnum):
    ENFORCEMENTAUTHORITY = "EnforcementAuthority"
    JST = "JST"
    VATGROUP = "VatGroup"

    def __str__(self) -> str:
        return str(self.value)

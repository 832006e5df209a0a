from enum import StrEnum


class PersonPermissionsQueryType(StrEnum):
    PERMISSIONSGRANTEDINCURRENTCONTEXT = "PermissionsGrantedInCurrentContext"
    PERMISSIONSINCURRENTCONTEXT = "PermissionsInCurrentContext"

    def __str__(self) -> str:
        return str(self.value)

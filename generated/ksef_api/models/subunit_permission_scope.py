from enum import StrEnum


class SubunitPermissionScope(StrEnum):
    CREDENTIALSMANAGE = "CredentialsManage"

    def __str__(self) -> str:
        return str(self.value)

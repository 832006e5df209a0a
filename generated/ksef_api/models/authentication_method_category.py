from enum import StrEnum


class AuthenticationMethodCategory(StrEnum):
    NATIONALNODE = "NationalNode"
    OTHER = "Other"
    TOKEN = "Token"
    XADESSIGNATURE = "XadesSignature"

    def __str__(self) -> str:
        return str(self.value)

from enum import StrEnum


class PersonIdentifierType(StrEnum):
    NIP = "Nip"
    PESEL = "Pesel"

    def __str__(self) -> str:
        return str(self.value)

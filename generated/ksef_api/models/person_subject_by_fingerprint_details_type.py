from enum import StrEnum


class PersonSubjectByFingerprintDetailsType(StrEnum):
    PERSONBYFINGERPRINTWITHIDENTIFIER = "PersonByFingerprintWithIdentifier"
    PERSONBYFINGERPRINTWITHOUTIDENTIFIER = "PersonByFingerprintWithoutIdentifier"

    def __str__(self) -> str:
        return str(self.value)

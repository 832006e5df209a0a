from enum import StrEnum


class PersonSubjectDetailsType(StrEnum):
    PERSONBYFINGERPRINTWITHIDENTIFIER = "PersonByFingerprintWithIdentifier"
    PERSONBYFINGERPRINTWITHOUTIDENTIFIER = "PersonByFingerprintWithoutIdentifier"
    PERSONBYIDENTIFIER = "PersonByIdentifier"

    def __str__(self) -> str:
        return str(self.value)

from enum import StrEnum


class PersonPermissionSubjectDetailsType(StrEnum):
    PERSONBYFINGERPRINTWITHIDENTIFIER = "PersonByFingerprintWithIdentifier"
    PERSONBYFINGERPRINTWITHOUTIDENTIFIER = "PersonByFingerprintWithoutIdentifier"
    PERSONBYIDENTIFIER = "PersonByIdentifier"

    def __str__(self) -> str:
        return str(self.value)

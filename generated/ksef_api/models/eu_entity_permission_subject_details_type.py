from enum import StrEnum


class EuEntityPermissionSubjectDetailsType(StrEnum):
    ENTITYBYFINGERPRINT = "EntityByFingerprint"
    PERSONBYFINGERPRINTWITHIDENTIFIER = "PersonByFingerprintWithIdentifier"
    PERSONBYFINGERPRINTWITHOUTIDENTIFIER = "PersonByFingerprintWithoutIdentifier"

    def __str__(self) -> str:
        return str(self.value)

from enum import StrEnum


class InvoiceQuerySubjectType(StrEnum):
    SUBJECT1 = "Subject1"
    SUBJECT2 = "Subject2"
    SUBJECT3 = "Subject3"
    SUBJECTAUTHORIZED = "SubjectAuthorized"

    def __str__(self) -> str:
        return str(self.value)

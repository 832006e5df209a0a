"""Processing status codes of invoices and sessions (code, description, details) and their JSON form.

The codes and Polish descriptions follow the official documentation (``sesja-interaktywna.md``,
``sesja-wsadowa.md``, ``faktury/sesje/sesja-sprawdzenie-stanu-i-pobranie-upo.md``).
"""

from __future__ import annotations

from typing import Any

__all__ = ["INVOICE_STATUSES", "SESSION_STATUSES", "Status", "status", "status_json"]

Status = tuple[int, str, list[str]]

INVOICE_STATUSES = {
    100: "Faktura przyjęta do dalszego przetwarzania",
    150: "Trwa przetwarzanie",
    200: "Sukces",
    405: "Przetwarzanie anulowane z powodu błędu sesji",
    410: "Nieprawidłowy zakres uprawnień",
    415: "Brak możliwości wysyłania faktury z załącznikiem",
    430: "Błąd weryfikacji pliku faktury",
    435: "Błąd odszyfrowania pliku",
    440: "Duplikat faktury",
    450: "Błąd weryfikacji semantyki dokumentu faktury",
    500: "Nieznany błąd",
    550: "Operacja została anulowana przez system",
}
SESSION_STATUSES = {
    100: "Sesja otwarta",
    150: "Trwa przetwarzanie",
    170: "Sesja zamknięta",
    200: "Sesja przetworzona pomyślnie",
    405: "Błąd weryfikacji poprawności dostarczonych elementów paczki",
    415: "Błąd odszyfrowania dostarczonego klucza",
    420: "Przekroczony limit faktur w sesji",
    430: "Błąd dekompresji pierwotnego archiwum",
    435: "Błąd odszyfrowania zaszyfrowanych części archiwum",
    440: "Sesja anulowana",
    445: "Błąd weryfikacji, brak poprawnych faktur",
    500: "Nieznany błąd",
}


def status(code: int, table: dict[int, str], details: list[str] | None = None) -> Status:
    return code, table.get(code, "Nieznany błąd"), details or []


def status_json(st: Status) -> dict[str, Any]:
    out: dict[str, Any] = {"code": st[0], "description": st[1]}
    if st[2]:
        out["details"] = st[2]
    return out

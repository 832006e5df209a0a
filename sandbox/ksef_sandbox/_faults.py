"""Fault injection: answer matching requests with a status, add latency, drop or truncate responses."""

from __future__ import annotations

import fnmatch
import json
import random
import threading
from dataclasses import dataclass, field

__all__ = ["Fault", "FaultInjector"]


@dataclass
class Fault:
    """One rule. ``pattern`` is ``"[METHOD ]/path-glob"`` relative to ``/v2`` (fnmatch; ``*`` also crosses ``/``).

    Effects (combinable): ``latency`` seconds first; then ``status`` answers instead of the real handler
    (with ``body``/``headers``, default a KSeF-style error); ``drop`` sends the headers and half the body, then
    closes the connection; ``truncate`` cuts the real body to that many bytes (with a matching Content-Length).
    ``times`` limits how often it fires (None = always), ``probability`` makes it random.
    """

    pattern: str
    status: int | None = None
    times: int | None = 1
    probability: float = 1.0
    latency: float = 0.0
    drop: bool = False
    truncate: int | None = None
    retry_after: int | None = None
    body: bytes | None = None
    headers: dict[str, str] = field(default_factory=dict)
    hits: int = 0

    def matches(self, method: str, path: str) -> bool:
        method_part, _, path_part = self.pattern.strip().rpartition(" ")
        if method_part and method_part.upper() != method.upper():
            return False
        return fnmatch.fnmatchcase(path, path_part)

    @property
    def exhausted(self) -> bool:
        return self.times is not None and self.hits >= self.times

    def error_body(self) -> tuple[bytes, str]:
        if self.body is not None:
            return self.body, self.headers.get("content-type", "application/json")
        status = self.status or 500
        if status == 429:
            doc: object = {"status": {"code": 429, "description": "Too Many Requests", "details": ["Injected fault"]}}
            return json.dumps(doc).encode(), "application/json"
        if status in (401, 403, 410):
            doc = {
                "title": "Injected fault",
                "status": status,
                "detail": "Injected fault",
                "timestamp": "2026-01-01T00:00:00Z",
            }
            if status == 403:
                doc["reasonCode"] = "insufficient-resource-access"
            return json.dumps(doc).encode(), "application/problem+json"
        if status == 400:
            doc = {
                "exception": {
                    "exceptionDetailList": [{"exceptionCode": 21405, "exceptionDescription": "Injected fault"}]
                }
            }
            return json.dumps(doc).encode(), "application/json"
        doc = {"title": "Injected fault", "status": status, "detail": "Injected fault"}
        return json.dumps(doc).encode(), "application/problem+json"


class FaultInjector:
    def __init__(self, seed: int | None = None) -> None:
        self.faults: list[Fault] = []
        self.lock = threading.Lock()
        self.random = random.Random(seed)  # noqa: S311 - not for security

    def add(self, fault: Fault) -> Fault:
        with self.lock:
            self.faults.append(fault)
        return fault

    def clear(self) -> None:
        with self.lock:
            self.faults.clear()

    def pick(self, method: str, path: str) -> Fault | None:
        with self.lock:
            for fault in self.faults:
                if fault.exhausted or not fault.matches(method, path):
                    continue
                if fault.probability < 1.0 and self.random.random() >= fault.probability:
                    continue
                fault.hits += 1
                return fault
        return None

"""Sans-IO request/response types, the KSeF error formats, and the route table."""

from __future__ import annotations

import json
import re
import uuid
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from ._ids import format_dt

__all__ = [
    "ApiError",
    "Forbidden",
    "Gone",
    "Handler",
    "HttpProblem",
    "Request",
    "Response",
    "Route",
    "Router",
    "TooManyRequests",
    "Unauthorized",
]


@dataclass
class Request:
    """One HTTP request as the core sees it (path is relative to ``/v2``)."""

    method: str
    path: str
    query: list[tuple[str, str]] = field(default_factory=list)
    headers: Mapping[str, str] = field(default_factory=dict)  # lower-case names
    body: bytes = b""
    client_ip: str = "127.0.0.1"
    root_url: str = "http://127.0.0.1"  # scheme://host:port, no /v2
    body_file: Path | None = None  # streamed uploads

    def q(self, name: str) -> str | None:
        for k, v in self.query:
            if k == name:
                return v
        return None

    def q_all(self, name: str) -> list[str]:
        return [v for k, v in self.query if k in (name, f"{name}[]")]

    def header(self, name: str) -> str | None:
        return self.headers.get(name.lower())

    def json(self) -> Any:
        if not self.body:
            raise ApiError(400, 21405, "Błąd walidacji danych wejściowych.", ["Request body is required."])
        try:
            return json.loads(self.body)
        except (ValueError, UnicodeDecodeError) as exc:
            raise ApiError(400, 21405, "Błąd walidacji danych wejściowych.", [f"Invalid JSON: {exc}"]) from exc

    @property
    def problem_details(self) -> bool:
        return (self.header("x-error-format") or "").strip().lower() == "problem-details"


@dataclass
class Response:
    status: int
    body: bytes = b""
    headers: dict[str, str] = field(default_factory=dict)

    @classmethod
    def json(cls, data: Any, status: int = 200, content_type: str = "application/json") -> Response:
        body = json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
        return cls(status, body, {"content-type": content_type})

    @classmethod
    def empty(cls, status: int = 204) -> Response:
        return cls(status, b"", {})

    @classmethod
    def xml(cls, data: bytes, hash_b64: str) -> Response:
        return cls(200, data, {"content-type": "application/xml", "x-ms-meta-hash": hash_b64})

    def parsed(self) -> Any:
        return json.loads(self.body) if self.body else None


class HttpProblem(Exception):
    """An error response; ``render`` picks the format."""

    status = 500

    def render(self, req: Request, now: datetime) -> Response:
        raise NotImplementedError


class ApiError(HttpProblem):
    """400-class KSeF exception (legacy ExceptionResponse or BadRequestProblemDetails)."""

    def __init__(self, status: int, code: int, description: str, details: list[str] | None = None) -> None:
        super().__init__(f"{code}: {description}")
        self.status = status
        self.code = code
        self.description = description
        self.details = details or []

    def render(self, req: Request, now: datetime) -> Response:
        trace = uuid.uuid4().hex
        if req.problem_details:
            err: dict[str, Any] = {"code": self.code, "description": self.description}
            if self.details:
                err["details"] = self.details
            return Response.json(
                {
                    "title": "Bad Request",
                    "status": self.status,
                    "instance": f"/v2{req.path}",
                    "detail": self.description,
                    "errors": [err],
                    "timestamp": format_dt(now),
                    "traceId": trace,
                },
                self.status,
                "application/problem+json",
            )
        detail: dict[str, Any] = {"exceptionCode": self.code, "exceptionDescription": self.description}
        if self.details:
            detail["details"] = self.details
        return Response.json(
            {
                "exception": {
                    "exceptionDetailList": [detail],
                    "serviceCode": f"00-{trace[:32]}-{trace[:16]}-00",
                    "serviceCtx": "srvSANDBOX",
                    "serviceName": "ksef-sandbox",
                    "timestamp": format_dt(now),
                }
            },
            self.status,
        )


class Unauthorized(HttpProblem):
    status = 401

    def __init__(self, detail: str) -> None:
        super().__init__(detail)
        self.detail = detail

    def render(self, req: Request, now: datetime) -> Response:
        return Response.json(
            {
                "title": "Unauthorized",
                "status": 401,
                "detail": self.detail,
                "instance": f"/v2{req.path}",
                "timestamp": format_dt(now),
                "traceId": uuid.uuid4().hex,
            },
            401,
            "application/problem+json",
        )


class Forbidden(HttpProblem):
    status = 403

    def __init__(self, reason_code: str, detail: str, security: dict[str, Any] | None = None) -> None:
        super().__init__(detail)
        self.reason_code = reason_code
        self.detail = detail
        self.security = security

    def render(self, req: Request, now: datetime) -> Response:
        body: dict[str, Any] = {
            "title": "Forbidden",
            "status": 403,
            "detail": self.detail,
            "instance": f"/v2{req.path}",
            "reasonCode": self.reason_code,
            "timestamp": format_dt(now),
            "traceId": uuid.uuid4().hex,
        }
        if self.security is not None:
            body["security"] = self.security
        return Response.json(body, 403, "application/problem+json")


class Gone(HttpProblem):
    status = 410

    def __init__(self, detail: str) -> None:
        super().__init__(detail)
        self.detail = detail

    def render(self, req: Request, now: datetime) -> Response:
        return Response.json(
            {
                "title": "Gone",
                "status": 410,
                "instance": f"/v2{req.path}",
                "detail": self.detail,
                "timestamp": format_dt(now),
                "traceId": uuid.uuid4().hex,
            },
            410,
            "application/problem+json",
        )


class TooManyRequests(HttpProblem):
    status = 429

    def __init__(self, retry_after: int, detail: str) -> None:
        super().__init__(detail)
        self.retry_after = retry_after
        self.detail = detail

    def render(self, req: Request, now: datetime) -> Response:
        if req.problem_details:
            resp = Response.json(
                {
                    "title": "Too Many Requests",
                    "status": 429,
                    "instance": f"/v2{req.path}",
                    "detail": self.detail,
                    "timestamp": format_dt(now),
                    "traceId": uuid.uuid4().hex,
                },
                429,
                "application/problem+json",
            )
        else:
            resp = Response.json(
                {"status": {"code": 429, "description": "Too Many Requests", "details": [self.detail]}}, 429
            )
        resp.headers["retry-after"] = str(self.retry_after)
        return resp


Handler = Callable[..., Response]
"""``handler(state, request, **path_parameters) -> Response``; see ``ksef_sandbox.api.routes``."""


@dataclass
class Route:
    method: str
    template: str  # spec path, e.g. /sessions/{referenceNumber}
    handler: Handler  # the function that answers, e.g. ksef_sandbox.api.auth.challenge
    regex: re.Pattern[str] = field(init=False)
    params: tuple[str, ...] = field(init=False)

    def __post_init__(self) -> None:
        self.params = tuple(re.findall(r"\{(\w+)\}", self.template))
        pattern = re.sub(r"\\\{(\w+)\\\}", r"(?P<\1>[^/]+)", re.escape(self.template))
        self.regex = re.compile(f"^{pattern}$")

    @property
    def key(self) -> str:
        return f"{self.method} {self.template}"

    def sort_key(self) -> tuple[int, ...]:
        return tuple(1 if seg.startswith("{") else 0 for seg in self.template.strip("/").split("/"))


class Router:
    """Literal segments win over parameters (``/auth/sessions`` before ``/auth/{referenceNumber}``)."""

    def __init__(self, routes: list[Route]) -> None:
        self.routes = sorted(routes, key=Route.sort_key)

    def match(self, method: str, path: str) -> tuple[Route, dict[str, str]] | None:
        allowed = False
        for route in self.routes:
            m = route.regex.match(path)
            if m:
                if route.method == method:
                    return route, m.groupdict()
                allowed = True
        if allowed:
            raise ApiError(405, 21405, "Metoda niedozwolona.", [f"{method} {path}"])
        return None

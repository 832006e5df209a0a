"""Is an answer's body what the spec promises for its status? Checked once per response.

A 2xx whose JSON does not parse (cut short behind a proxy, garbage) or an undocumented 2xx where the
spec promises JSON is not the success it claims: the retry transport repeats it where repeating is
safe, and the client raises :class:`~ksef_sdk.errors.UnexpectedResponseError` for it otherwise (the
workflows then resolve the unknown outcome). The parsed JSON is kept on the response, so the generated
parser does not parse it again.
"""

from __future__ import annotations

import json
from typing import Any

import httpx

from ksef_sdk.http._routes import Operation

__all__ = ["PARSED", "body_problem"]

PARSED = "ksef_sdk.json"
"""``response.extensions`` key of the parsed JSON body."""
_PROBLEM = "ksef_sdk.problem"


def body_problem(response: httpx.Response, op: Operation | None) -> str | None:
    """``None`` when the (read) body of a 2xx ``response`` is what ``op`` documents, else the problem."""
    cached: Any = response.extensions.get(_PROBLEM, ...)
    if cached is not ...:
        return cached  # type: ignore[no-any-return]
    problem = _problem(response, op)
    response.extensions[_PROBLEM] = problem
    return problem


def _problem(response: httpx.Response, op: Operation | None) -> str | None:
    if op is None or not op.success or not response.is_success:
        return None
    media = op.success.get(response.status_code)
    if media is None:  # an undocumented 2xx: acceptable unless the spec promises a JSON body we would not get
        if any("json" in m for m in op.success.values()):
            return f"{response.status_code} is not a documented answer of {op.key}"
        return None
    if "json" not in media:
        return None
    try:
        response.extensions[PARSED] = json.loads(response.content)
    except ValueError:
        return f"{op.key}: the {response.status_code} body is not JSON"
    return None

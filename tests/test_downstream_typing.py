"""The wheel, installed in a fresh environment, type-checks downstream code (tools/downstream_typing.py).

Slow-ish (~30 s: wheel build, venv, mypy --strict and pyright over examples/typing_check); marker
``downstream`` (``pytest -m "not downstream"`` leaves it out).
"""

from __future__ import annotations

from collections.abc import Iterator

import downstream_typing
import pytest

pytestmark = pytest.mark.downstream


@pytest.fixture(scope="module")
def environment(tmp_path_factory: pytest.TempPathFactory) -> Iterator[downstream_typing.Environment]:
    yield downstream_typing.prepare(tmp_path_factory.mktemp("downstream"))


def test_wheel_ships_typed_packages_and_installs_alone(environment: downstream_typing.Environment) -> None:
    assert environment.problems == []


def test_generated_client_kinds_type_check_downstream(environment: downstream_typing.Environment) -> None:
    problems = downstream_typing.check(environment, ["generated_kinds.py"])
    assert problems == [], "\n".join(problems)


def test_operations_through_ksef_sdk_clients_type_check_downstream(
    environment: downstream_typing.Environment,
) -> None:
    problems = downstream_typing.check(environment, ["sdk_clients.py"])
    assert problems == [], "\n".join(problems)


def test_the_example_service_type_checks_downstream(environment: downstream_typing.Environment) -> None:
    """The README-style service in examples/typing_check/service.py: workflows typed end to end, and
    misuses (sync/async mixing, misspelt options and filters) are type errors."""
    problems = downstream_typing.check(environment, ["service.py"])
    assert problems == [], "\n".join(problems)

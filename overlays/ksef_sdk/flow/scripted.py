"""Drive a flow against a scripted list of results: workflow logic tested with no I/O at all.

Every workflow is a generator of effects, so a test can play the world's part step by step::

    from ksef_api.api.auth import post_auth_challenge
    from ksef_sdk.flow.scripted import Script, step

    script = Script(
        step(post_auth_challenge, returns=challenge_model),       # a Call of this operation
        step(GetCertificate, returns=certificate),                # an effect of this type
        step(Sleep),                                              # returns None
        step(Call, raises=BadRequestError("...", status_code=400)),
    )
    tokens = script.run(ksef_token_flow(token, "5265877635"))
    assert script.done and [e.seconds for e in script.performed if isinstance(e, Sleep)] == [0.5]

A step matches an effect type, or a generated operation module (a :class:`Call` of it); ``check``
may assert more about the effect. :class:`Now` is answered from a scripted clock that :class:`Sleep`
advances, unless the script lists it. A mismatch raises ``AssertionError`` naming the step.
"""

from __future__ import annotations

from collections.abc import Callable, Generator, Sequence
from dataclasses import dataclass
from types import ModuleType
from typing import Any, TypeVar

from ksef_sdk.flow._effects import Call, Effect, Emit, Flow, Gather, Now, Outcome, Sleep

__all__ = ["Script", "Step", "step"]

T = TypeVar("T")
_UNSET: Any = object()


@dataclass(frozen=True)
class Step:
    """One expected effect and the world's answer to it."""

    matches: type | ModuleType
    returns: Any = None
    raises: BaseException | None = None
    check: Callable[[Any], object] | None = None

    def describe(self) -> str:
        name = self.matches.__name__.rsplit(".", 1)[-1]
        return f"{name} -> " + (f"raise {self.raises!r}" if self.raises is not None else f"{self.returns!r}")[:120]

    def accepts(self, effect: Any) -> bool:
        if isinstance(self.matches, ModuleType):
            return isinstance(effect, Call) and effect.op is self.matches
        return isinstance(effect, self.matches)


def step(
    matches: type | ModuleType,
    *,
    returns: Any = None,
    raises: BaseException | None = None,
    check: Callable[[Any], object] | None = None,
) -> Step:
    """A :class:`Step`: answer the next effect (of type ``matches``, or a :class:`Call` of that
    operation module) with ``returns`` or by raising ``raises``."""
    return Step(matches, returns, raises, check)


class Script:
    """Plays the world for a flow: each effect the flow yields must match the next step."""

    def __init__(self, *steps: Step, clock: float = 0.0) -> None:
        self.steps: list[Step] = list(steps)
        self.position = 0
        self.performed: list[Effect] = []
        self.emitted: list[Any] = []
        self.clock = clock

    @property
    def done(self) -> bool:
        """Every step was used."""
        return self.position == len(self.steps)

    def remaining(self) -> Sequence[Step]:
        return self.steps[self.position :]

    def answer(self, effect: Effect) -> Any:
        """The scripted result of ``effect`` (raises the scripted error)."""
        self.performed.append(effect)
        if isinstance(effect, Gather):
            return [self._outcome(sub) for sub in effect.effects]
        expected = self.steps[self.position] if self.position < len(self.steps) else None
        if isinstance(effect, Now) and (expected is None or not expected.accepts(effect)):
            return self.clock
        if expected is None:
            raise AssertionError(f"unexpected effect after the last step: {effect!r}")
        if not expected.accepts(effect):
            raise AssertionError(f"step {self.position} expected {expected.describe()}, the flow yielded {effect!r}")
        self.position += 1
        if expected.check is not None:
            expected.check(effect)
        if isinstance(effect, Sleep):
            self.clock += effect.seconds
        if expected.raises is not None:
            raise expected.raises
        return expected.returns

    def _outcome(self, effect: Effect) -> Outcome[Any]:
        try:
            return Outcome(value=self.answer(effect))
        except AssertionError:
            raise
        except Exception as exc:
            return Outcome(error=exc)

    def run(self, flow: Flow[T] | Generator[Any, Any, Any]) -> T:
        """Drive ``flow`` to its end; the items of :class:`Emit` steps are collected in :attr:`emitted`."""
        value: Any = None
        error: BaseException | None = None
        while True:
            try:
                effect = flow.throw(error) if error is not None else flow.send(value)
            except StopIteration as stop:
                return stop.value  # type: ignore[no-any-return]
            value, error = None, None
            if isinstance(effect, Emit):
                self.emitted.extend(effect.items)
                continue
            try:
                value = self.answer(effect)
            except AssertionError:
                flow.close()
                raise
            except Exception as exc:
                error = exc

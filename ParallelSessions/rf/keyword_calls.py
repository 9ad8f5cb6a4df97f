"""A keyword of this library named at run time (`Promise To`, `Wait For Condition`): found by
its name, its arguments bound and converted as Robot Framework would."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Callable

from robot.errors import DataError
from robot.running.arguments import PythonArgumentParser

from ..concurrency.step import Step
from ..core.errors import ParallelSessionsError
from .component import normalise_keyword_name

if TYPE_CHECKING:
    from ..library import ParallelSessions


@dataclass
class KeywordCall:
    """One keyword with its arguments bound: ``step()`` when it is built as a step, else
    ``call()`` runs it on the calling thread."""

    name: str
    method: Callable[..., Any]
    positional: list[Any]
    named: dict[str, Any]

    @property
    def builds_step(self) -> bool:
        return getattr(self.method, "step_builder", None) is not None

    def step(self, **extra: Any) -> Step:
        component = self.method.__self__
        return self.method.step_builder(component, *self.positional, **self.named, **extra)

    def call(self, **extra: Any) -> Any:
        return self.method(*self.positional, **self.named, **extra)


def keyword_call(library: "ParallelSessions", name: str, args: tuple[Any, ...],
                 caller: str) -> KeywordCall | None:
    """``name`` with ``args`` (``name=value`` items are named), or None when this library has
    no keyword of that name. Arguments that do not fit fail with Robot's own sentence."""
    wanted = normalise_keyword_name(name)
    for method_name, method in library.keywords.items():
        keyword_name = getattr(method, "robot_name", None) or method_name.replace("_", " ").title()
        if wanted in (normalise_keyword_name(method_name), normalise_keyword_name(keyword_name)):
            break
    else:
        return None
    spec = PythonArgumentParser().parse(method, keyword_name)
    try:
        positional, named = spec.resolve(list(args))
        positional, named = spec.convert(positional, named)
    except (DataError, ValueError, TypeError) as error:
        raise ParallelSessionsError(f"{caller} '{keyword_name}': {error}") from None
    return KeywordCall(keyword_name, method, list(positional), dict(named))


"""A keyword of this library named at run time (`Promise To`, `Wait For Condition`): found by
its name, its arguments bound and converted as Robot Framework would."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Callable

from robot.errors import DataError
from robot.running.arguments import CustomArgumentConverters, PythonArgumentParser

from ..concurrency.step import Step
from ..core.errors import ParallelSessionsError
from .component import normalise_keyword_name
from .inputs import InvalidArgument, refuse_unclear_arguments

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


_CONVERTERS: dict[type, CustomArgumentConverters] = {}


def _converters(library: "ParallelSessions") -> CustomArgumentConverters:
    """The library's own converters (choices, see rf/choices.py), as Robot uses them."""
    kind = type(library)
    if kind not in _CONVERTERS:
        _CONVERTERS[kind] = CustomArgumentConverters.from_dict(
            getattr(kind, "ROBOT_LIBRARY_CONVERTERS", None) or {})
    return _CONVERTERS[kind]


def converted_arguments(library: "ParallelSessions", method: Callable[..., Any], name: str,
                        args: Any) -> tuple[list[Any], dict[str, Any]]:
    """``args`` bound to ``method`` and converted as Robot converts a keyword's arguments, with
    the library's converters; a flag or a choice left unclear is refused (rf/inputs.py)."""
    spec = PythonArgumentParser().parse(method, name)
    converters = _converters(library)
    # resolve converts too, but as a dry run: a value with ${...} in it is left as text.
    positional, named = spec.resolve(list(args), converters=converters)
    positional, named = spec.convert(positional, named, converters=converters)
    refuse_unclear_arguments(method, positional, dict(named))
    return list(positional), dict(named)


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
    try:
        positional, named = converted_arguments(library, method, keyword_name, args)
    except (DataError, ValueError, TypeError, InvalidArgument) as error:
        raise ParallelSessionsError(f"{caller} '{keyword_name}': {error}") from None
    return KeywordCall(keyword_name, method, list(positional), dict(named))


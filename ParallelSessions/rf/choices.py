"""Choice arguments (Enums): a value that is none of the choices gets a sentence listing them.

Robot Framework converts ``state=shiny`` for ``state: ElementState`` with a message that
lists the members, but for an optional choice (``sameSite: SameSite | None``) it says only
"cannot be converted to SameSite or None". The library registers a converter for each of
its keywords' choice types, and its plugins' once they are loaded
(``ROBOT_LIBRARY_CONVERTERS``): it matches exactly as Robot does and hands a value that
matches no member on as an :class:`UnknownChoice`, which `refuse_unclear_arguments`
(rf/inputs.py) turns into "Invalid sameSite 'Bogus': give one of Strict, Lax or None."
before the keyword runs. Libdoc still documents the types as Enums with their members.
"""

from __future__ import annotations

import enum
import inspect
import typing
from typing import Any, Callable

from robot.running.arguments.typeconverters import TypeConverter
from robot.running.arguments.typeinfo import TypeInfo
from robot.utils import seq2str


def _listed(choices: type[enum.Enum]) -> str:
    names = [name.rstrip("_") for name in choices.__members__]  # None_ is None
    return seq2str(names, quote="", lastsep=" or ")


class UnknownChoice:
    """A value that matches no member of ``choices`` (an Enum type)."""

    def __init__(self, value: Any, choices: type[enum.Enum]):
        self.value = value
        self.choices = choices

    def sentence(self, argument: str) -> str:
        return f"Invalid {argument} '{self.value}': give one of {_listed(self.choices)}."


def _converter(choices: type[enum.Enum]) -> Callable[[Any], Any]:
    robot = TypeConverter.converter_for(TypeInfo.from_type_hint(choices))

    # Only texts come here (Robot passes a member on as it is, and tries a union's other
    # types for other values: Close Context  ${1} is the context id "1").
    def convert(value: str | UnknownChoice):
        if isinstance(value, UnknownChoice):
            return value  # converted once already
        try:
            return robot.convert(value)
        except ValueError:
            if value.strip().upper() in ("NONE", ""):
                # An optional choice: Robot then tries None. A required one: Robot's sentence
                # says the value cannot be converted, and this says what can.
                raise ValueError(f"give one of {_listed(choices)}") from None
            return UnknownChoice(value, choices)

    return convert


def _choice_types(hint: Any) -> set[type[enum.Enum]]:
    if isinstance(hint, type) and issubclass(hint, enum.Enum):
        return {hint}
    return {found for nested in typing.get_args(hint) for found in _choice_types(nested)}


def _with_subclasses(classes: list[type]) -> list[type]:
    return [found for cls in classes for found in (cls, *_with_subclasses(cls.__subclasses__()))]


def choice_converters(component_classes: list[type]) -> dict[type, Callable[[Any], Any]]:
    """A converter per choice type that a keyword of ``component_classes`` (or of their
    subclasses) takes."""
    types: set[type[enum.Enum]] = set()
    for cls in _with_subclasses(component_classes):
        for _, method in inspect.getmembers(cls, inspect.isfunction):
            if not hasattr(method, "robot_name"):
                continue  # not a keyword
            try:
                hints = typing.get_type_hints(method)
            except Exception:  # noqa: BLE001 - a hint only a type checker can read
                continue
            for name, hint in hints.items():
                if name != "return":
                    types |= _choice_types(hint)
    return {choices: _converter(choices) for choices in sorted(types, key=lambda t: t.__name__)}

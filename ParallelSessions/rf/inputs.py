"""Checks of keyword arguments that Robot Framework's conversion lets through (issue 20).

Robot converts ``30 days`` to a timedelta, ``-1`` to an int and passes ``maybe`` to a
``bool`` argument unchanged; each check here turns such a value into one sentence that
names the argument and says what is valid, instead of a silent default, a wait that
overflows or raw Playwright text.
"""

from __future__ import annotations

import inspect
import re
from datetime import timedelta
from urllib.parse import urlsplit
from typing import Any, Callable

from robot.utils import secs_to_timestr, timestr_to_secs

from ..core.durations import MAX_WAIT_SECONDS, MAX_WAIT_TEXT
from ..core.errors import ParallelSessionsError
from .choices import UnknownChoice


class InvalidArgument(ParallelSessionsError):
    """A keyword argument with a value the keyword cannot use."""


def shown_time(seconds: float) -> str:
    """``seconds`` as a tester writes it: ``25 hours``, ``-1 second``, ``500 milliseconds``."""
    if seconds < 0:
        return "-" + secs_to_timestr(-seconds)
    return secs_to_timestr(seconds) if seconds else "0 seconds"


def duration_ms(value: Any, argument: str, *, zero: bool = True, example: str = "100 ms",
                or_else: str = "") -> float:
    """``value`` (a timedelta, number or Robot time string) in milliseconds.

    Negative times are refused, so is 0 unless ``zero``, and so is anything longer than
    MAX_WAIT_SECONDS (Playwright's timers overflow well beyond it and fire at once).
    ``or_else`` names other valid values for the sentence ("raf, ").
    """
    lowest = "0 or a positive time" if zero else "a positive time"
    valid = f"give {or_else}{lowest} of at most {MAX_WAIT_TEXT}, such as {example}"
    if isinstance(value, timedelta):
        seconds = value.total_seconds()
    else:
        try:
            seconds = timestr_to_secs(value)
        except (ValueError, TypeError, OverflowError):
            raise InvalidArgument(f"Invalid {argument} '{value}': {valid}.") from None
    if seconds < 0 or (seconds == 0 and not zero) or seconds > MAX_WAIT_SECONDS:
        raise InvalidArgument(f"Invalid {argument} '{shown_time(seconds)}': {valid}.")
    return seconds * 1000


def whole_number(value: Any, argument: str, *, lowest: int = 1, example: int = 2) -> int:
    """``value`` as an int of at least ``lowest``."""
    if isinstance(value, bool) or not isinstance(value, int) or value < lowest:
        raise InvalidArgument(f"Invalid {argument} '{value}': give a whole number of at least "
                              f"{lowest}, such as {example}.")
    return value


def not_empty(value: Any, argument: str, valid: str) -> str:
    """``value`` unless it is None or empty (or only blanks): then a sentence saying ``valid``."""
    if value is None or not str(value).strip():
        shown = "None" if value is None else f"'{value}'"
        raise InvalidArgument(f"Invalid {argument} {shown}: {valid}.")
    return value


def _is_flag(annotation: Any) -> bool:
    """A ``bool`` or ``bool | None`` annotation (also as the text of postponed annotations)."""
    if isinstance(annotation, str):
        return annotation.replace(" ", "") in ("bool", "bool|None", "None|bool", "Optional[bool]")
    return annotation is bool or annotation == (bool | None)


def refuse_unclear_arguments(method: Callable, args: list, kwargs: dict) -> None:
    """Refuses, naming the argument, what Robot's conversion let through unclear: a text it
    cannot read as a boolean (``clear=maybe``: Robot passes it on unchanged, and any
    non-empty text is true in Python), and a value that is none of a choice argument's
    choices (an :class:`UnknownChoice`, see rf/choices.py)."""
    try:
        bound = inspect.signature(method).bind(*args, **kwargs)
    except TypeError:
        return  # Robot reports wrong argument counts itself
    for name, value in bound.arguments.items():
        parameter = bound.signature.parameters[name]
        for item in value if isinstance(value, (list, tuple)) else [value]:
            if isinstance(item, UnknownChoice):  # a list of choices has its items converted
                raise InvalidArgument(item.sentence(name))
        if isinstance(value, str) and _is_flag(parameter.annotation):
            raise InvalidArgument(
                f"Invalid {name} '{value}': give True or False (also yes/no, on/off, 1/0).")


def page_address(url: Any, argument: str = "url") -> str:
    """``url`` if a browser can open it: not empty, no blanks, a well-formed host."""
    valid = "give an address such as /account or https://example.com/path"
    text = "" if url is None else str(url)
    if not text.strip():
        raise InvalidArgument(f"Invalid {argument} '{text}': {valid}.")
    if text.lower().lstrip().startswith("javascript:"):
        raise InvalidArgument(f"Invalid {argument} '{text}': a javascript: address runs a script "
                              f"rather than opening a page (use Evaluate JavaScript for that); "
                              f"{valid}.")
    if text.lower().startswith(("data:", "about:", "blob:")):
        return text  # their text is content, where a blank is fine
    if any(character.isspace() for character in text):
        raise InvalidArgument(f"Invalid {argument} '{text}': an address has no blanks (write "
                              f"%20 for a space); {valid}.")
    try:
        urlsplit(text).port  # noqa: B018 - reading it checks the host and port
    except ValueError as error:
        raise InvalidArgument(f"Invalid {argument} '{text}': {error}; {valid}.") from None
    return text


def cookie_name(name: Any) -> str:
    """``name`` if a browser stores a cookie under it: not empty, no blanks, ``;``, ``,`` or ``=``."""
    valid = "give a name of letters, digits and - _ . such as session_id"
    not_empty(name, "name", f"a cookie needs a name; {valid}")
    if re.search(r"[\s;,=]", str(name)):
        raise InvalidArgument(f"Invalid name '{name}': a cookie name has no blanks, ';', ',' "
                              f"or '='; {valid}.")
    return name


def absolute_address(url: Any, argument: str = "url") -> str:
    """``url`` if it is a whole http(s) address."""
    page_address(url, argument)
    if not re.match(r"https?://[^/]", str(url), re.IGNORECASE):
        raise InvalidArgument(f"Invalid {argument} '{url}': give a whole address that starts "
                              f"with http:// or https://, such as https://example.com/.")
    return url

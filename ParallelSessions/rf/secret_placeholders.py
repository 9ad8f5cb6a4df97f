"""Browser-library secret placeholders: ``$name`` (a Robot variable), ``%NAME`` (the environment).

`Fill Secret` and `Type Secret` take their secret as a Robot Framework ``Secret``
or as a placeholder, which Robot logs as written (``$password``) while the keyword
looks the value up itself, so the value is in no log.
"""

from __future__ import annotations

import os

from robot.api.types import Secret
from robot.libraries.BuiltIn import BuiltIn

from ..core.errors import ParallelSessionsError


class SecretPlaceholderError(ParallelSessionsError):
    """A ``$name`` or ``%NAME`` placeholder that names nothing."""


_MISSING = object()


def resolve_secret(value: Secret | str, keyword_name: str) -> str:
    """The text ``value`` stands for: a Secret's value, a placeholder's value, or the text itself.

    ``$name`` (no braces) is the Robot variable ``${name}``; ``%NAME`` is the
    environment variable ``NAME``. A variable holding a Secret gives its value.
    Any other text is taken as it is (the Browser library refuses it; here a
    plain value still works, see `Fill Secret`).
    """
    if isinstance(value, Secret):
        return value.value
    text = str(value)
    if text.startswith("%") and len(text) > 1:
        found = os.environ.get(text[1:], _MISSING)
        where = f"environment variable '{text[1:]}'"
    elif text.startswith("$") and len(text) > 1 and not text.startswith("${"):
        found = BuiltIn().get_variable_value("${%s}" % text[1:], _MISSING)
        where = f"Robot variable '${{{text[1:]}}}'"
    else:
        return text
    if found is _MISSING:
        raise SecretPlaceholderError(
            f"{keyword_name}: the placeholder '{text}' names no {where}; '$name' is the Robot "
            f"variable ${{name}} and '%NAME' the environment variable NAME (give the name "
            f"without braces), or pass a Secret such as ${{password}} declared as "
            f"${{password: Secret}}.")
    return found.value if isinstance(found, Secret) else str(found)

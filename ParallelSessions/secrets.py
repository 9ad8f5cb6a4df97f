"""The secret texts the library was given, so they can be cut out of what it writes.

Passwords of sessions, ``Fill Secret`` values, bearer tokens and Secret header
values are remembered here (in memory only) so that log lines, trace files and
response excerpts can be masked before they are written.
"""

from __future__ import annotations

import html
import json
from urllib.parse import quote, quote_plus

MASK = "*****"
# Shorter values would mask ordinary words of the page ("ab" in every label).
MIN_LENGTH = 4


def encodings(value: str) -> set[str]:
    """``value`` as it may appear in a URL, a form post, JSON or HTML."""
    forms = {value, quote(value, safe=""), quote_plus(value), html.escape(value),
             json.dumps(value)[1:-1]}
    return {form for form in forms if len(form) >= MIN_LENGTH}


class SecretValues:
    """Secret texts seen so far; :meth:`mask` replaces each of them (and its encodings)."""

    def __init__(self) -> None:
        self._forms: set[str] = set()

    def add(self, value: str | None) -> None:
        if value and len(value) >= MIN_LENGTH:
            self._forms |= encodings(value)

    def __bool__(self) -> bool:
        return bool(self._forms)

    def forms(self) -> list[str]:
        """Every form to mask, longest first (so a value inside another is not half-masked)."""
        return sorted(self._forms, key=len, reverse=True)

    def mask(self, text: str) -> str:
        for form in self.forms():
            text = text.replace(form, MASK)
        return text

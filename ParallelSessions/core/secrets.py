"""The secret texts the library was given, so they can be cut out of what it writes.

Passwords of sessions, ``Fill Secret`` values, bearer tokens, Secret header
values and credentials a server issues in an API response are remembered here
(in memory only) so that log lines, trace files and response excerpts can be
masked before they are written.

Besides the known values, :func:`mask_credentials` masks what *looks* like a
credential in a text the library logs (a response excerpt): the value of a
``token``/``password``/``secret``/``api_key``... field, a ``Bearer`` value, and a
long run of letters and digits such as an issued API key. That guess is for the
log only; traces are rewritten with the known values, which never break them.
"""

from __future__ import annotations

import html
import json
import re
from urllib.parse import quote, quote_plus

MASK = "*****"
# Shorter values would mask ordinary words of the page ("ab" in every label).
MIN_LENGTH = 4

# Header names whose values are credentials wherever they are written.
CREDENTIAL_HEADERS = frozenset({"authorization", "proxy-authorization", "cookie", "set-cookie",
                                "x-api-key", "x-auth-token", "x-csrf-token", "x-xsrf-token"})
# Field names whose values are credentials: password, api_key, access_token, client_secret...
CREDENTIAL_NAME = re.compile(
    r"(?i)token|secret|passw(?:or)?d|passphrase|^pwd$|api[_-]?key|authorization|"
    r"(?:^|[_-])auth(?:[_-]|$)|credential|private[_-]?key|session[_-]?(?:id|key)|cookie")
# "name": "value", 'name': 'value' and name=value, for names as above.
_KEYED_VALUE = re.compile(
    r"""(?ix)
    (?P<key>["']?[\w-]*(?:token|secret|passw(?:or)?d|passphrase|pwd|api[_-]?key|authorization|
        credential|private[_-]?key|session[_-]?(?:id|key))[\w-]*["']?\s*[:=]\s*)
    (?: "(?P<dq>[^"]*)" | '(?P<sq>[^']*)' | (?P<bare>(?:(?:bearer|basic)\s+)?[\w.~+/=-]+) )""")
_SCHEME_VALUE = re.compile(r"(?i)\b(bearer|basic)(\s+)[\w.~+/=-]{8,}")
# An issued key or token: 32+ letters, digits, '_' or '-', with at least one of each of
# letters and digits. UUIDs (hex groups of 8-4-4-4-12) are ids, not credentials.
_LONG_RUN = re.compile(r"(?<![\w-])(?=[\w-]*\d)(?=[\w-]*[A-Za-z])[\w-]{32,}(?![\w-])")
_UUID = re.compile(r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")


def encodings(value: str) -> set[str]:
    """``value`` as it may appear in a URL, a form post, JSON or HTML."""
    forms = {value, quote(value, safe=""), quote_plus(value), html.escape(value),
             json.dumps(value)[1:-1], json.dumps(value, ensure_ascii=False)[1:-1]}
    return {form for form in forms if len(form) >= MIN_LENGTH}


def is_credential_name(name: str) -> bool:
    """True for header or field names whose values are credentials."""
    return name.lower() in CREDENTIAL_HEADERS or bool(CREDENTIAL_NAME.search(name))


def mask_credentials(text: str) -> str:
    """``text`` with what looks like a credential replaced by *****.

    Masks values of credential-named fields (JSON, Python dicts, ``name=value``),
    ``Bearer``/``Basic`` values and long letter-and-digit runs that are not UUIDs.
    """
    def keyed(match: re.Match) -> str:
        quote_char = '"' if match.group("dq") is not None else \
            "'" if match.group("sq") is not None else ""
        return f"{match.group('key')}{quote_char}{MASK}{quote_char}"

    text = _KEYED_VALUE.sub(keyed, text)
    text = _SCHEME_VALUE.sub(lambda m: f"{m.group(1)}{m.group(2)}{MASK}", text)
    return _LONG_RUN.sub(lambda m: m.group(0) if _UUID.fullmatch(m.group(0)) else MASK, text)


def credential_values(data: object) -> list[str]:
    """String values of credential-named fields anywhere in parsed JSON ``data``."""
    found: list[str] = []
    if isinstance(data, dict):
        for key, value in data.items():
            if isinstance(value, str) and is_credential_name(str(key)):
                found.append(value)
            else:
                found.extend(credential_values(value))
    elif isinstance(data, list):
        for item in data:
            found.extend(credential_values(item))
    return found


class SecretValues:
    """Secret texts seen so far; :meth:`mask` replaces each of them (and its encodings)."""

    def __init__(self) -> None:
        self._forms: set[str] = set()

    def add(self, value: str | None) -> None:
        if value and len(value) >= MIN_LENGTH:
            # A new set, not an update: traces are redacted on a worker thread while
            # API keywords on the event loop thread may add a token a server issued.
            self._forms = self._forms | encodings(value)

    def __bool__(self) -> bool:
        return bool(self._forms)

    def forms(self) -> list[str]:
        """Every form to mask, longest first (so a value inside another is not half-masked)."""
        return sorted(self._forms, key=len, reverse=True)

    def mask(self, text: str) -> str:
        for form in self.forms():
            text = text.replace(form, MASK)
        return text

    def mask_all(self, text: str) -> str:
        """Known secrets and what looks like a credential masked: for texts that go to the log."""
        return mask_credentials(self.mask(text))

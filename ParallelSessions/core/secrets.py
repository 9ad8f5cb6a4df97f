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

Masking takes time linear in the text, whatever it holds: the known values are
found with one scan of the text each and every span found is masked (overlapping
spans as one), and the credential guesses are patterns that try at most a bounded
number of characters from each word start. :meth:`SecretValues.shown` is the form
for a log line: masked and cut after a few hundred characters, saying how many
were left out.
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
# "name": "value", 'name': 'value' and name=value, for names as above. Linear in the text:
# a name starts a word and is at most ~100 characters, and a quoted value runs to its
# closing quote or, when there is none, to the end of the text (masked, never re-read).
_KEYED_VALUE = re.compile(
    r"""(?ix)
    (?P<key>(?<![\w-])["']?[\w-]{0,40}?(?:token|secret|passw(?:or)?d|passphrase|pwd|api[_-]?key|
        authorization|credential|private[_-]?key|session[_-]?(?:id|key))[\w-]{0,40}["']?\s*[:=]\s*)
    (?: "(?P<dq>[^"]*)(?P<dq_end>"?) | '(?P<sq>[^']*)(?P<sq_end>'?)
      | (?P<bare>(?:(?:bearer|basic)\s+)?[\w.~+/=-]+) )""")
_SCHEME_VALUE = re.compile(r"(?i)\b(bearer|basic)(\s+)[\w.~+/=-]{8,}")
# An issued key or token: 32+ letters, digits, '_' or '-', with at least one of each of
# letters and digits. UUIDs (hex groups of 8-4-4-4-12) are ids, not credentials.
_LONG_RUN = re.compile(r"(?<![\w-])(?=[\w-]*\d)(?=[\w-]*[A-Za-z])[\w-]{32,}(?![\w-])")
_UUID = re.compile(r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")
# How much of a URL, a matcher or a body a log line shows (SecretValues.shown).
LOGGED_CHARS = 300
# shown() masks this much past what it shows, so a secret cut by the end is masked whole.
_MASKED_BEYOND = 1000


def encodings(value: str) -> set[str]:
    """``value`` as it may appear in a URL, a form post, JSON or HTML."""
    forms = {value, quote(value, safe=""), quote_plus(value), html.escape(value),
             json.dumps(value)[1:-1], json.dumps(value, ensure_ascii=False)[1:-1],
             # Python's repr (Robot's TRACE lines), in a text quoted with ' or with ".
             repr(value)[1:-1], repr('"' + value)[2:-1]}
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
        if match.group("dq") is not None:
            return f'{match.group("key")}"{MASK}{match.group("dq_end")}'
        if match.group("sq") is not None:
            return f"{match.group('key')}'{MASK}{match.group('sq_end')}"
        return f"{match.group('key')}{MASK}"

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
        """Every form to mask, longest first."""
        return sorted(self._forms, key=len, reverse=True)

    def mask(self, text: str) -> str:
        """``text`` with every known secret, in each of its forms, replaced by *****."""
        return mask_forms(text, self._forms)

    def mask_all(self, text: str) -> str:
        """Known secrets and what looks like a credential masked: for texts that go to the log."""
        return mask_credentials(self.mask(text))

    def shown(self, text: object, limit: int = LOGGED_CHARS) -> str:
        """``text`` as a log line shows it: masked (see `mask_all`) and, when it is longer
        than ``limit`` characters, cut there, saying how many characters were left out.

        Only the start is masked, with a margin longer than any secret, so a long URL
        or body costs no more than a short one.
        """
        text = str(text)
        if len(text) <= limit:
            return self.mask_all(text)
        longest = max((len(form) for form in self._forms), default=0)
        head = self.mask_all(text[:limit + longest + _MASKED_BEYOND])[:limit]
        return f"{head}... ({len(text) - limit:,} characters left out)"


def mask_forms(text, forms):
    """``text`` (str or bytes) with every occurrence of each of ``forms`` replaced by *****.

    Each form is found with one scan of the text (``find``, in C); the spans found
    are then masked in one pass, overlapping ones (two secrets sharing characters)
    as one. So the time is linear in the text for a given set of secrets.
    """
    spans = []
    for form in forms:
        size = len(form)
        start = text.find(form)
        while start != -1:
            spans.append((start, start + size))
            start = text.find(form, start + size)
    if not spans:
        return text
    spans.sort()
    mask = MASK if isinstance(text, str) else MASK.encode()
    parts, done = [], 0
    for start, end in spans:
        if start < done:  # overlaps the masked span before it: extend that one
            done = max(done, end)
            continue
        parts += [text[done:start], mask]
        done = end
    parts.append(text[done:])
    return text[:0].join(parts)

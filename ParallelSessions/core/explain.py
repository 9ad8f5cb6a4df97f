"""Playwright's errors as one readable sentence.

A Playwright error is a first line plus a call log of what it tried. The tester
needs the first line and, from the call log, the reason an element could not
be used: not visible, not enabled, covered by another element, detached. A
strict-mode error lists the matching elements; the first few are kept.
"""

from __future__ import annotations

import re

API_PREFIXES = ("Page.", "Locator.", "Frame.", "BrowserContext.", "APIRequestContext.",
                "ElementHandle.", "Browser.")
SHOWN_MATCHES = 5
# Call-log lines that say why an action waited in vain, and how to say it.
REASONS = (
    (re.compile(r"(?P<cover><.+>) (from <.+> subtree )?intercepts pointer events"),
     "another element covers it: {cover}"),
    (re.compile(r"element is not visible"), "the element is not visible"),
    (re.compile(r"element is not enabled"), "the element is not enabled"),
    (re.compile(r"element is not editable"), "the element is not editable"),
    (re.compile(r"element is not stable"), "the element keeps moving"),
    (re.compile(r"element was detached|element is not attached"),
     "the element was removed from the page"),
)
MATCH_LINE = re.compile(r"^\d+\) ")


def explain(error: BaseException, reason: str | None = None) -> str:
    """The sentence for a Playwright (or assertion) error; the call log reduced to its reason.

    ``reason`` is what the caller found out itself (see actionability.obstacle),
    used when the call log gives none.
    """
    text = str(error).strip()
    lines = [line.strip() for line in text.splitlines()]
    if not lines:
        return type(error).__name__
    first = _without_prefix(lines[0])
    detail = next((line[len("Error: "):] for line in lines if line.startswith("Error: ")), None)
    if "strict mode violation" in (detail or first):
        return _strict_mode(detail or first, lines)
    if detail and detail not in first:  # a page's thrown Error is the first line already
        first = f"{first}: {detail}"
    actual = next((line.split(":", 1)[1].strip() for line in lines
                   if line.startswith("Actual value:")), None)
    if actual and actual != "None":
        first = f"{first} (actual: '{actual}')"
    reason = _reason(lines) or reason
    return f"{first} ({reason})" if reason else first


def _without_prefix(line: str) -> str:
    if line.startswith(API_PREFIXES):
        line = line.split(": ", 1)[-1]
    return line[len("Error: "):] if line.startswith("Error: ") else line


def _strict_mode(head: str, lines: list[str]) -> str:
    matches = [MATCH_LINE.sub("", line) for line in lines if MATCH_LINE.match(line)]
    shown = "; ".join(f"{n}) {m}" for n, m in enumerate(matches[:SHOWN_MATCHES], 1))
    total = re.search(r"resolved to (\d+) elements", head)
    rest = (int(total[1]) if total else len(matches)) - SHOWN_MATCHES
    more = f"; and {rest} more" if rest > 0 else ""
    head = head.rstrip(":").strip()
    return (f"{head}: {shown}{more}. Make the selector match one element, for example "
            f"with >> nth=0 or a more specific selector.")


def _reason(lines: list[str]) -> str | None:
    """The last reason the call log gives, or None."""
    for line in reversed(lines):
        for pattern, sentence in REASONS:
            found = pattern.search(line)
            if found:
                return sentence.format(**found.groupdict())
    return None

"""Where an HTTP request of `Download` and the API keywords ended: redirects made visible.

Playwright's request API follows up to 20 redirects by default and gives only the
final response; these helpers say whether it was redirected (its final URL is not
the URL asked) or is a redirect that was not followed, in words for the log and
for failures.
"""

from __future__ import annotations

from urllib.parse import unquote, urljoin, urlsplit


def absolute_url(path: str, *bases: str | None) -> str:
    """``path`` resolved against the first of ``bases`` that is set (as it stays without one)."""
    base = next((b for b in bases if b), None)
    return urljoin(base, path) if base else path


def max_redirects(follow_redirects: bool) -> int | None:
    """Playwright's ``max_redirects``: 0 does not follow; None keeps its default (20)."""
    return None if follow_redirects else 0


def _normal(url: str) -> tuple[str, str, str, str]:
    parts = urlsplit(url)
    return (parts.scheme.lower(), parts.netloc.lower(), unquote(parts.path or "/"),
            unquote(parts.query))


def was_redirected(asked: str, final: str) -> bool:
    """True when the response came from another URL than the one asked (ignoring encoding)."""
    return _normal(asked) != _normal(final)


def is_redirect(status: int) -> bool:
    return 300 <= status < 400


def where_it_ended(status: int, asked: str, final: str, location: str | None) -> str:
    """`` from <final> (redirected from <asked>)``, `` (a redirect to <location>, not
    followed) from <asked>``, or an empty text when the response came from ``asked``.

    A final 3xx with a ``Location`` header is a redirect that was not followed
    (``follow_redirects=False``, or more redirects than Playwright follows).
    """
    if is_redirect(status) and location:
        return f" (a redirect to {location}, not followed) from {final}"
    if was_redirected(asked, final):
        return f" from {final} (redirected from {asked})"
    return ""

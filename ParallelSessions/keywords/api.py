"""HTTP keywords: API sessions and requests through Playwright's request API."""

from __future__ import annotations

import json as jsonlib
import math
import os
import re
from datetime import timedelta
from typing import Any

from robot.api.deco import keyword
from robot.api.types import Secret

from ..concurrency.step import Note, Step
from ..core.errors import ParallelSessionsError
from ..core.files import write_private_bytes
from ..core.redirects import (absolute_url, is_redirect, max_redirects, was_redirected,
                              where_it_ended)
from ..core.secrets import MASK, SecretValues, credential_values, is_credential_name
from ..core.session import API
from ..rf.component import LibraryComponent, concurrent_keyword, parse_expected_status, reveal
from ..rf.inputs import InvalidArgument, absolute_address
from .files import target_path

LOGGED_BODY_CHARS = 300
# Response bodies larger than this are refused unless a keyword gives max_body_size=.
# Playwright's driver holds a fetched body whole and sends it to Python base64-encoded
# in one message: measured, a 200 MB body kills the driver (V8 out of memory).
DEFAULT_MAX_BODY_SIZE = 10_000_000
_SIZE = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*(b|bytes?|kb|mb|gb)?\s*$", re.I)
_UNITS = {None: 1, "b": 1, "byte": 1, "bytes": 1, "kb": 1000, "mb": 1000 ** 2, "gb": 1000 ** 3}


def masked(headers: dict[str, str], secrets: SecretValues | None = None,
           secret_names: set[str] = frozenset()) -> dict[str, str]:
    """Headers as they may appear in a log: credentials replaced by *****.

    A value is masked when its name says it is a credential (``Authorization``,
    ``Cookie``, ``X-Api-Key``, ``X-Custom-Token``...), when it was given as a
    ``Secret`` (``secret_names``) or when it holds a known secret.
    """
    shown = {}
    for name, value in sorted(headers.items()):
        if is_credential_name(name) or name.lower() in secret_names:
            shown[name] = MASK
        else:
            shown[name] = secrets.mask_all(value) if secrets is not None else value
    return shown


def revealed(headers: dict[str, str | Secret] | None) -> dict[str, str]:
    """Header values to send: Secret values unwrapped (they stay hidden in the log)."""
    return {k: reveal(v) for k, v in (headers or {}).items()}


def secret_header_names(headers: dict[str, str | Secret] | None) -> set[str]:
    return {name.lower() for name, value in (headers or {}).items() if isinstance(value, Secret)}


def remember_secret_headers(headers: dict[str, str | Secret] | None,
                            secrets: SecretValues) -> None:
    for value in (headers or {}).values():
        if isinstance(value, Secret):
            secrets.add(value.value)


def parse_size(value: int | str | None, keyword_name: str) -> int:
    """``max_body_size``: bytes, or a number with ``KB``, ``MB`` or ``GB`` (powers of 1000)."""
    if value is None:
        return DEFAULT_MAX_BODY_SIZE
    match = _SIZE.match(str(value))
    size = int(float(match.group(1)) * _UNITS[(match.group(2) or "").lower() or None]) \
        if match else 0
    if size <= 0:
        raise ParallelSessionsError(
            f"{keyword_name}: invalid max_body_size '{value}'; give a positive size such as "
            f"50 MB, 800 KB or 1000000 (bytes), or leave it out for "
            f"{describe_size(DEFAULT_MAX_BODY_SIZE)}.")
    return size


def describe_size(size: int) -> str:
    for unit, factor in (("GB", 1000 ** 3), ("MB", 1000 ** 2), ("KB", 1000)):
        if size >= factor:
            return f"{size / factor:g} {unit}" if size % (factor // 10) == 0 \
                else f"{size / factor:.1f} {unit}"
    return f"{size} bytes"


class ApiStatusError(ParallelSessionsError):
    """A response had a status the test did not expect."""


class ApiBodyTooLargeError(ParallelSessionsError):
    """A response body was larger than max_body_size."""


class ApiResponse(dict):
    """The response of an API keyword: a plain dictionary whose printed form is safe to log.

    Robot Framework logs a keyword's return value (``${response} = {...}``) at
    INFO and TRACE level by printing it; this form shows the status, the
    headers with credentials masked and an excerpt of the body with known
    secrets and credential-looking values masked. Its items are the real values.
    """

    secrets: SecretValues
    ended: str = ""  # where_it_ended(), masked: for the log line and failures

    def __repr__(self) -> str:
        shown = {"status": self.get("status"), "ok": self.get("ok"),
                 "text": excerpt(self.get("text") or "", self.secrets),
                 "headers": masked(self.get("headers") or {}, self.secrets),
                 "url": self.secrets.shown(self.get("url") or "")}
        return repr(shown)

    __str__ = __repr__


class ApiKeywords(LibraryComponent):

    @keyword("Open API Session")
    def open_api_session(self, id: str | None = "api", base_url: str | None = None,
                         headers: dict[str, str | Secret] | None = None,
                         from_session: str | None = None,
                         bearer_token: Secret | str | None = None) -> str:
        """Opens an HTTP-only session (role ``api``), makes it current and returns its id.

        It has no page and no CORS: requests go straight from Playwright's request
        API. ``base_url`` defaults to the library's. ``headers`` go with every
        request. ``bearer_token`` sets ``Authorization: Bearer <token>`` and is
        never logged (pass it as a ``Secret``, see `Secrets`). Header values given
        as ``Secret`` and headers named like a credential (``Authorization``,
        ``Cookie``, ``X-Api-Key``, ``X-Custom-Token``...) are logged as ``*****``.

        With ``from_session=<id>`` the session sends the cookies of that browser
        session, so it is logged in as that user and sees what the browser
        sees; it is closed with that session. Without it, it starts with no
        cookies and keeps none between requests.

        API sessions count towards ``max_sessions`` and appear in `Get Session Ids`.

        | Open API Session | id=client | bearer_token=${TOKEN} |
        | ${realms}= | API Get | /api/realms |
        | Open API Session | id=as_alice | from_session=account_alice |
        """
        token = reveal(bearer_token)
        if base_url is not None:
            absolute_address(base_url, "base_url")
        if token is not None and not token.strip():
            raise InvalidArgument("Invalid bearer_token: it is empty; give the token (as a "
                                  "Secret), or leave bearer_token out to send no Authorization.")
        all_headers = revealed(headers)
        secrets = self.library.secrets
        secrets.add(token)
        remember_secret_headers(headers, secrets)
        if token:
            all_headers["Authorization"] = f"Bearer {token}"
        handle = self.runtime.run_with_browser(
            lambda manager: manager.create_api_session(
                id, base_url=base_url, headers=all_headers, from_session=from_session))
        self.adopt(handle)
        shared = f" sharing the cookies of '{from_session}'" if from_session else ""
        shown = masked(all_headers, secrets, secret_header_names(headers))
        self.log(handle.session_id, f"Opened API session{shared}; headers: {shown}.")
        return handle.session_id

    @concurrent_keyword("API Request", returns=dict[str, Any])
    def api_request(self, method: str, path: str, json: dict | list | None = None,
                    data: dict | None = None, headers: dict[str, str | Secret] | None = None,
                    expected_status: int | str | None = None, *,
                    timeout: timedelta | None = None,
                    max_body_size: int | str | None = None,
                    save_as: str | None = None,
                    follow_redirects: bool = True) -> Step:
        """Sends an HTTP request from the current session and returns the response.

        In an API session the request carries its headers (and shared cookies); in
        a browser session it carries that browser's cookies. Header values may be
        ``Secret`` objects; give credentials that way (or as ``bearer_token`` of
        `Open API Session`), since Robot logs plain argument values at TRACE level.
        ``path`` is relative to the session's base URL. ``json`` sends a dictionary
        or list as a JSON body, ``data`` a dictionary as form fields (as an HTML form
        posts them); give one of them, not both.
        Returns a dictionary with ``status``, ``ok``, ``headers``, ``json``
        (``None`` unless the body is JSON), ``text``, ``body`` (the bytes, for
        files and images) and ``url`` (the URL the response came from). ``save_as``
        also writes the body to that file under
        ``${OUTPUT DIR}/parallel-sessions/downloads/`` (owner-only) and adds its
        path as ``saveAs``.

        Redirects are followed, and ``url`` is where they ended (the log line says
        so, e.g. a login page). ``follow_redirects=False`` returns the redirect
        itself (Playwright's ``max_redirects=0``): its ``status`` (such as 302) and
        its ``Location`` in ``headers``.

        ``expected_status``: by default a 4xx or 5xx response fails; give a status
        from 100 to 599 (``201``) to require exactly that status, or ``any`` to
        accept every status.

        ``timeout`` bounds the whole request (the library's ``timeout`` by default),
        e.g. ``timeout=30s`` for a slow endpoint.

        ``max_body_size`` (default 10 MB) refuses a larger response body before it
        is read: a size in bytes or with ``KB``, ``MB`` or ``GB`` (powers of 1000),
        e.g. ``max_body_size=200 MB``. The size is taken from the response's
        ``Content-Length``; a body sent without one is read and then refused, and
        Playwright's driver holds every body whole, so very large streamed bodies
        can still exhaust its memory.

        In the log, credential headers, known secrets and credential-looking values
        of the body (``"token": ...``, ``password=...``, long keys) are masked, and
        the body is cut to an excerpt; a credential-named field of a JSON response
        (such as a token the server issued) is remembered as a secret, so it is
        also cut out of traces. See `Secrets`.

        | ${response}= | API Request | POST | /api/realms |
        | ...          | json=${{ {"name": "north"} }} | expected_status=201 |
        | Should Be Equal | ${response}[json][name] | north |
        | API Request | GET | /reports/big | timeout=1 min | max_body_size=50 MB |
        | ${redirect}= | API Get | /admin/ | expected_status=302 | follow_redirects=False |
        | Should Be Equal | ${redirect}[headers][location] | /admin/login |
        """
        if not re.fullmatch(r"[A-Za-z]+", str(method)):
            raise InvalidArgument(f"Invalid method '{method}': give an HTTP method such as GET, "
                                  f"POST, PUT, PATCH, DELETE or HEAD.")
        return self._request("API Request", method, path, json, data, headers,
                             expected_status, timeout, max_body_size, save_as,
                             follow_redirects)

    def _request(self, keyword_name: str, method: str, path: str, json, data, headers,
                 expected_status, timeout: timedelta | None,
                 max_body_size: int | str | None, save_as: str | None = None,
                 follow_redirects: bool = True) -> Step:
        method = method.upper()
        secrets = self.library.secrets
        shown_path = secrets.shown(path)
        named = f"{keyword_name} '{shown_path}' in session '{self.session_focus.current}'"
        expected = parse_expected_status(expected_status, named)
        if json is not None and data is not None:
            raise ParallelSessionsError(
                f"{named}: json= and data= were both given, but a request has one body; give "
                f"json= for a JSON body or data= for form fields.")
        limit = parse_size(max_body_size, named)
        ms = self.timeout_ms(timeout)
        remember_secret_headers(headers, secrets)

        async def send(session):
            url = absolute_url(path, session.base_url, self.manager.base_url)
            options: dict[str, Any] = {"method": method, "timeout": ms,
                                       "headers": {**session.headers, **revealed(headers)},
                                       "max_redirects": max_redirects(follow_redirects)}
            if json is not None:
                options["data"] = jsonlib.dumps(json)
                options["headers"].setdefault("Content-Type", "application/json")
            elif data is not None:
                options["form"] = data
            response = await session.api_client.fetch(url, **options)
            try:
                refusal = f"{keyword_name} '{shown_path}' in session '{session.session_id}'"
                _check_size(response.headers.get("content-length"), limit, refusal)
                raw = await response.body()
                _check_size(str(len(raw)), limit, refusal)
            finally:
                await response.dispose()  # the driver keeps every body until disposed
                if session.role == API and session.source is None:
                    await session.context.clear_cookies()  # stateless: forget what the server set
            text = raw.decode("utf-8", "replace")
            try:
                body = jsonlib.loads(text) if text else None
            except ValueError:
                body = None
            for value in credential_values(body):
                secrets.add(value)  # a token the server issued stays out of logs and traces
            result = ApiResponse(status=response.status, ok=response.ok,
                                 headers=dict(response.headers), json=body, text=text, body=raw,
                                 url=response.url)
            result.secrets = secrets
            result.ended = secrets.mask_all(where_it_ended(
                response.status, url, response.url, response.headers.get("location")))
            if save_as:
                target = target_path(save_as, os.path.basename(path), session.session_id)
                result["saveAs"] = write_private_bytes(target, raw, "file")
            if expected is None and response.status >= 400 or \
                    isinstance(expected, int) and response.status != expected:
                wanted = "a status below 400" if expected is None else str(expected)
                hint = "; give follow_redirects=False to get the redirect itself" \
                    if isinstance(expected, int) and is_redirect(expected) and \
                    was_redirected(url, response.url) else ""
                raise ApiStatusError(
                    f"{method} {shown_path} in session '{session.session_id}' returned "
                    f"{response.status}{result.ended}, expected {wanted}{hint}: "
                    f"{excerpt(text, secrets)}")
            return result

        def answered(s, response: ApiResponse) -> list[Note]:
            ended = f"{response.ended}:" if response.ended else ""
            return [("INFO", f"{response['status']}{ended} {excerpt(response['text'], secrets)}")]

        return self.step(f"API {method} '{shown_path}'", send, needs_page=False, timeout_ms=ms,
                         after=answered)

    @concurrent_keyword("API Get", returns=dict[str, Any])
    def api_get(self, path: str, headers: dict[str, str | Secret] | None = None,
                expected_status: int | str | None = None, *, timeout: timedelta | None = None,
                max_body_size: int | str | None = None,
                follow_redirects: bool = True) -> Step:
        """Sends a GET request; see `API Request`.

        | ${me}= | API Get | /api/me |
        | ${report}= | API Get | /reports/big | timeout=1 min | max_body_size=50 MB |
        """
        return self._request("API Get", "GET", path, None, None, headers, expected_status,
                             timeout, max_body_size, None, follow_redirects)

    @concurrent_keyword("API Post", returns=dict[str, Any])
    def api_post(self, path: str, json: dict | list | None = None, data: dict | None = None,
                 headers: dict[str, str | Secret] | None = None,
                 expected_status: int | str | None = None, *, timeout: timedelta | None = None,
                 max_body_size: int | str | None = None,
                 follow_redirects: bool = True) -> Step:
        """Sends a POST request; see `API Request`.

        | API Post | /api/realms | json=${{ {"name": "north"} }} | expected_status=201 |
        """
        return self._request("API Post", "POST", path, json, data, headers, expected_status,
                             timeout, max_body_size, None, follow_redirects)

    @concurrent_keyword("API Put", returns=dict[str, Any])
    def api_put(self, path: str, json: dict | list | None = None, data: dict | None = None,
                headers: dict[str, str | Secret] | None = None,
                expected_status: int | str | None = None, *, timeout: timedelta | None = None,
                max_body_size: int | str | None = None,
                follow_redirects: bool = True) -> Step:
        """Sends a PUT request; see `API Request`.

        | API Put | /api/things/1 | json=${thing} |
        """
        return self._request("API Put", "PUT", path, json, data, headers, expected_status,
                             timeout, max_body_size, None, follow_redirects)

    @concurrent_keyword("API Patch", returns=dict[str, Any])
    def api_patch(self, path: str, json: dict | list | None = None, data: dict | None = None,
                  headers: dict[str, str | Secret] | None = None,
                  expected_status: int | str | None = None, *, timeout: timedelta | None = None,
                  max_body_size: int | str | None = None,
                  follow_redirects: bool = True) -> Step:
        """Sends a PATCH request; see `API Request`.

        | API Patch | /api/things/1 | json=${{ {"state": "done"} }} |
        """
        return self._request("API Patch", "PATCH", path, json, data, headers, expected_status,
                             timeout, max_body_size, None, follow_redirects)

    @concurrent_keyword("API Delete", returns=dict[str, Any])
    def api_delete(self, path: str, headers: dict[str, str | Secret] | None = None,
                   expected_status: int | str | None = None, *, timeout: timedelta | None = None,
                   max_body_size: int | str | None = None,
                   follow_redirects: bool = True) -> Step:
        """Sends a DELETE request; see `API Request`.

        | API Delete | /api/things/1 | expected_status=any |
        """
        return self._request("API Delete", "DELETE", path, None, None, headers, expected_status,
                             timeout, max_body_size, None, follow_redirects)


def _check_size(length: str | None, limit: int, refusal: str) -> None:
    """Refuses a body of ``length`` bytes (a header value, maybe absent) over ``limit``."""
    if length is None or not length.strip().isdigit() or int(length) <= limit:
        return
    size = int(length)
    raise ApiBodyTooLargeError(
        f"{refusal} refused the response: its body is {describe_size(size)} ({size} bytes), "
        f"over max_body_size ({describe_size(limit)}), so it was not kept. Pass a larger "
        f"max_body_size= (for example max_body_size={math.ceil(size / 1000 ** 2)} MB) to read it.")


def excerpt(text: str, secrets: SecretValues) -> str:
    """The start of a body for the log, known secrets and credential-looking values masked,
    whitespace runs as one space; when cut, it says about how many characters were left out."""
    shown = secrets.mask_all(" ".join(text[:LOGGED_BODY_CHARS * 8].split()))
    if len(shown) <= LOGGED_BODY_CHARS and len(text) <= LOGGED_BODY_CHARS * 8:
        return shown
    left_out = max(len(text) - LOGGED_BODY_CHARS, 0)
    return f"{shown[:LOGGED_BODY_CHARS]}... ({left_out:,} characters left out)"

"""HTTP keywords: API sessions and requests through Playwright's request API."""

from __future__ import annotations

import json as jsonlib
from typing import Any
from urllib.parse import urljoin

from robot.api.deco import keyword
from robot.api.types import Secret

from ..errors import ParallelSessionsError
from ..session import API
from .base import LibraryComponent, concurrent_keyword, reveal

MASKED_HEADERS = {"authorization", "cookie", "proxy-authorization", "x-api-key", "x-auth-token"}
LOGGED_BODY_CHARS = 300


def masked(headers: dict[str, str]) -> dict[str, str]:
    """Headers as they may appear in a log: credentials replaced by *****."""
    return {k: ("*****" if k.lower() in MASKED_HEADERS else v) for k, v in sorted(headers.items())}


def revealed(headers: dict[str, str | Secret] | None) -> dict[str, str]:
    """Header values to send: Secret values unwrapped (they stay hidden in the log)."""
    return {k: reveal(v) for k, v in (headers or {}).items()}


class ApiStatusError(ParallelSessionsError):
    """A response had a status the test did not expect."""


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
        never logged (pass it as a variable or a ``Secret``).

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
        all_headers = revealed(headers)
        if token:
            all_headers["Authorization"] = f"Bearer {token}"
        handle = self.runtime.run_with_browser(
            lambda manager: manager.create_api_session(
                id, base_url=base_url, headers=all_headers, from_session=from_session))
        self.adopt(handle)
        shared = f" sharing the cookies of '{from_session}'" if from_session else ""
        self.log(handle.session_id, f"Opened API session{shared}; headers: {masked(all_headers)}.")
        return handle.session_id

    @concurrent_keyword("API Request")
    def api_request(self, method: str, path: str, json: dict | list | None = None,
                    data: dict | None = None, headers: dict[str, str | Secret] | None = None,
                    expected_status: int | str | None = None) -> dict[str, Any]:
        """Sends an HTTP request from the current session and returns the response.

        In an API session the request carries its headers (and shared cookies); in
        a browser session it carries that browser's cookies. Header values may be
        ``Secret`` objects; give credentials that way (or as ``bearer_token`` of
        `Open API Session`), since Robot logs plain argument values at TRACE level. ``path`` is relative
        to the session's base URL. ``json`` sends a dictionary or list as a JSON
        body, ``data`` a dictionary as form fields (as an HTML form posts them).
        Returns a dictionary with ``status``, ``ok``, ``headers``, ``json``
        (``None`` unless the body is JSON) and ``text``.

        ``expected_status``: by default a 4xx or 5xx response fails; give a number
        (``201``) to require exactly that status, or ``any`` to accept every status.
        Authorization and cookie headers are masked in the log.

        | ${response}= | API Request | POST | /api/realms |
        | ...          | json=${{ {"name": "north"} }} | expected_status=201 |
        | Should Be Equal | ${response}[json][name] | north |
        """
        method = method.upper()
        expected = _expected_status(expected_status)

        async def send(session):
            base = session.base_url or self.manager.base_url or ""
            url = urljoin(base, path) if base else path
            options: dict[str, Any] = {"method": method,
                                       "headers": {**session.headers, **revealed(headers)}}
            if json is not None:
                options["data"] = jsonlib.dumps(json)
                options["headers"].setdefault("Content-Type", "application/json")
            elif data is not None:
                options["form"] = data
            response = await session.api_client.fetch(url, **options)
            text = await response.text()
            if session.role == API and session.source is None:
                await session.context.clear_cookies()  # stateless: forget what the server set
            try:
                body = jsonlib.loads(text) if text else None
            except ValueError:
                body = None
            result = {"status": response.status, "ok": response.ok,
                      "headers": dict(response.headers), "json": body, "text": text}
            if expected == "error" and response.status >= 400 or \
                    isinstance(expected, int) and response.status != expected:
                wanted = "a status below 400" if expected == "error" else str(expected)
                raise ApiStatusError(
                    f"{method} {path} in session '{session.session_id}' returned "
                    f"{response.status}, expected {wanted}: {_excerpt(text)}")
            return result

        response = self.act(f"API {method} '{path}'", send, needs_page=False)
        if not self.library.planning:
            self.log(self.focus.current, f"{response['status']} {_excerpt(response['text'])}")
        return response

    @concurrent_keyword("API Get")
    def api_get(self, path: str, headers: dict[str, str | Secret] | None = None,
                expected_status: int | str | None = None) -> dict[str, Any]:
        """Sends a GET request; see `API Request`.

        | ${me}= | API Get | /api/me |
        """
        return self.api_request("GET", path, headers=headers, expected_status=expected_status)

    @concurrent_keyword("API Post")
    def api_post(self, path: str, json: dict | list | None = None, data: dict | None = None,
                 headers: dict[str, str | Secret] | None = None,
                 expected_status: int | str | None = None) -> dict[str, Any]:
        """Sends a POST request; see `API Request`.

        | API Post | /api/realms | json=${{ {"name": "north"} }} | expected_status=201 |
        """
        return self.api_request("POST", path, json, data, headers, expected_status)

    @concurrent_keyword("API Put")
    def api_put(self, path: str, json: dict | list | None = None, data: dict | None = None,
                headers: dict[str, str | Secret] | None = None,
                expected_status: int | str | None = None) -> dict[str, Any]:
        """Sends a PUT request; see `API Request`.

        | API Put | /api/things/1 | json=${thing} |
        """
        return self.api_request("PUT", path, json, data, headers, expected_status)

    @concurrent_keyword("API Patch")
    def api_patch(self, path: str, json: dict | list | None = None, data: dict | None = None,
                  headers: dict[str, str | Secret] | None = None,
                  expected_status: int | str | None = None) -> dict[str, Any]:
        """Sends a PATCH request; see `API Request`.

        | API Patch | /api/things/1 | json=${{ {"state": "done"} }} |
        """
        return self.api_request("PATCH", path, json, data, headers, expected_status)

    @concurrent_keyword("API Delete")
    def api_delete(self, path: str, headers: dict[str, str | Secret] | None = None,
                   expected_status: int | str | None = None) -> dict[str, Any]:
        """Sends a DELETE request; see `API Request`.

        | API Delete | /api/things/1 | expected_status=any |
        """
        return self.api_request("DELETE", path, headers=headers, expected_status=expected_status)


def _expected_status(value: int | str | None) -> int | str:
    if value is None:
        return "error"
    if isinstance(value, int):
        return value
    text = str(value).strip().lower()
    if text in ("any", "anything"):
        return "any"
    if text.isdigit():
        return int(text)
    raise ParallelSessionsError(
        f"Invalid expected_status '{value}': give an HTTP status such as 201, or 'any'.")


def _excerpt(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= LOGGED_BODY_CHARS else text[:LOGGED_BODY_CHARS] + "..."

"""Network: waiting for a session's requests and responses, and routing its requests."""

from __future__ import annotations

import json
import mimetypes
import os
from datetime import timedelta
from typing import Any, Awaitable, Callable

from playwright.async_api import Error as PlaywrightError
from robot.utils import DotDict

from ..errors import ParallelSessionsError
from ..secrets import MASK, is_credential_name
from ..session import SessionHandle
from ..traffic import (MAX_BODY_BYTES, REQUEST, RESPONSE, MalformedMatcher, RouteRecord,
                       UrlMatcher, describe_request, describe_response)
from .base import LibraryComponent, concurrent_keyword, describe_seconds

ACTIONS = ("fulfill", "abort", "continue")


class TrafficDict(DotDict):
    """What Wait For Response/Request return: printed (``${response} =`` in the log) with
    credential headers, known secrets and credential-like values masked; the values
    themselves are intact."""

    def __str__(self) -> str:
        shown = DotDict((key, _masked_headers(value) if key == "headers" else value)
                        for key, value in self.items())
        return self.__dict__.get("mask", str)(DotDict.__str__(shown))


def _masked_headers(headers: dict[str, str]) -> DotDict:
    return DotDict((name, MASK if is_credential_name(name) else value)
                   for name, value in headers.items())


class NetworkKeywords(LibraryComponent):

    @concurrent_keyword()
    def wait_for_response(self, matcher: str, timeout: timedelta | None = None) -> dict:
        """Waits for a response of the current session whose URL matches ``matcher``; returns it.

        A response that arrived since the previous keyword of the session began
        counts, so `Wait For Response` goes after the `Click` that causes it and
        never misses a fast one. The first matching response not returned by an
        earlier `Wait For Response` is taken; when there is none yet, the keyword
        waits for one until ``timeout`` (the library's by default).

        ``matcher`` is a path starting with ``/`` (compared with the URL's path
        and query, whatever the host), a full URL, a glob (``*`` is anything
        but ``/``, ``**`` is anything) or ``regexp=`` and a regular expression
        searched for in the whole URL. See `Network`.

        The result is a dictionary: ``url``, ``method``, ``status``,
        ``status_text``, ``headers`` (lower-case names), ``text`` (the body, at
        most 1 MB of it; None for a redirect), ``truncated`` (whether it was
        cut) and ``json`` when the body is JSON. Only a summary line is logged:
        headers may hold credentials, and the dictionary prints them masked.

        | Click | button#save |
        | ${response}= | Wait For Response | /api/preferences |
        | Should Be Equal As Integers | ${response}[status] | 200 |
        | Should Be Equal | ${response}[json][language] | fi |
        | Wait For Response | regexp=/api/items\\\\?page=\\\\d+ | timeout=5s |
        """
        return self._wait("Wait For Response", RESPONSE, matcher, timeout)

    @concurrent_keyword()
    def wait_for_request(self, matcher: str, timeout: timedelta | None = None) -> dict:
        """Waits for a request of the current session whose URL matches ``matcher``; returns it.

        Like `Wait For Response`, for the request the page sent: a request sent
        since the previous keyword of the session began counts, and each one is
        returned once. The dictionary holds ``url``, ``method``, ``headers``,
        ``resource_type`` (``fetch``, ``document``, ``script``...), ``text``
        (the body sent, None without one), ``truncated`` and ``json`` when the
        body is JSON.

        | Click | button#save |
        | ${request}= | Wait For Request | /api/preferences |
        | Should Be Equal | ${request}[json][language] | fi |
        """
        return self._wait("Wait For Request", REQUEST, matcher, timeout)

    def _wait(self, name: str, kind: str, matcher: str, timeout: timedelta | None) -> DotDict:
        ms = self.timeout_ms(timeout)
        mask = self.library.secrets.mask_all

        async def wait(s: SessionHandle) -> DotDict:
            parsed = _parse(name, s, matcher)
            since = s.keyword_started[0]
            record = await s.traffic.wait_for(kind, parsed, since, ms / 1000)
            if record is None:
                raise ParallelSessionsError(mask(
                    f"{name} failed in session '{s.session_id}': no {kind} matching "
                    f"'{matcher}' {'was sent' if kind == REQUEST else 'arrived'} within "
                    f"{describe_seconds(ms / 1000)} since the previous keyword began"
                    f"{_what_did(s, kind, parsed, since)}."))
            describe = describe_request if kind == REQUEST else describe_response
            found = TrafficDict(await describe(record))
            object.__setattr__(found, "mask", mask)
            return found

        def outcome(data: DotDict) -> str:
            status = f" {data['status']}" if "status" in data else ""
            size = f", {len(data['text'])} characters" if data.get("text") else ""
            cut = f", cut at {MAX_BODY_BYTES:,} bytes" if data.get("truncated") else ""
            return mask(f"{data['method']} {data['url']}{status}{size}{cut}")

        return self.act(mask(f"{name}: {matcher}"), wait, timeout_ms=ms, outcome=outcome)

    @concurrent_keyword()
    def add_route(self, matcher: str, action: str = "fulfill", status: int | None = None,
                  body: str | None = None, body_file: str | None = None,
                  content_type: str | None = None, headers: dict[str, str] | None = None,
                  all_sessions: bool = False) -> None:
        """Answers, blocks or passes on the current session's requests whose URL matches ``matcher``.

        ``matcher`` is written as for `Wait For Response`. ``action``:
        | ``fulfill`` | answer the request without the server: ``status`` (200 unless given), ``body`` (a text) or ``body_file`` (a file's bytes), ``content_type`` and extra response ``headers``. |
        | ``abort``   | fail the request as a network error (the page sees no answer). |
        | ``continue`` | send the request to the server, with ``headers`` added to or replacing its own. |

        ``content_type`` defaults to the file type of ``body_file``, to
        ``application/json`` for a ``body`` that is JSON and to ``text/plain``
        for another ``body``. A relative ``body_file`` is taken from the working
        directory: ``${CURDIR}/...`` is safest. The file is read once, here.

        A route applies to the requests of every page of the session from now
        on, until `Remove Routes`, a reset by `Open Anonymous Session`, or the
        session's close. When several routes match a request, the one added
        last answers it. With
        ``all_sessions=True`` the route is added to every browser session open
        now (not to sessions opened later: add it again after opening them);
        such a call cannot be a step of `Run In Sessions Concurrently`.

        | Add Route | **/cdn/widget.js | body_file=${CURDIR}/assets/widget.js |
        | Add Route | /api/preferences | status=500 | body={"error": "database down"} |
        | Add Route | **/analytics/** | action=abort | all_sessions=True |
        | Add Route | /api/** | action=continue | headers={"X-Feature": "beta"} |
        """
        description = self.library.secrets.mask_all(
            f"Add Route: {matcher} ({_summary(action, status, body, body_file)})")

        async def add(s: SessionHandle) -> None:
            parsed = _parse("Add Route", s, matcher)
            summary = _summary(action, status, body, body_file)
            answer = _route_answer(s.session_id, action, status, body, body_file, content_type,
                                   headers)
            record = RouteRecord(parsed, summary, s.context, lambda url: parsed.matches(url), None)

            async def handler(route, request) -> None:
                record.used += 1
                try:
                    await answer(route, request)
                except PlaywrightError:
                    pass  # the page went away while its request was answered

            record.handler = handler
            await s.context.route(record.url, handler)
            s.traffic.routes.append(record)

        return self._in_sessions("Add Route", description, add, all_sessions)

    @concurrent_keyword()
    def remove_routes(self, matcher: str | None = None, all_sessions: bool = False) -> None:
        """Removes the routes `Add Route` added to the current session: those of ``matcher``, or all.

        ``matcher`` is the text given to `Add Route`; the keyword fails when the
        session has no route of that matcher (a typo would otherwise leave the
        route in place). With ``all_sessions=True`` the routes go from every open
        browser session that has them. Routes added otherwise (by another
        library) are left alone. The log tells how many requests each route
        answered.

        | Remove Routes | /api/preferences |
        | Remove Routes | all_sessions=True |
        """
        secrets = self.library.secrets

        async def remove(s: SessionHandle) -> str:
            chosen = [r for r in s.traffic.routes
                      if matcher is None or r.matcher.text == str(matcher).strip()]
            if matcher is not None and not chosen and not all_sessions:
                known = ", ".join(f"'{r.matcher.text}'" for r in s.traffic.routes) or "none"
                raise ParallelSessionsError(secrets.mask_all(
                    f"Remove Routes failed in session '{s.session_id}': it has no route "
                    f"'{matcher}'; its routes: {known}. Give the matcher as Add Route got it, or "
                    f"no matcher to remove them all."))
            for record in chosen:
                s.traffic.routes.remove(record)
                await s.context.unroute(record.url, record.handler)
            return "; ".join(f"{r.matcher.text} ({r.summary}, answered {r.used})"
                             for r in chosen) or "no routes"

        description = secrets.mask_all(f"Remove Routes: {matcher if matcher is not None else 'all'}")
        return self._in_sessions("Remove Routes", description, remove, all_sessions,
                                 outcome=lambda removed: secrets.mask_all(f"removed {removed}"))

    def _in_sessions(self, name: str, description: str,
                     operation: Callable[[SessionHandle], Awaitable[Any]], all_sessions: bool,
                     outcome: Callable[[Any], str] | None = None) -> Any:
        """``operation`` through `act` in the current session, or in every browser session."""
        if not all_sessions:
            return self.act(description, operation, outcome=outcome)
        if self.library.planning:
            raise ParallelSessionsError(
                f"{name} with all_sessions=True cannot be a step of Run In Sessions "
                f"Concurrently: it already acts in every session. Call it before the concurrent "
                f"steps.")
        handles = [s for s in self.manager.sessions() if s.page is not None]
        if not handles:
            raise ParallelSessionsError(
                f"{name} failed: no browser session is open, and all_sessions=True acts in the "
                f"sessions open now. Open the sessions first.")
        for handle in handles:
            self.act(description, operation, handle=handle, outcome=outcome)
        return None


def _parse(name: str, handle: SessionHandle, matcher: str) -> UrlMatcher:
    try:
        return UrlMatcher.parse(matcher)
    except MalformedMatcher as error:
        raise ParallelSessionsError(
            f"{name} failed in session '{handle.session_id}': {error}") from None


def _what_did(handle: SessionHandle, kind: str, matcher: UrlMatcher, since: float) -> str:
    """Why a wait found nothing: a matching request that failed, or what else came."""
    failed = [r for r in handle.traffic.since("failure", since) if matcher.matches(r.url)]
    if failed:
        return (f"; a matching request failed: {failed[-1].describe()} (Add Route "
                f"action=abort fails requests so)")
    others = handle.traffic.since(kind, since)
    if not others:
        return f"; no other {kind} either"
    noun = "request was sent" if kind == REQUEST and len(others) == 1 else \
        "requests were sent" if kind == REQUEST else \
        "response arrived" if len(others) == 1 else "responses arrived"
    return f"; {len(others)} other {noun}, the latest {others[-1].describe()}"


def _summary(action: str, status: int | None, body: str | None, body_file: str | None) -> str:
    if str(action).strip().lower() != "fulfill":
        return str(action)
    served = f" {body_file}" if body_file else f" {len(body)} characters" if body else ""
    return f"fulfill {status or 200}{served}"


def _route_answer(session_id: str, action: str, status: int | None, body: str | None,
                  body_file: str | None, content_type: str | None,
                  headers: dict[str, str] | None) -> Callable[..., Awaitable[None]]:
    """What a route does with a request; bad combinations fail with a sentence."""
    where = f"Add Route failed in session '{session_id}'"
    action = str(action).strip().lower()
    if action not in ACTIONS:
        raise ParallelSessionsError(
            f"{where}: unknown action '{action}'; use fulfill (answer the request), abort "
            f"(fail it) or continue (send it to the server).")
    if action != "fulfill":
        given = [name for name, value in (("status", status), ("body", body),
                                          ("body_file", body_file),
                                          ("content_type", content_type)) if value is not None]
        if action == "abort" and headers:
            given.append("headers")
        if given:
            raise ParallelSessionsError(
                f"{where}: action={action} sends no response of its own, so "
                f"{', '.join(given)} do not apply; leave them out or use action=fulfill.")
        if action == "abort":
            return lambda route, request: route.abort()
        extra = dict(headers or {})

        async def carry_on(route, request) -> None:
            if extra:
                merged = {**request.headers, **{k.lower(): v for k, v in extra.items()}}
                await route.continue_(headers=merged)
            else:
                await route.continue_()
        return carry_on
    if status is not None and not 100 <= status <= 599:
        raise ParallelSessionsError(
            f"{where}: status {status} is not an HTTP status; give one from 100 to 599, such "
            f"as 200 or 500.")
    if body is not None and body_file is not None:
        raise ParallelSessionsError(
            f"{where}: give body or body_file, not both.")
    payload: bytes = b""
    if body_file is not None:
        path = os.path.abspath(os.path.expanduser(str(body_file)))
        if not os.path.isfile(path):
            raise ParallelSessionsError(
                f"{where}: body_file '{path}' does not exist; give the path of the file to "
                f"serve (${{CURDIR}}/... names one next to the suite).")
        with open(path, "rb") as file:
            payload = file.read()
        content_type = content_type or mimetypes.guess_type(path)[0] or \
            "application/octet-stream"
    elif body is not None:
        payload = str(body).encode("utf-8")
        if content_type is None:
            try:
                json.loads(body)
                content_type = "application/json"
            except ValueError:
                content_type = "text/plain; charset=utf-8"
    code = 200 if status is None else status
    extra_headers = dict(headers or {})

    async def fulfill(route, request) -> None:
        await route.fulfill(status=code, body=payload, content_type=content_type,
                            headers=extra_headers or None)
    return fulfill


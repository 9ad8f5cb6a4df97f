"""Network: waiting for a session's requests and responses, and routing its requests."""

from __future__ import annotations

from datetime import timedelta
from enum import Enum
from typing import Any, Callable

from playwright.async_api import Error as PlaywrightError
from robot.api import logger
from robot.api.types import Secret
from robot.utils import DotDict

from ..concurrency.step import Step
from ..core.durations import describe_seconds
from ..core.errors import ParallelSessionsError
from ..core.explain import explain
from ..core.routes import SharedRoute, missing_file_note, route_answer, route_url, summary
from ..core.session import SessionHandle
from ..core.traffic import (MATCHER_FORMS, MAX_BODY_BYTES, REQUEST, RESPONSE, WAITED_FORMS,
                            JsPredicate, MalformedMatcher, RouteRecord, UrlMatcher,
                            describe_request, describe_response, is_js_predicate)
from ..rf.component import LibraryComponent, concurrent_keyword
from ..rf.traffic_records import TrafficDict
from .api import remember_secret_headers, revealed


class Scope(Enum):
    """How long a route for every session lasts (`Add Route` with ``all_sessions=True``)."""

    Global = "Global"
    Suite = "Suite"
    Test = "Test"
    Task = "Test"


class NetworkKeywords(LibraryComponent):

    def __init__(self, library):
        super().__init__(library)
        library.listener.scope_ended.append(self._end_scope)

    @concurrent_keyword(returns=dict)
    def wait_for_response(self, matcher: str = "", timeout: timedelta | None = None) -> Step:
        """Waits for a response of the current session whose URL matches ``matcher``; returns it.

        A response that arrived since the previous keyword of the session began
        counts, so `Wait For Response` goes after the `Click` that causes it and
        never misses a fast one. The first matching response not returned by an
        earlier `Wait For Response` is taken; when there is none yet, the keyword
        waits for one until ``timeout`` (the library's by default).

        ``matcher`` is a path starting with ``/`` (compared with the URL's path
        and query, whatever the host), a full URL, a glob (``*`` is anything
        but ``/``, ``**`` is anything) or ``regexp=`` and a regular expression
        searched for in the whole URL. See `Network`. The Browser library's forms
        work too: empty (the default) for any response, a regular expression
        between slashes with optional flags (``/api\\/items\\?page=\\d+/i``; so a
        path ending in ``/`` is one), and a JavaScript arrow function given the
        response, whose ``url()``, ``status()``, ``statusText()``, ``ok()``,
        ``headers()`` and ``request()`` (with ``method()``, ``url()``,
        ``headers()``, ``postData()``, ``resourceType()``) it may read:
        ``response => response.url().endsWith('/save') && response.status() === 200``.

        The result is a dictionary: ``url``, ``method``, ``status``,
        ``status_text``, ``headers`` (lower-case names), ``text`` (the body, at
        most 1 MB of it; None for a redirect), ``truncated`` (whether it was
        cut) and ``json`` when the body is JSON; and the Browser library's
        ``statusText``, ``ok``, ``body`` (the JSON, else the text) and
        ``request`` (``method``, ``headers``, ``postData``). Only a summary line
        is logged: headers may hold credentials, and the dictionary prints them
        masked.

        | Click | button#save |
        | ${response}= | Wait For Response | /api/preferences |
        | Should Be Equal As Integers | ${response}[status] | 200 |
        | Should Be Equal | ${response}[json][language] | fi |
        | Wait For Response | regexp=/api/items\\\\?page=\\\\d+ | timeout=5s |
        """
        return self._wait("Wait For Response", RESPONSE, matcher, timeout)

    @concurrent_keyword(returns=dict)
    def wait_for_request(self, matcher: str = "", timeout: timedelta | None = None) -> Step:
        """Waits for a request of the current session whose URL matches ``matcher``; returns it.

        Like `Wait For Response`, for the request the page sent: a request sent
        since the previous keyword of the session began counts, and each one is
        returned once. The dictionary holds ``url``, ``method``, ``headers``,
        ``resource_type`` (``fetch``, ``document``, ``script``...), ``text``
        (the body sent, None without one), ``truncated`` and ``json`` when the
        body is JSON, and the Browser library's ``postData`` (the JSON, else the
        text). ``matcher`` takes the forms of `Wait For Response`; a
        JavaScript predicate gets the request: ``request => request.method() === 'POST'``.

        | Click | button#save |
        | ${request}= | Wait For Request | /api/preferences |
        | Should Be Equal | ${request}[json][language] | fi |
        """
        return self._wait("Wait For Request", REQUEST, matcher, timeout)

    def _wait(self, name: str, kind: str, matcher: str, timeout: timedelta | None) -> Step:
        ms = self.timeout_ms(timeout)
        secrets = self.library.secrets
        mask, shown = secrets.mask_all, secrets.shown

        async def wait(s: SessionHandle) -> DotDict:
            parsed = _parse_waited(name, s, matcher)
            since = s.keyword_started[0]
            try:
                record = await s.traffic.wait_for(kind, parsed, since, ms / 1000)
            except MalformedMatcher as error:
                raise ParallelSessionsError(
                    f"{name} failed in session '{s.session_id}': {error}; a predicate is a "
                    f"JavaScript function such as {kind} => {kind}.url().endsWith('/save').") \
                    from None
            if record is None:
                raise ParallelSessionsError(mask(
                    f"{name} failed in session '{s.session_id}': no {kind} matching "
                    f"'{shown(matcher)}' {'was sent' if kind == REQUEST else 'arrived'} within "
                    f"{describe_seconds(ms / 1000)} since the previous keyword began"
                    f"{_what_did(s, kind, parsed, since)}."))
            describe = describe_request if kind == REQUEST else describe_response
            found = TrafficDict(await describe(record))
            object.__setattr__(found, "secrets", secrets)
            return found

        def outcome(data: DotDict) -> str:
            status = f" {data['status']}" if "status" in data else ""
            size = f", {len(data['text']):,} characters" if data.get("text") else ""
            cut = f", cut at {MAX_BODY_BYTES:,} bytes" if data.get("truncated") else ""
            return f"{data['method']} {shown(data['url'])}{status}{size}{cut}"

        return self.step(f"{name}: {shown(matcher)}", wait, timeout_ms=ms, outcome=outcome)

    @concurrent_keyword(returns=None)
    def add_route(self, matcher: str, action: str = "fulfill", status: int | None = None,
                  body: str | None = None, body_file: str | None = None,
                  content_type: str | None = None,
                  headers: dict[str, str | Secret] | None = None,
                  all_sessions: bool = False, folder: str | None = None,
                  scope: Scope | None = None) -> Step:
        """Answers, blocks or passes on the requests whose URL matches ``matcher``: the current session's, or every session's.

        ``matcher`` is written as for `Wait For Response`. ``action``:
        | ``fulfill`` | answer the request without the server: ``status`` (200 unless given), ``body`` (a text), ``body_file`` (a file's bytes) or ``folder`` (a file of a folder, see below), ``content_type`` and extra response ``headers``. |
        | ``abort``   | fail the request as a network error (the page sees no answer). |
        | ``continue`` | send the request to the server, with ``headers`` added to or replacing its own. |

        A value of ``headers`` may be a ``Secret`` (an API key, say): it is sent
        as its text and masked wherever the library or Robot logs it.

        ``content_type`` defaults to the file type of ``body_file``, to
        ``application/json`` for a ``body`` that is JSON and to ``text/plain``
        for another ``body``. A relative ``body_file`` or ``folder`` is taken
        from the working directory: ``${CURDIR}/...`` is safest. ``body_file``
        is read once, here.

        ``folder`` answers each request with a file of that folder, read when
        the request comes: the matcher must end in ``/**``, and what ``**``
        matches (without the query) is the file's path in the folder. So
        ``https://cdn.example/**`` with ``folder=${CURDIR}/cdn`` answers
        ``https://cdn.example/npm/app.js?v=2`` with ``cdn/npm/app.js``. The
        content type comes from the file's extension, and the answer allows
        every origin (``Access-Control-Allow-Origin: *``, as a CDN's does). A
        file the folder lacks is answered with status 404, and a warning in
        the log names it.

        A route applies to the requests of every page of the session from now
        on, until `Remove Routes`, a reset by `Open Anonymous Session`, or the
        session's close. When several routes match a request, the one added
        last answers it.

        With ``all_sessions=True`` the route applies to every browser session:
        those open now and those opened later (prewarmed ones too, and after a
        reset), until its ``scope`` ends or `Remove Routes` with
        ``all_sessions=True`` removes it. ``scope``, as in the Browser library:
        | ``Test`` (the default) | until the running test ends; added in a suite setup or teardown, until the suite ends. |
        | ``Suite`` | until the running suite ends. |
        | ``Global`` | until the end of the run. |
        Such a route needs no open session (a suite setup can add it before
        any), and the call cannot be a step of `Run In Sessions Concurrently`.
        A ``SYNC`` step's held request is answered by it when let go.

        | Add Route | **/cdn/widget.js | body_file=${CURDIR}/assets/widget.js |
        | Add Route | /api/preferences | status=500 | body={"error": "database down"} |
        | Add Route | /api/** | action=continue | headers={"X-Feature": "beta"} |
        | Add Route | **/analytics/** | action=abort | all_sessions=True |
        | Add Route | https://cdn.jsdelivr.net/** | folder=${CURDIR}/cdn | all_sessions=True | scope=Suite |
        """
        text = summary(action, status, body, body_file, folder)
        description = f"Add Route: {self.library.secrets.shown(matcher)} ({text})"
        remember_secret_headers(headers, self.library.secrets)
        options = {"status": status, "body": body, "body_file": body_file,
                   "content_type": content_type, "folder": folder,
                   "headers": None if headers is None else revealed(headers)}
        if all_sessions:
            return Step.of_every_session(
                "Add Route with all_sessions=True", lambda: self._add_for_every_session(
                    description, matcher, action, options, text, scope))
        if scope is not None:
            raise ParallelSessionsError(
                "Add Route failed: scope applies to a route for every session "
                "(all_sessions=True); a route of one session lasts until Remove Routes, a reset "
                "of the session or its close. Leave scope out, or add all_sessions=True.")
        book = self.manager.routes

        async def add(s: SessionHandle) -> None:
            parsed = _parse("Add Route", s, matcher)
            answer = route_answer(f"Add Route failed in session '{s.session_id}'", parsed, action,
                                  **options)
            record = RouteRecord(parsed, text, s.context, route_url(parsed), None)

            async def handler(route, request) -> None:
                record.used += 1

                def lacking(name: str) -> None:
                    if name not in record.missing:  # each missing file is noted once
                        record.missing.add(name)
                        book.note(missing_file_note(parsed.text, s.session_id, name, request.url))
                try:
                    await answer(route, request, lacking)
                except PlaywrightError:
                    pass  # the page went away while its request was answered

            record.handler = handler
            await s.context.route(record.url, handler)
            s.traffic.routes.append(record)

        return self.step(description, add)

    def _add_for_every_session(self, description: str, matcher: str, action: str,
                               options: dict[str, Any], text: str, scope: Scope | None) -> None:
        """Add Route with all_sessions=True: the sessions open now and those opened later."""
        try:
            parsed = UrlMatcher.parse(matcher)
        except MalformedMatcher as error:
            raise ParallelSessionsError(f"Add Route failed: {error}") from None
        answer = route_answer("Add Route failed", parsed, action, **options)
        tag, until = self._scope(scope or Scope.Test)
        reached = self.runtime.run(self.manager.routes.add(
            SharedRoute(parsed, text, answer, tag, until)))
        logger.info(f"{description} for every session until {until}; open now: "
                    f"{', '.join(reached) or 'no session'}")

    def _scope(self, scope: Scope) -> tuple[str | None, str]:
        """The tag of the test or suite a route of ``scope`` ends with, and its description."""
        if scope is Scope.Global:
            return None, "the end of the run"
        found = self.library.listener.scope_tag("suite" if scope is Scope.Suite else "test")
        if found is None:  # not in a run (the library's listener heard no suite)
            return None, "the end of the run"
        tag, name = found
        return tag, f"the end of {name}"

    def _end_scope(self, tag: str) -> None:
        """A test or suite ended: the routes for every session scoped to it end too."""
        book = self.manager.routes
        try:
            if any(route.scope == tag for route in book.routes):
                ended = self.runtime.run(book.end(tag))
                logger.info(self.library.secrets.mask_all(
                    f"Routes for every session ended: {'; '.join(r.describe() for r in ended)}"))
        except Exception as error:  # a listener must not fail; the next session is fresh
            logger.warn(f"Removing the routes for every session that ended failed: "
                        f"{explain(error)}")
        for note in book.take_notes():
            logger.warn(self.library.secrets.mask_all(note))

    @concurrent_keyword(returns=None)
    def remove_routes(self, matcher: str | None = None, all_sessions: bool = False) -> Step:
        """Removes routes `Add Route` added: the current session's of ``matcher``, or all.

        ``matcher`` is the text given to `Add Route`; the keyword fails when
        there is no route of that matcher (a typo would otherwise leave the
        route in place). With ``all_sessions=True`` the routes added for every
        session go (sessions opened later no longer get them), and so do the
        routes each open browser session has of its own. Routes added
        otherwise (by another library) are left alone. The log tells how many
        requests each route answered.

        | Remove Routes | /api/preferences |
        | Remove Routes | all_sessions=True |
        | Remove Routes | https://cdn.jsdelivr.net/** | all_sessions=True |
        """
        secrets = self.library.secrets
        wanted = None if matcher is None else str(matcher).strip()

        async def remove(s: SessionHandle) -> str:
            chosen = [r for r in s.traffic.routes if wanted is None or r.matcher.text == wanted]
            if wanted is not None and not chosen and not all_sessions:
                known = ", ".join(f"'{r.matcher.text}'" for r in s.traffic.routes) or "none"
                fix = "Give the matcher as Add Route got it, or no matcher to remove them all."
                if any(r.matcher.text == wanted for r in self.manager.routes.routes):
                    fix = f"'{matcher}' is a route for every session: remove it with " \
                          f"all_sessions=True."
                raise ParallelSessionsError(secrets.mask_all(
                    f"Remove Routes failed in session '{s.session_id}': it has no route "
                    f"'{matcher}'; its routes: {known}. {fix}"))
            for record in chosen:
                s.traffic.routes.remove(record)
                await s.context.unroute(record.url, record.handler)
            return "; ".join(_described(r, secrets.shown) for r in chosen) or "no routes"

        description = f"Remove Routes: {secrets.shown(matcher) if matcher is not None else 'all'}"
        outcome = lambda removed: secrets.mask_all(f"removed {removed}")  # noqa: E731
        if not all_sessions:
            return self.step(description, remove, outcome=outcome)
        return Step.of_every_session("Remove Routes with all_sessions=True",
                                     lambda: self._remove_everywhere(description, remove, wanted,
                                                                     matcher, outcome))

    def _remove_everywhere(self, description, remove, wanted, matcher, outcome) -> None:
        """Remove Routes with all_sessions=True: the routes for every session and each one's."""
        secrets = self.library.secrets
        book = self.manager.routes
        shared = self.runtime.run(book.remove(wanted)) if book.routes else []
        handles = [s for s in self.manager.sessions() if s.page is not None and any(
            wanted is None or r.matcher.text == wanted for r in s.traffic.routes)]
        if wanted is not None and not shared and not handles:
            raise ParallelSessionsError(secrets.mask_all(
                f"Remove Routes failed: no route '{matcher}' was added for every session, and "
                f"no open session has one; routes for every session: "
                f"{', '.join(repr(r.matcher.text) for r in book.routes) or 'none'}. Give the "
                f"matcher as Add Route got it, or no matcher to remove them all."))
        if shared:
            logger.info(secrets.mask_all(f"{description}: removed for every session "
                                         f"{'; '.join(r.describe() for r in shared)}"))
        elif not handles:
            logger.info(f"{description}: there were no routes to remove")
        for handle in handles:
            self.act(description, remove, handle=handle, outcome=outcome)
        for note in book.take_notes():
            logger.warn(self.library.secrets.mask_all(note))
        return None


def _parse(name: str, handle: SessionHandle, matcher: str) -> UrlMatcher:
    try:
        return UrlMatcher.parse(matcher)
    except MalformedMatcher as error:
        raise ParallelSessionsError(
            f"{name} failed in session '{handle.session_id}': {error}") from None


def _parse_waited(name: str, handle: SessionHandle, matcher: str) -> UrlMatcher | JsPredicate:
    """A matcher of Wait For Request/Response: also the Browser library's forms."""
    if is_js_predicate(matcher):
        return JsPredicate(str(matcher).strip(), handle.page)
    try:
        return UrlMatcher.parse_waited(matcher)
    except MalformedMatcher as error:
        raise ParallelSessionsError(
            f"{name} failed in session '{handle.session_id}': "
            f"{str(error).replace(MATCHER_FORMS, WAITED_FORMS)}") from None


def _what_did(handle: SessionHandle, kind: str, matcher: UrlMatcher | JsPredicate,
              since: float) -> str:
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


def _described(record: RouteRecord, shown: Callable[[str], str]) -> str:
    missing = f", {len(record.missing)} file(s) missing" if record.missing else ""
    return f"{shown(record.matcher.text)} ({record.summary}, answered {record.used}{missing})"

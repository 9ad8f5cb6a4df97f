"""What a route answers, and the routes for every session (``Add Route    all_sessions=True``).

A route's answer is built once, when the route is added, so that a bad argument
fails there with a sentence: ``fulfill`` with a text, a file or the files of a
folder, ``abort``, or ``continue`` with extra headers. A folder answers with the
file named by what the matcher's final ``/**`` matched (the query left out), its
content type guessed from its extension and ``Access-Control-Allow-Origin: *``
(as a CDN sends: pages load CDN assets with ``crossorigin``); a missing file
answers 404 and is noted.

:class:`SharedRoutes` keeps the routes for every session. Every context a session
gets (opened, reset, or handed out by the prewarm pool) is attached to it before
the session's first request (contexts.open_context) and gets the shared routes
then; a route added later is installed in every attached context at once. A
route ends when it is removed, or when the test or suite it was scoped to ends
(the keyword library tells :meth:`SharedRoutes.end`).

No Robot Framework here: route handlers run on the event loop thread. What they
note (a missing file) is kept for the library to log on Robot's thread
(:meth:`SharedRoutes.take_notes`).
"""

from __future__ import annotations

import asyncio
import json
import mimetypes
import os
import re
import threading
from dataclasses import dataclass, field
from typing import Any, Awaitable, Callable
from urllib.parse import unquote

from playwright.async_api import Error as PlaywrightError

from .errors import ParallelSessionsError
from .traffic import REGEXP_PREFIX, UrlMatcher, glob_to_regex

ACTIONS = ("fulfill", "abort", "continue")
# Adding or removing one route in one context: a context that does not answer is left out.
ROUTE_SECONDS = 5.0
# Content types by extension, so that a page's assets get the same type on every machine
# (mimetypes reads the system's tables, which differ); others are guessed by mimetypes.
WEB_TYPES = {
    ".js": "text/javascript", ".mjs": "text/javascript", ".cjs": "text/javascript",
    ".css": "text/css", ".html": "text/html", ".htm": "text/html",
    ".json": "application/json", ".map": "application/json", ".txt": "text/plain",
    ".svg": "image/svg+xml", ".png": "image/png", ".jpg": "image/jpeg", ".jpeg": "image/jpeg",
    ".gif": "image/gif", ".webp": "image/webp", ".ico": "image/x-icon",
    ".woff": "font/woff", ".woff2": "font/woff2", ".ttf": "font/ttf", ".otf": "font/otf",
    ".wasm": "application/wasm",
}
FOLDER_MATCHERS = "such as https://cdn.example/** or **/static/**"

# A route's answer: (route, request, lacking) answers ``route`` for ``request``; a folder
# calls ``lacking(file name)`` first when it has no such file.
Answer = Callable[[Any, Any, Callable[[str], None]], Awaitable[None]]


def content_type_of(path: str) -> str:
    """The content type of a file served by a route, from its extension."""
    extension = os.path.splitext(path)[1].lower()
    return WEB_TYPES.get(extension) or mimetypes.guess_type(path)[0] or \
        "application/octet-stream"


def route_url(matcher: UrlMatcher) -> Any:
    """What ``context.route`` gets for ``matcher``: a pattern the browser checks itself for a
    glob or URL (only matching requests are paused), a Python check for ``regexp=``."""
    if matcher.text.lower().startswith(REGEXP_PREFIX):
        return lambda url: matcher.matches(url)
    source = matcher.pattern.pattern
    if matcher.path_only:  # compared with the path and query, on any host
        return re.compile(f"^[a-zA-Z][a-zA-Z0-9+.-]*://[^/?#]*(?:{source})$")
    return re.compile(f"^(?:{source})$")


def summary(action: str, status: int | None, body: str | None, body_file: str | None,
            folder: str | None = None) -> str:
    """A route's answer in a few words, for the log."""
    if str(action).strip().lower() != "fulfill":
        return str(action)
    if folder:
        return f"fulfill from folder {folder}"
    served = f" {body_file}" if body_file else f" {len(body)} characters" if body else ""
    return f"fulfill {status or 200}{served}"


def route_answer(where: str, matcher: UrlMatcher, action: str = "fulfill", *,
                 status: int | None = None, body: str | None = None,
                 body_file: str | None = None, content_type: str | None = None,
                 headers: dict[str, str] | None = None, folder: str | None = None) -> Answer:
    """What a route does with a request; bad combinations fail with ``where`` and a sentence."""
    action = str(action).strip().lower()
    if action not in ACTIONS:
        raise ParallelSessionsError(
            f"{where}: unknown action '{action}'; use fulfill (answer the request), abort "
            f"(fail it) or continue (send it to the server).")
    if action != "fulfill":
        return _passing(where, action, status, body, body_file, content_type, headers, folder)
    sources = [name for name, value in (("body", body), ("body_file", body_file),
                                        ("folder", folder)) if value is not None]
    if len(sources) > 1:
        raise ParallelSessionsError(
            f"{where}: give only one of body, body_file and folder (a text, a file, or a folder "
            f"of files to answer with); got {' and '.join(sources)}.")
    if folder is not None:
        given = [name for name, value in (("status", status), ("content_type", content_type))
                 if value is not None]
        if given:
            raise ParallelSessionsError(
                f"{where}: a folder answers each request with its file (status 200, the type "
                f"guessed from the extension) or 404 when it has none, so "
                f"{' and '.join(given)} do not apply; leave them out.")
        return folder_answer(where, matcher, folder, headers)
    if status is not None and not 100 <= status <= 599:
        raise ParallelSessionsError(
            f"{where}: status {status} is not an HTTP status; give one from 100 to 599, such "
            f"as 200 or 500.")
    payload: bytes = b""
    if body_file is not None:
        path = os.path.abspath(os.path.expanduser(str(body_file)))
        if not os.path.isfile(path):
            raise ParallelSessionsError(
                f"{where}: body_file '{path}' does not exist; give the path of the file to "
                f"serve (${{CURDIR}}/... names one next to the suite).")
        with open(path, "rb") as file:
            payload = file.read()
        content_type = content_type or content_type_of(path)
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

    async def fulfill(route, request, lacking) -> None:
        await route.fulfill(status=code, body=payload, content_type=content_type,
                            headers=extra_headers or None)
    return fulfill


def _passing(where: str, action: str, status, body, body_file, content_type, headers,
             folder) -> Answer:
    """``abort`` or ``continue``: they send no response of their own."""
    given = [name for name, value in (("status", status), ("body", body),
                                      ("body_file", body_file), ("content_type", content_type),
                                      ("folder", folder)) if value is not None]
    if action == "abort" and headers:
        given.append("headers")
    if given:
        raise ParallelSessionsError(
            f"{where}: action={action} sends no response of its own, so "
            f"{', '.join(given)} do not apply; leave them out or use action=fulfill.")
    if action == "abort":
        async def abort(route, request, lacking) -> None:
            await route.abort()
        return abort
    extra = {k.lower(): v for k, v in (headers or {}).items()}

    async def carry_on(route, request, lacking) -> None:
        if extra:
            await route.continue_(headers={**request.headers, **extra})
        else:
            await route.continue_()
    return carry_on


def folder_answer(where: str, matcher: UrlMatcher, folder: str,
                  headers: dict[str, str] | None) -> Answer:
    """Answers with the file of ``folder`` that the matcher's final ``/**`` names, or 404."""
    root = os.path.abspath(os.path.expanduser(str(folder)))
    if not os.path.exists(root):
        raise ParallelSessionsError(
            f"{where}: folder '{root}' does not exist; give the folder whose files answer the "
            f"requests (${{CURDIR}}/... names one next to the suite).")
    if not os.path.isdir(root):
        raise ParallelSessionsError(
            f"{where}: folder '{root}' is a file, not a folder; give the folder that holds "
            f"the files, or answer with this one file with body_file.")
    text = matcher.text
    if text.lower().startswith(REGEXP_PREFIX) or not text.endswith("/**"):
        raise ParallelSessionsError(
            f"{where}: a route with a folder needs a matcher ending in /**, {FOLDER_MATCHERS}: "
            f"what ** matches names the file in the folder; got '{text}'.")
    rest = re.compile(glob_to_regex(text[:-2]) + "(.*)", re.DOTALL)
    extra = {"access-control-allow-origin": "*",
             **{str(k).lower(): str(v) for k, v in (headers or {}).items()}}

    async def serve(route, request, lacking) -> None:
        match = rest.fullmatch(matcher.subject(request.url))
        name = unquote(re.split(r"[?#]", match.group(1) if match else "", maxsplit=1)[0])
        found = await asyncio.to_thread(_read_in, root, name)
        if found is None:
            lacking(name or "/")  # noted before the page can see the 404
            await route.fulfill(status=404, body=f"No file '{name}' in the folder {root} of "
                                f"the route {text} (Add Route).",
                                content_type="text/plain; charset=utf-8", headers=extra)
            return
        await route.fulfill(status=200, body=found[1], content_type=content_type_of(found[0]),
                            headers=extra)
    return serve


def _read_in(root: str, name: str) -> tuple[str, bytes] | None:
    """(path, bytes) of file ``name`` in ``root`` (a folder's index.html), or None.

    ``..`` cannot leave the folder; links inside it are followed.
    """
    path = os.path.normpath(os.path.join(root, name.lstrip("/")))
    if path != root and not path.startswith(root.rstrip(os.sep) + os.sep):
        return None
    if os.path.isdir(path):
        path = os.path.join(path, "index.html")
    try:
        with open(path, "rb") as file:
            return path, file.read()
    except OSError:  # missing, a folder, or unreadable
        return None


def missing_file_note(route_text: str, session_id: str, name: str, url: str) -> str:
    """The warning for a request a folder had no file for."""
    return (f"[{session_id}] The route {route_text} has no file '{name}' for {url} and answered "
            f"404; put the file in its folder, or add a route for that URL.")


@dataclass(eq=False)
class SharedRoute:
    """A route for every session: added to each context attached to :class:`SharedRoutes`."""

    matcher: UrlMatcher
    summary: str
    answer: Answer
    scope: str | None = None  # the tag of the test or suite it ends with; None: until removed
    until: str = "it is removed"  # for the log: "the end of test 'Checkout'"
    used: int = 0
    sessions: set[str] = field(default_factory=set)  # the sessions it answered requests of
    missing: set[str] = field(default_factory=set)  # files it had no file for (noted once)
    installed: list[tuple[Any, Callable]] = field(default_factory=list)  # (context, handler)

    def __post_init__(self) -> None:
        self.url = route_url(self.matcher)

    def describe(self) -> str:
        sessions = f" in {len(self.sessions)} session{'s' if len(self.sessions) != 1 else ''}" \
            if self.sessions else ""
        missing = f", {len(self.missing)} file(s) missing" if self.missing else ""
        return f"{self.matcher.text} ({self.summary}, answered {self.used}{sessions}{missing})"


class SharedRoutes:
    """The routes for every session, and the contexts they are installed in; see the module."""

    def __init__(self) -> None:
        self.routes: list[SharedRoute] = []  # oldest first: the one added last answers
        self._contexts: list[tuple[Any, str]] = []  # (context, session id), attached
        self._notes: list[str] = []
        self._lock = threading.Lock()  # _notes is read on Robot's thread

    # -- on the loop -------------------------------------------------------------------

    async def attach(self, context, session_id: str) -> None:
        """A session's new context: it gets every shared route before its first request."""
        self._contexts.append((context, session_id))
        context.on("close", lambda _: self._forget(context))
        for route in list(self.routes):
            try:
                await self._install(route, context, session_id)
            except asyncio.TimeoutError:
                raise ParallelSessionsError(
                    f"Session '{session_id}' could not get the route {route.matcher.text} for "
                    f"every session within {ROUTE_SECONDS:g} seconds: the browser does not "
                    f"answer. Close the sessions (Close All Sessions) so the next one starts a "
                    f"fresh browser.") from None

    async def add(self, route: SharedRoute) -> list[str]:
        """Adds ``route`` for every session; returns the ids of the sessions open now."""
        self.routes.append(route)
        reached = []
        for context, session_id in list(self._contexts):
            try:
                await self._install(route, context, session_id)
                reached.append(session_id)
            except PlaywrightError:  # closed meanwhile (its browser died): gone for good
                self._forget(context)
            except asyncio.TimeoutError:
                pass  # stuck: its session's next keyword says so
        return reached

    def _forget(self, context) -> None:
        """A closed context: no route is installed in it any more."""
        self._contexts = [entry for entry in self._contexts if entry[0] is not context]
        for route in self.routes:
            route.installed = [entry for entry in route.installed if entry[0] is not context]

    async def remove(self, matcher_text: str | None = None) -> list[SharedRoute]:
        """Removes the routes of ``matcher_text`` (all when None) from every context."""
        chosen = [r for r in self.routes if matcher_text is None or r.matcher.text == matcher_text]
        for route in chosen:
            await self._uninstall(route)
        return chosen

    async def end(self, scope: str) -> list[SharedRoute]:
        """Removes the routes scoped to ``scope`` (a test or suite that ends)."""
        chosen = [r for r in self.routes if r.scope == scope]
        for route in chosen:
            await self._uninstall(route)
        return chosen

    async def _install(self, route: SharedRoute, context, session_id: str) -> None:
        if any(known is context for known, _ in route.installed):
            return

        async def handler(playwright_route, request) -> None:
            route.used += 1
            route.sessions.add(session_id)

            def lacking(name: str) -> None:
                if name not in route.missing:  # each missing file is noted once
                    route.missing.add(name)
                    self.note(missing_file_note(route.matcher.text, session_id, name,
                                                request.url))
            try:
                await route.answer(playwright_route, request, lacking)
            except PlaywrightError:
                pass  # the page went away while its request was answered

        route.installed.append((context, handler))
        try:
            await asyncio.wait_for(context.route(route.url, handler), ROUTE_SECONDS)
        except BaseException:
            route.installed = [entry for entry in route.installed if entry[1] is not handler]
            raise

    async def _uninstall(self, route: SharedRoute) -> None:
        if route in self.routes:
            self.routes.remove(route)
        installed, route.installed = route.installed, []
        for context, handler in installed:
            try:
                await asyncio.wait_for(context.unroute(route.url, handler), ROUTE_SECONDS)
            except (PlaywrightError, asyncio.TimeoutError):
                pass  # the context closed with its session, or is stuck: nothing to undo

    # -- any thread --------------------------------------------------------------------

    def note(self, text: str) -> None:
        with self._lock:
            self._notes.append(text)

    def take_notes(self) -> list[str]:
        """What routes noted (missing files) since the last call, to log."""
        with self._lock:
            notes, self._notes = self._notes, []
        return notes

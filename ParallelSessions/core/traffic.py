"""Every request and response of a session, kept so a keyword can look back at them.

A session's context is watched from the moment it opens: each request, response
and failed request is noted with its time (``time.monotonic``), the last
``MAX_RECORDS`` of each kind kept. `Wait For Response` and `Wait For Request`
look at what arrived since the previous keyword of the session began, then wait
for more. Bodies are not read here: only the one response a keyword returns is
read, and only up to ``MAX_BODY_BYTES``.

No Robot Framework here: the event handlers run on the event loop thread.
"""

from __future__ import annotations

import asyncio
import json
import re
import time
from collections import deque
from dataclasses import dataclass, field
from typing import Any, Callable
from urllib.parse import urlsplit

from playwright.async_api import Error as PlaywrightError

MAX_RECORDS = 500
MAX_BODY_BYTES = 1_000_000
REQUEST = "request"
RESPONSE = "response"
REGEXP_PREFIX = "regexp="
MATCHER_FORMS = ("give a full URL such as http://host/path, a path starting with / such as "
                 "/api/items, a glob such as **/api/* or regexp=<pattern>")
WAITED_FORMS = (MATCHER_FORMS[:-len(" or regexp=<pattern>")] + ", a regular expression such as "
                "/items\\?page=\\d+/i, or a JavaScript predicate such as response => "
                "response.status() === 200")


class MalformedMatcher(ValueError):
    """A matcher that is no URL, path, glob or regular expression; the text says why."""


# The Browser library's regular expression: JavaScript's /pattern/flags.
JS_REGEXP = re.compile(r"^/(?P<pattern>.*)/(?P<flags>[gimsuy]+)?$", re.DOTALL)
JS_FLAGS = {"i": re.IGNORECASE, "m": re.MULTILINE, "s": re.DOTALL}


def js_regexp(text: str) -> re.Pattern | None:
    """``/pattern/flags`` as a Python regular expression (``i``, ``m`` and ``s`` kept; ``g``,
    ``u`` and ``y`` mean nothing for one match), or None when ``text`` is not in that form.
    Raises MalformedMatcher when the pattern is no regular expression."""
    found = JS_REGEXP.match(text)
    if found is None or not found.group("pattern"):
        return None
    flags = 0
    for flag in found.group("flags") or "":
        flags |= JS_FLAGS.get(flag, 0)
    try:
        return re.compile(found.group("pattern"), flags)
    except re.error as error:
        raise MalformedMatcher(f"'{text}' is not a regular expression ({error}); escape special "
                               f"characters with a backslash") from None


@dataclass(frozen=True)
class UrlMatcher:
    """Which URLs a keyword means: an exact URL, a path, a glob or ``regexp=``.

    ``*`` in a glob stands for any characters but ``/``, ``**`` for any
    characters. A matcher starting with ``/`` is compared with the path and
    query of the URL (whatever its host); any other is compared with the whole
    URL. ``regexp=`` patterns are searched for anywhere in the whole URL.
    """

    text: str
    pattern: re.Pattern
    path_only: bool
    search: bool = False  # the pattern is searched for in the whole URL (a regular expression)

    @classmethod
    def parse_waited(cls, text: str) -> "UrlMatcher":
        """A matcher of `Wait For Request`/`Wait For Response`: besides ``parse``'s forms, the
        Browser library's: empty for any URL, ``/pattern/flags`` for a regular expression."""
        text = str(text).strip()
        if not text:
            return cls("", re.compile(""), False, search=True)
        pattern = js_regexp(text)
        if pattern is not None:
            return cls(text, pattern, False, search=True)
        return cls.parse(text)

    @classmethod
    def parse(cls, text: str) -> "UrlMatcher":
        text = str(text).strip()
        if not text:
            raise MalformedMatcher(f"the matcher is empty; {MATCHER_FORMS}.")
        if text.lower().startswith(REGEXP_PREFIX):
            source = text[len(REGEXP_PREFIX):]
            if not source:
                raise MalformedMatcher(f"the matcher '{text}' has no pattern after regexp=; "
                                       f"{MATCHER_FORMS}.")
            try:
                return cls(text, re.compile(source), False)
            except re.error as error:
                raise MalformedMatcher(f"the matcher '{text}' is not a regular expression "
                                       f"({error}); {MATCHER_FORMS}.") from None
        if not (text.startswith(("/", "*")) or "://" in text):
            raise MalformedMatcher(f"the matcher '{text}' is malformed; {MATCHER_FORMS}.")
        return cls(text, re.compile(glob_to_regex(text)), text.startswith("/"))

    async def accepts(self, record: "TrafficRecord") -> bool:
        return self.matches(record.url)

    def matches(self, url: str) -> bool:
        if self.search or self.text.lower().startswith(REGEXP_PREFIX):
            return self.pattern.search(url) is not None
        return self.pattern.fullmatch(self.subject(url)) is not None

    def subject(self, url: str) -> str:
        """The part of ``url`` a glob is compared with: all of it, or its path and query."""
        if not self.path_only:
            return url
        parts = urlsplit(url)
        return parts.path + (f"?{parts.query}" if parts.query else "")


# The Browser library's test for a JavaScript function given as a matcher.
JS_FUNCTION = re.compile(r"^function.*{.*}$|([a-zA-Z]\w*|\([a-zA-Z]\w*(,\s*[a-zA-Z]\w*)*\)) =>",
                         re.DOTALL)
# A Playwright Request or Response for a predicate, rebuilt in the page from what Python read.
SHIM = """d => {
  const asRequest = r => ({url: () => r.url, method: () => r.method, headers: () => r.headers,
    postData: () => r.postData, postDataJSON: () => JSON.parse(r.postData),
    resourceType: () => r.resourceType});
  const subject = d.request ? {url: () => d.url, status: () => d.status,
    statusText: () => d.statusText, ok: () => d.ok, headers: () => d.headers,
    request: () => asRequest(d.request)} : asRequest(d);
  return !!((PREDICATE)(subject));
}"""


def is_js_predicate(text: str) -> bool:
    """Browser's test (JS_FUNCTION), in time linear in the text: searched whole, a long URL
    of letters costs quadratic time (60,000 characters stalled the event loop)."""
    stripped = str(text).strip()
    if stripped.startswith("function") and stripped.endswith("}"):
        return JS_FUNCTION.match(stripped) is not None
    arrow = stripped.find(" =>")
    if arrow < 0:
        return False
    return JS_FUNCTION.search(stripped[max(0, arrow - 200):arrow + 3]) is not None


@dataclass(eq=False)
class JsPredicate:
    """A JavaScript function given a request or response (``url()``, ``method()``,
    ``status()``, ``headers()``, ``request()`` ...) and returning whether it is the one;
    run in ``page``. One that cannot run (not JavaScript, a typo) raises MalformedMatcher."""

    text: str
    page: Any

    def matches(self, url: str) -> bool:
        return False  # a URL alone cannot tell

    async def accepts(self, record: TrafficRecord) -> bool:
        message = record.source
        request = message.request if record.kind == RESPONSE else message
        data = {"url": request.url, "method": request.method, "headers": request.headers,
                "postData": request.post_data, "resourceType": request.resource_type}
        if record.kind == RESPONSE:
            data = {"url": message.url, "status": message.status, "ok": message.ok,
                    "statusText": message.status_text, "headers": message.headers,
                    "request": data}
        for _ in range(3):  # a navigation may destroy the page's context meanwhile
            try:
                return await self.page.evaluate(SHIM.replace("PREDICATE", self.text), data)
            except PlaywrightError as error:
                if "context was destroyed" not in str(error) and "navigat" not in str(error):
                    said = str(error).splitlines()[0].removeprefix("Page.evaluate: ")
                    raise MalformedMatcher(f"the JavaScript predicate '{self.text}' failed: "
                                           f"{said}") from None
                await asyncio.sleep(0.1)
        return False


def glob_to_regex(glob: str) -> str:
    """A matcher's glob as a regular expression: ``*`` is anything but ``/``, ``**`` anything."""
    out = []
    for token in re.split(r"(\*\*|\*)", glob):
        out.append(".*" if token == "**" else "[^/]*" if token == "*" else re.escape(token))
    return "".join(out)


@dataclass(eq=False)
class TrafficRecord:
    """One request or response the session's pages made or got."""

    kind: str
    url: str
    method: str
    source: Any = field(repr=False)  # the Playwright Request or Response
    status: int | None = None
    failure: str | None = None
    seen_at: float = field(default_factory=time.monotonic)
    # Returned by a Wait For Request/Response already: not returned again.
    taken: bool = False

    def describe(self) -> str:
        status = f" {self.status}" if self.status is not None else ""
        failed = f" failed: {self.failure}" if self.failure else ""
        return f"{self.method} {self.url}{status}{failed}"


@dataclass(eq=False)
class RouteRecord:
    """A route this library added to a session's context."""

    matcher: UrlMatcher
    summary: str
    context: Any
    url: Callable[[str], bool]
    handler: Callable[..., Any]
    used: int = 0
    missing: set[str] = field(default_factory=set)  # files its folder lacked (noted once)


class TrafficLog:
    """The last MAX_RECORDS requests, responses and failed requests of one session."""

    def __init__(self, limit: int = MAX_RECORDS):
        self.requests: deque[TrafficRecord] = deque(maxlen=limit)
        self.responses: deque[TrafficRecord] = deque(maxlen=limit)
        self.failures: deque[TrafficRecord] = deque(maxlen=limit)
        self.context: Any = None
        # The routes this library added to ``context`` (Add Route), oldest first.
        self.routes: list[RouteRecord] = []
        self._waiters: list[asyncio.Future] = []

    def watch(self, page) -> None:
        """Notes every request and response of ``page``'s context from now on.

        Called for every page a session gets: a context is watched once, so the
        pages it opens later are covered too. A new context (Reset Session)
        starts with none of the old one's routes.
        """
        context = page.context
        if self.context is context:
            return
        self.context = context
        self.routes = [r for r in self.routes if r.context is context]

        def request(req) -> None:
            self.add(self.requests, TrafficRecord(REQUEST, req.url, req.method, req))

        def response(resp) -> None:
            self.add(self.responses, TrafficRecord(RESPONSE, resp.url, resp.request.method,
                                                   resp, status=resp.status))

        def failed(req) -> None:
            self.add(self.failures, TrafficRecord(REQUEST, req.url, req.method, req,
                                                  failure=req.failure or "failed"))

        context.on("request", request)
        context.on("response", response)
        context.on("requestfailed", failed)

    def _records(self, kind: str) -> deque[TrafficRecord]:
        return self.requests if kind == REQUEST else self.responses

    def add(self, records: deque[TrafficRecord], record: TrafficRecord) -> None:
        records.append(record)
        for waiter in self._waiters:
            if not waiter.done():
                waiter.set_result(None)

    def since(self, kind: str, since: float) -> list[TrafficRecord]:
        records = self.failures if kind == "failure" else self._records(kind)
        return [r for r in list(records) if r.seen_at >= since]

    def first(self, kind: str, matcher: UrlMatcher, since: float) -> TrafficRecord | None:
        for record in self.since(kind, since):
            if not record.taken and matcher.matches(record.url):
                return record
        return None

    async def wait_for(self, kind: str, matcher: UrlMatcher | JsPredicate, since: float,
                       seconds: float) -> TrafficRecord | None:
        """The first record matching since ``since`` not returned before, waiting for it."""
        deadline = time.monotonic() + seconds
        checked: set[TrafficRecord] = set()
        while True:
            for record in self.since(kind, since):
                if record.taken or record in checked:
                    continue
                checked.add(record)
                if await matcher.accepts(record):
                    record.taken = True
                    return record
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                return None
            waiter = asyncio.get_running_loop().create_future()
            self._waiters.append(waiter)
            try:
                await asyncio.wait({waiter}, timeout=remaining)
            finally:
                self._waiters.remove(waiter)


def _decoded(body: bytes | None, content_type: str | None) -> tuple[str | None, bool]:
    """A body as text (at most MAX_BODY_BYTES of it) and whether it was cut."""
    if body is None:
        return None, False
    cut = len(body) > MAX_BODY_BYTES
    body = body[:MAX_BODY_BYTES]
    charset = "utf-8"
    match = re.search(r"charset=([\w-]+)", content_type or "", re.I)
    if match:
        charset = match.group(1)
    try:
        return body.decode(charset, "replace"), cut
    except LookupError:
        return body.decode("utf-8", "replace"), cut


def _with_body(data: dict[str, Any], text: str | None, cut: bool) -> dict[str, Any]:
    data["text"] = text
    if text is not None and not cut:
        try:
            data["json"] = json.loads(text)
        except ValueError:
            pass
    data["truncated"] = cut
    return data


async def _all_headers(message) -> dict[str, str]:
    """A request's or response's headers, all of them when the browser still has them."""
    try:
        return await message.all_headers()
    except PlaywrightError:
        return dict(message.headers)


async def describe_request(record: TrafficRecord) -> dict[str, Any]:
    """What `Wait For Request` returns: url, method, headers, text and json of the body sent."""
    request = record.source
    headers = await _all_headers(request)
    text, cut = _decoded(request.post_data_buffer, headers.get("content-type"))
    data = _with_body({"url": request.url, "method": request.method, "headers": headers,
                       "resource_type": request.resource_type}, text, cut)
    data["postData"] = data.get("json", text)  # the Browser library's name for the body
    return data


async def describe_response(record: TrafficRecord) -> dict[str, Any]:
    """What `Wait For Response` returns: url, method, status, headers, text and json."""
    response = record.source
    headers = await _all_headers(response)
    try:
        body = await response.body()
    except PlaywrightError:  # a redirect, or a body the browser no longer has
        body = None
    text, cut = _decoded(body, headers.get("content-type"))
    data = _with_body({"url": response.url, "method": response.request.method,
                       "status": response.status, "status_text": response.status_text,
                       "headers": headers}, text, cut)
    # The Browser library's names: statusText, ok, body (JSON parsed), request.
    request = response.request
    sent, _ = _decoded(request.post_data_buffer, request.headers.get("content-type"))
    data.update(statusText=response.status_text, ok=response.ok, body=data.get("json", text),
                request={"method": request.method, "headers": dict(request.headers),
                         "postData": sent})
    return data

"""Robot library of keyword_cost.robot: a keyword vs its raw Playwright call.

``Compare Keyword`` runs a ParallelSessions keyword and the raw Playwright call it
stands for, alternately (keyword, raw, raw, keyword ...), in the current session.
The raw call runs as a coroutine on the library's own event-loop thread
(``runtime.run``), the way the keyword's work runs, so the difference is the
library's and Robot Framework's own cost. It also counts the messages each sends
to the Playwright driver (browser round trips), by wrapping Playwright's
internal ``Connection.send_message_to_server`` (a benchmark may lean on that;
the library never does).
"""

from __future__ import annotations

import json
import statistics
import time

from playwright._impl import connection
from robot.libraries.BuiltIn import BuiltIn

# The raw Playwright call each measured keyword stands for (page -> awaitable).
RAW = {
    "No Operation": lambda page: _value(None),  # Robot Framework's own cost of a keyword
    "Get Url": lambda page: _value(page.url),
    "Get Text": lambda page: page.locator("h1").text_content(),
    "Fill Text": lambda page: page.locator("#username").fill("someone"),
    "Fill Secret": lambda page: page.locator("#password").fill("s3cret"),
    "Click": lambda page: page.locator("#username").click(),
    "Go To": lambda page: page.goto("/account/login"),
    "Wait For Url": lambda page: page.wait_for_url("**/account/login"),
}
ARGS = {
    "No Operation": (), "Get Url": (), "Get Text": ("h1",), "Fill Text": ("id=username", "someone"),
    "Fill Secret": ("id=password", "s3cret"), "Click": ("id=username",),
    "Go To": ("/account/login",), "Wait For Url": ("**/account/login",),
}


async def _value(value):
    return value


class KeywordCostLibrary:
    ROBOT_LIBRARY_SCOPE = "GLOBAL"

    def __init__(self):
        self.rows = []
        self._sent = None
        original = connection.Connection.send_message_to_server
        owner = self

        def counting(conn, obj, method, params, options):
            if owner._sent is not None and method != "__waitInfo__":
                owner._sent.append(f"{obj._type}.{method}")
            return original(conn, obj, method, params, options)

        connection.Connection.send_message_to_server = counting

    def compare_keyword(self, name: str, times: int = 30):
        """Times ``name`` and its raw call ``times`` times each, alternately."""
        builtin = BuiltIn()
        library = builtin.get_library_instance("ParallelSessions")
        runtime = library.runtime

        def page():
            return runtime.manager.require_session(library.session_focus.current).page

        def keyword():
            start = time.perf_counter()
            builtin.run_keyword(name, *ARGS[name])
            return (time.perf_counter() - start) * 1000

        def raw():
            start = time.perf_counter()
            runtime.run(RAW[name](page()))
            return (time.perf_counter() - start) * 1000

        kw_sent, raw_sent = self._count(keyword), self._count(raw)
        kw_ms, raw_ms = [], []
        for i in range(int(times)):
            first, second = (keyword, raw) if i % 2 == 0 else (raw, keyword)
            for run in (first, second):
                (kw_ms if run is keyword else raw_ms).append(run())
        self.rows.append({"keyword": name, "keyword_ms": statistics.median(kw_ms),
                          "raw_ms": statistics.median(raw_ms), "keyword_sent": kw_sent,
                          "raw_sent": raw_sent})

    def _count(self, run) -> list[str]:
        self._sent = []
        try:
            run()
            return self._sent
        finally:
            self._sent = None

    def save_rows(self, path: str):
        with open(path, "w") as file:
            json.dump(self.rows, file)

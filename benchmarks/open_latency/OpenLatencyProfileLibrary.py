"""Test library of open_latency_profile.robot: times the parts of each `Open Session`.

Importing it wraps ``BrowserRuntime.run_with_browser`` (Robot's thread hands the
operation to the event-loop thread and waits) and ``ParallelSessionManager.create_session``
(the work, on the loop) with perf_counter. Used by run_profile.py only.
"""
import time
from ParallelSessions.core.manager import ParallelSessionManager
from ParallelSessions.browser.runtime import BrowserRuntime

RECORDS = []
_create = ParallelSessionManager.create_session
_run = BrowserRuntime.run_with_browser


async def create_session(self, *args, **kwargs):
    start = time.perf_counter()
    try:
        return await _create(self, *args, **kwargs)
    finally:
        RECORDS[-1]["loop"] = (time.perf_counter() - start) * 1000


def run_with_browser(self, operation):
    RECORDS.append({})
    start = time.perf_counter()
    try:
        return _run(self, operation)
    finally:
        RECORDS[-1]["run"] = (time.perf_counter() - start) * 1000


ParallelSessionManager.create_session = create_session
BrowserRuntime.run_with_browser = run_with_browser


class OpenLatencyProfileLibrary:
    def reset_profile(self):
        RECORDS.clear()

    def profile_records(self):
        return [r for r in RECORDS if "loop" in r]

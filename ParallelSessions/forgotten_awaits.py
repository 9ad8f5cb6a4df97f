"""Finds calls on the library's objects that a test forgot to await.

``admin_session.page.goto("/")`` without ``await`` makes a coroutine that never
runs: Python only warns "coroutine 'Page.goto' was never awaited" when the
coroutine is garbage collected, which pytest shows in its warnings summary of a
passing test (and ``-W error`` cannot turn into a failure reliably: raised in a
finalizer, it becomes an "unraisable exception"). :class:`AwaitCheck` records
those warnings while a test phase runs, collects garbage at its end so that
coroutines kept in reference cycles are finalized too, and names each call on
Playwright's or ParallelSessions' objects (manager, sessions, pages, contexts,
locators, ``expect`` assertions) in a sentence. Every other warning goes on to
pytest unchanged.

No pytest imports: the plugin decides what a found call does to the test.
"""

from __future__ import annotations

import gc
import linecache
import os
import re
import sys
import warnings
from pathlib import Path
from types import CoroutineType

import playwright

NEVER_AWAITED = r"coroutine '.*' was never awaited"
LIBRARY_FOLDERS = tuple(str(Path(file).resolve().parent) + os.sep
                        for file in (playwright.__file__, __file__))


class AwaitCheck:
    """Context manager around one test phase; ``forgotten`` lists its never-awaited calls.

    ``root`` is the folder locations are shown relative to (pytest's rootdir).
    At its end it collects garbage up to ``generation`` (2: all; a full
    collection costs tens of milliseconds, the young generations next to nothing).
    While it runs, every coroutine records the line that created it
    (``sys.set_coroutine_origin_tracking_depth``), so a sentence can name the
    call even when the coroutine is finalized later, elsewhere.
    """

    def __init__(self, root: str | os.PathLike, generation: int = 2):
        self.root = Path(root)
        self.generation = generation
        self.forgotten: list[str] = []
        self._warnings: warnings.catch_warnings | None = None
        self._caught: list[warnings.WarningMessage] = []
        self._depth = 0

    def __enter__(self) -> "AwaitCheck":
        self._depth = sys.get_coroutine_origin_tracking_depth()
        sys.set_coroutine_origin_tracking_depth(max(self._depth, 1))
        self._warnings = warnings.catch_warnings(record=True)
        self._caught = self._warnings.__enter__()
        # Recorded whatever the user's filters say ("error" would make it unraisable,
        # "ignore" would hide it); the other coroutines' warnings are re-issued below,
        # under those filters.
        warnings.filterwarnings("always", message=NEVER_AWAITED, category=RuntimeWarning)
        return self

    def __exit__(self, *exc_info) -> None:
        try:
            gc.collect(self.generation)
        finally:
            self._warnings.__exit__(*exc_info)
            sys.set_coroutine_origin_tracking_depth(self._depth)
        caught, self._caught = self._caught, []
        for warning in caught:
            if _is_library_coroutine(warning.source) and \
                    re.match(NEVER_AWAITED, str(warning.message)):
                self.forgotten.append(self.describe(warning.source))
            else:
                warnings.warn_explicit(warning.message, warning.category, warning.filename,
                                       warning.lineno, source=warning.source)

    def describe(self, coroutine: CoroutineType) -> str:
        """``Page.goto() was called without await at test_x.py:7 (source line), so ...``."""
        where = ""
        origin = getattr(coroutine, "cr_origin", None)
        if origin:
            filename, lineno, _ = origin[0]
            line = linecache.getline(filename, lineno).strip()
            where = f" at {self._shown(filename)}:{lineno}" + (f" ({line})" if line else "")
        return (f"{coroutine.__qualname__}() was called without await{where}, so it never ran: "
                f"write await before the call.")

    def _shown(self, filename: str) -> str:
        path = Path(filename)
        try:
            return str(path.resolve().relative_to(self.root.resolve()))
        except ValueError:
            return filename


def _is_library_coroutine(source: object) -> bool:
    code = getattr(source, "cr_code", None)
    return code is not None and str(Path(code.co_filename).resolve()).startswith(LIBRARY_FOLDERS)

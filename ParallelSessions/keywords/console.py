"""The console: what the current page printed and the errors it threw, as the Browser library
returns them, checked with its assertion operators."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from assertionengine import AssertionOperator, verify_assertion

from ..concurrency.step import Step
from ..core.errors import ParallelSessionsError
from ..rf.component import LibraryComponent, concurrent_keyword


def _checked_last(last: int | timedelta | None) -> int | timedelta | None:
    if isinstance(last, int) and last < 0:
        raise ParallelSessionsError(
            f"Invalid last '{last}': give a number of entries (0 or more) or a time such as "
            f"10s for the entries of the last 10 seconds.")
    return last


class ConsoleKeywords(LibraryComponent):

    @concurrent_keyword(returns=list)
    def get_console_log(self, assertion_operator: AssertionOperator | None = None,
                        assertion_expected: Any | None = None, message: str | None = None, *,
                        full: bool = False, last: int | timedelta | None = None) -> Step:
        """Returns what the current page printed to its console since the previous call.

        Each entry is a dictionary: ``type`` (``log``, ``error``, ``warning``...),
        ``text``, ``location`` (``url``, ``lineNumber``, ``columnNumber``) and ``time``
        (ISO 8601). ``full=True`` returns every entry kept (the last 1000), not only
        the new ones; ``last`` keeps the last n entries, or those of a last period
        (``10s``). With an assertion operator the list is checked once, without
        retrying, as in the Browser library.

        | Click | button#save |
        | ${log}= | Get Console Log |
        | Should Be Equal | ${log}[0][text] | saved |
        | Get Console Log | == | ${{[]}} | # nothing new |
        """
        last = _checked_last(last)

        async def read(s):
            return s.console.console_of(s.page).take(full, last)

        return self._reading("Get Console Log", read, "entries",
                             assertion_operator, assertion_expected, message)

    @concurrent_keyword(returns=list)
    def get_page_errors(self, assertion_operator: AssertionOperator | None = None,
                        assertion_expected: Any | None = None, message: str | None = None, *,
                        full: bool = False, last: int | timedelta | None = None) -> Step:
        """Returns the errors the current page threw and did not catch since the previous call.

        Each entry is a dictionary: ``name`` (``TypeError``...), ``message``, ``stack``
        and ``time`` (ISO 8601). ``full`` and ``last`` as in `Get Console Log`; an
        assertion is checked once, without retrying, as in the Browser library.

        | Click | button.broken |
        | ${errors}= | Get Page Errors |
        | Should Be Equal | ${errors}[0][name] | TypeError |
        | Get Page Errors | == | ${{[]}} | # nothing new |
        """
        last = _checked_last(last)

        async def read(s):
            return s.console.errors_of(s.page).take(full, last)

        return self._reading("Get Page Errors", read, "errors",
                             assertion_operator, assertion_expected, message)

    def _reading(self, keyword: str, read, noun: str, operator: AssertionOperator | None,
                 expected: Any, message: str | None) -> Step:
        """The step of a getter: logs how many ``noun`` it read, or checks them once."""
        if operator is None:
            return self.step(keyword, read, outcome=lambda entries: f"{len(entries)} {noun}")
        name = keyword.removeprefix("Get ")

        async def read_and_check(s):
            return verify_assertion(await read(s), operator, expected, name, message)
        return self.step(keyword, read_and_check)

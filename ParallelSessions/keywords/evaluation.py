"""Keywords that run JavaScript in the current session's page."""

from __future__ import annotations

import re
from datetime import datetime, timedelta
from typing import Any

from robot.api.types import Secret

from ..concurrency.step import Step
from ..core.errors import ParallelSessionsError
from ..core.selectors import evaluate_on, locate
from ..rf.component import LibraryComponent, concurrent_keyword


class JavaScriptArgumentError(ParallelSessionsError):
    """`Evaluate JavaScript` was called without JavaScript to run, or with an ``arg`` that
    cannot be passed to the page."""


# What Playwright can hand to a page as (part of) ``arg``; lists and dictionaries of them too.
_PASSABLE = (str, int, float, bool, type(None), datetime, re.Pattern)


class EvaluationKeywords(LibraryComponent):

    @concurrent_keyword("Evaluate JavaScript", returns=Any)
    def evaluate_javascript(self, selector: str | None = None, *function: str, arg: Any = None,
                            all_elements: bool = False,
                            timeout: timedelta | None = None) -> Step:
        """Runs JavaScript in the current page, on the element ``selector`` if given; returns its result.

        ``selector`` comes first: ``${None}`` or an empty string runs ``function``
        on the page; a selector hands the element it finds to ``function`` as its
        first argument, or with ``all_elements=True`` the list of every element it
        finds (possibly empty). The ``function`` lines are joined with newlines, so
        a long function can be written over several ``...`` lines. ``arg`` is the
        function's next argument (its first without a selector): a JSON-like value,
        a list or a dictionary; a Robot Framework ``Secret`` in it is passed as its
        text and masked in the log like every secret (see `Secrets`).

        The result comes back as JSON: numbers, strings, booleans, lists and
        dictionaries; ``undefined`` and ``null`` are both ``None``. A promise is
        awaited, and the whole keyword is bounded by ``timeout``. The script never
        appears in the log. With a selector and ``all_elements=False`` the keyword
        uses strict mode: a selector that matches several elements is an error,
        unless strict mode is off.

        | ${n}= | Evaluate JavaScript | ${None} | document.querySelectorAll('li').length |
        | ${v}= | Evaluate JavaScript | ${None} | (key) => localStorage.getItem(key) | arg=portal.user |
        | ${focused}= | Evaluate JavaScript | id=search | (element) => document.activeElement === element |
        | ${texts}= | Evaluate JavaScript | li | (items, suffix) => items.map(i => i.textContent + suffix) |
        | ...       | arg=! | all_elements=True |
        | ${sum}= | Evaluate JavaScript | ${None} | (n) => { | arg=${41} |
        | ...     | const next = n + 1 |
        | ...     | return next | }
        """
        script = "\n".join(str(line) for line in function)
        on_page = selector is None or not str(selector).strip()
        if not script.strip():
            raise JavaScriptArgumentError(self._no_function(selector, on_page))
        ms = self.timeout_ms(timeout)
        value = self._revealed(arg)
        if on_page:
            return self.step("Evaluate JavaScript", lambda s: s.page.evaluate(script, value),
                             timeout_ms=ms)
        if all_elements:
            # Every match, none included: strict mode does not apply, and nothing is waited for.
            return self.step(f"Evaluate JavaScript on all '{selector}'",
                             lambda s: locate(s.page, selector).evaluate_all(script, value),
                             timeout_ms=ms, selector=selector)
        if self.strict:
            def run(s):
                return evaluate_on(s.page, selector, script, value, timeout=ms)
        else:
            def run(s):
                return locate(s.page, selector, strict=False).evaluate(script, value, timeout=ms)
        return self.step(f"Evaluate JavaScript on '{selector}'", run, timeout_ms=ms,
                         selector=selector)

    @staticmethod
    def _no_function(selector: str | None, on_page: bool) -> str:
        if on_page:
            return ("Evaluate JavaScript got no JavaScript: give the function after the "
                    "selector, for example: Evaluate JavaScript    ${None}    document.title")
        return (f"Evaluate JavaScript got the selector '{selector}' but no JavaScript: the "
                f"selector comes first and the function after it, for example: Evaluate "
                f"JavaScript    {selector}    (element) => element.textContent; to run "
                f"'{selector}' on the page, give ${{None}} as the selector: Evaluate "
                f"JavaScript    ${{None}}    {selector}")

    def _revealed(self, value: Any) -> Any:
        """``arg`` with each Secret in it (also in lists and dictionaries) as its text, noted as a secret."""
        if isinstance(value, Secret):
            self.library.secrets.add(value.value)
            return value.value
        if isinstance(value, (list, tuple)):
            return [self._revealed(item) for item in value]
        if isinstance(value, dict):
            for key in value:
                if not isinstance(key, str):
                    raise JavaScriptArgumentError(
                        f"Invalid arg: a dictionary key of type {type(key).__name__} cannot be "
                        f"passed to JavaScript; dictionary keys must be texts.")
            return {key: self._revealed(item) for key, item in value.items()}
        if not isinstance(value, _PASSABLE):
            raise JavaScriptArgumentError(
                f"Invalid arg: a value of type {type(value).__name__} cannot be passed to "
                f"JavaScript; give a text, a number, True/False, None, a date, or a list or "
                f"dictionary of those.")
        return value

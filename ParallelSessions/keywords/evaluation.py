"""Keywords that run JavaScript in the current session's page.
"""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from ..concurrency.step import Step
from ..rf.component import LibraryComponent, concurrent_keyword


class EvaluationKeywords(LibraryComponent):

    @concurrent_keyword("Evaluate JavaScript", returns=Any)
    def evaluate_javascript(self, expression: str, argument: Any = None, *,
                            timeout: timedelta | None = None) -> Step:
        """Evaluates ``expression`` in the current page and returns the result.

        ``expression`` is a JavaScript expression or function; ``argument`` is
        passed to a function. A promise is awaited, up to ``timeout``.

        | ${n}= | Evaluate JavaScript | document.querySelectorAll('li').length |
        | ${v}= | Evaluate JavaScript | (key) => localStorage.getItem(key) | portal.user |
        """
        return self.step("Evaluate JavaScript", lambda s: s.page.evaluate(expression, argument),
                        timeout_ms=self.timeout_ms(timeout))

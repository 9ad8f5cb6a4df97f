"""What an element is made of and how it looks: `Get Page Source`, `Get Attribute Names`,
`Get Classes`, `Get Style` and `Add Style Tag`, as in the Browser library.
"""

from __future__ import annotations

import re
from datetime import timedelta
from typing import Any

from assertionengine import (AssertionOperator, dict_verify_assertion, list_verify_assertion,
                             verify_assertion)
from robot.utils import DotDict

from ..concurrency.step import Step
from ..core.selectors import evaluate_on
from ..rf.component import LibraryComponent, concurrent_keyword
from .highlight import OVERLAY_TAG

# The computed style of an element (or of its pseudo element): one property, or all of them.
_STYLE = """(el, o) => {
    const style = window.getComputedStyle(el, o.pseudo);
    return o.key ? style.getPropertyValue(o.key)
        : Object.fromEntries(Array.from(style).map(name => [name, style.getPropertyValue(name)]));
}"""
# Playwright marks an element it acts on with this attribute for a moment; it is not the page's.
_ATTRIBUTE_NAMES = "el => el.getAttributeNames().filter(name => name !== '__playwright_target__')"
# What Highlight Elements draws (its own border, Playwright's x-pw-glass) is not the page's.
_OVERLAY = re.compile(f"<({OVERLAY_TAG}|x-pw-glass)[^>]*></({OVERLAY_TAG}|x-pw-glass)>")


class MarkupKeywords(LibraryComponent):

    @concurrent_keyword(returns=Any)
    def get_page_source(self, assertion_operator: AssertionOperator | None = None,
                        assertion_expected: Any = None, message: str | None = None, *,
                        timeout: timedelta | None = None) -> Step:
        """Returns the HTML of the current session's page, or checks it with an assertion operator.

        It is the page as it is now (scripts may have changed it since it loaded),
        without what `Highlight Elements` draws. For one element's HTML use `Get
        Property` with ``outerHTML`` or ``innerHTML``.

        | ${html}= | Get Page Source |
        | Get Page Source | contains | <title>Elements lab</title> |
        | Get Page Source | not contains | error-banner |
        """
        ms = self.timeout_ms(timeout)

        async def source(s, remaining):
            return _OVERLAY.sub("", await s.page.content())

        return self.assertion_step(
            "Get Page Source", source,
            lambda value: verify_assertion(value, assertion_operator, assertion_expected,
                                           "HTML:", message),
            ms, message)

    @concurrent_keyword(returns=list[str])
    def get_attribute_names(self, selector: str,
                            assertion_operator: AssertionOperator | None = None,
                            *assertion_expected: Any, message: str | None = None,
                            timeout: timedelta | None = None) -> Step:
        """Returns the names of the HTML attributes of element ``selector`` as a list.

        The operators compare lists: ``==`` and ``!=`` (the same names, in any
        order), ``contains`` or ``*=`` (all the given names are there) with several
        expected values; ``validate`` and ``then`` with one.

        | ${names}= | Get Attribute Names | id=email |
        | Get Attribute Names | id=email | == | id | type | name | required |
        | Get Attribute Names | id=email | contains | required |
        """
        ms = self.timeout_ms(timeout)
        strict = self.strict
        expected = list(assertion_expected)
        return self.assertion_step(
            f"Get Attribute Names '{selector}'",
            lambda s, remaining: evaluate_on(s.page, selector, _ATTRIBUTE_NAMES,
                                             timeout=remaining, strict=strict),
            lambda value: list_verify_assertion(value, assertion_operator, list(expected),
                                                "Attribute names", message),
            ms, message)

    @concurrent_keyword(returns=list[str])
    def get_classes(self, selector: str, assertion_operator: AssertionOperator | None = None,
                    *assertion_expected: Any, message: str | None = None,
                    timeout: timedelta | None = None) -> Step:
        """Returns the classes of element ``selector`` as a list.

        The operators compare lists: ``==`` and ``!=`` (the same classes, in any
        order), ``contains`` or ``*=`` (all the given classes are there) with several
        expected values; ``validate`` and ``then`` with one.

        | ${classes}= | Get Classes | id=banana |
        | Get Classes | id=banana | == | fruit | ripe |
        | Get Classes | id=banana | contains | ripe |
        | Get Classes | id=banana | validate | 'rotten' not in value |
        """
        ms = self.timeout_ms(timeout)
        strict = self.strict
        expected = list(assertion_expected)
        return self.assertion_step(
            f"Get Classes '{selector}'",
            lambda s, remaining: evaluate_on(s.page, selector, "el => Array.from(el.classList)",
                                             timeout=remaining, strict=strict),
            lambda value: list_verify_assertion(value, assertion_operator, list(expected),
                                                f"Classes of {selector}", message or ""),
            ms, message)

    @concurrent_keyword(returns=Any)
    def get_style(self, selector: str, key: str | None = "ALL",
                  assertion_operator: AssertionOperator | None = None,
                  assertion_expected: Any = None, message: str | None = None,
                  pseudo_element: str | None = None, *,
                  timeout: timedelta | None = None) -> Step:
        """Returns the computed style of element ``selector``: one property, or all as a dictionary.

        ``key`` is a CSS property (``color``, ``font-size``, ``display``); the value
        is what the browser computed (``rgb(0, 128, 0)``, ``16px``). With ``ALL``
        (the default) every property comes in a dictionary, and only the operators
        ``==``, ``!=``, ``contains`` or ``*=`` (a property name), ``validate`` and
        ``then`` apply. ``pseudo_element`` reads the style of ``::before``,
        ``::after``, ``::marker`` and the like instead.

        | Get Style | id=banana | color | == | rgb(255, 215, 0) |
        | ${style}= | Get Style | id=banana |
        | Should Be Equal | ${style}[display] | block |
        | Get Style | id=banana | ALL | contains | font-size |
        | Get Style | id=banana | content | == | "ripe: " | pseudo_element=::before |
        """
        ms = self.timeout_ms(timeout)
        strict = self.strict
        whole = key is None or key == "ALL"
        options = {"key": None if whole else key, "pseudo": pseudo_element or None}

        def check(value: Any) -> Any:
            if whole:
                return dict_verify_assertion(DotDict(value), assertion_operator,
                                             assertion_expected, "Computed style is", message)
            return verify_assertion(value, assertion_operator, assertion_expected,
                                    f"Style value for {key} is", message)

        pseudo = f" {pseudo_element}" if pseudo_element else ""
        return self.assertion_step(
            f"Get Style '{key}' of '{selector}'{pseudo}",
            lambda s, remaining: evaluate_on(s.page, selector, _STYLE, options,
                                             timeout=remaining, strict=strict),
            check, ms, message)

    @concurrent_keyword(returns=None)
    def add_style_tag(self, content: str, *, timeout: timedelta | None = None) -> Step:
        """Adds a ``<style>`` tag with CSS ``content`` to the current session's page.

        The style lasts until the page navigates elsewhere or reloads.

        | Add Style Tag | #banana { color: aqua; } |
        | Get Style | id=banana | color | == | rgb(0, 255, 255) |
        """
        ms = self.timeout_ms(timeout)

        async def add(s):
            await s.page.add_style_tag(content=content)

        return self.step("Add Style Tag", add, timeout_ms=ms)

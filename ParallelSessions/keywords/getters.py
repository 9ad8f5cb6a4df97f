"""Getters with the Browser library's assertion operators: read a value, or check it.

Each getter takes ``assertion_operator``, ``assertion_expected`` and ``message``
after its own arguments, as in the Browser library. Without an operator it
returns the value; with one it reads again until the assertion holds or the
timeout ends (see `Assertions`).
"""

from __future__ import annotations

from datetime import timedelta
from enum import Enum
from typing import Any

from assertionengine import (AssertionOperator, bool_verify_assertion, int_str_verify_assertion,
                             list_verify_assertion, verify_assertion)

from ..concurrency.step import Step
from ..core.actionability import element_states
from ..core.errors import ParallelSessionsError
from ..core.selectors import evaluate_on, locate
from ..rf.component import LibraryComponent, concurrent_keyword
from ..rf.element_states import verify_states
from ..rf.inputs import not_empty

# What a user sees in an element: the value of a form field, else its visible text.
_TEXT_OR_VALUE = """el => (el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement
    || el instanceof HTMLSelectElement) ? el.value : el.innerText.trim()"""


class TextType(Enum):
    """What `Get Text` reads: ``innerText``, ``inputValue`` (of a form field), ``innerHTML``,
    or ``allInnerTexts``/``allTextContents`` (a list, one per matching element)."""

    allInnerTexts = "allInnerTexts"
    allTextContents = "allTextContents"
    innerText = "innerText"
    inputValue = "inputValue"
    innerHTML = "innerHTML"


async def _read_text(page, selector: str, text_type: TextType, strict: bool,
                     timeout: float) -> Any:
    """The text of ``selector`` read Playwright's way ``text_type``."""
    if text_type is TextType.allInnerTexts:
        return await locate(page, selector).all_inner_texts()
    if text_type is TextType.allTextContents:
        return await locate(page, selector).all_text_contents()
    locator = locate(page, selector, strict=strict)
    read = {TextType.innerText: locator.inner_text, TextType.inputValue: locator.input_value,
            TextType.innerHTML: locator.inner_html}[text_type]
    return await read(timeout=timeout)


class SelectAttribute(Enum):
    """What `Get Selected Options` returns of each selected option."""

    value = "value"
    label = "label"
    text = "text"
    index = "index"


_LIST_OPERATORS = (AssertionOperator["=="], AssertionOperator["!="], AssertionOperator["*="])


def _index(value: Any) -> int:
    try:
        return int(value)
    except (TypeError, ValueError):
        raise ParallelSessionsError(
            f"Get Selected Options: an expected index is a whole number counted from 0, "
            f"not '{value}'.") from None


def _checkbox_state(expected: bool | str | None) -> bool:
    """The Browser library's words for a checkbox state; any other word is refused."""
    if isinstance(expected, bool):
        return expected
    text = "" if expected is None else str(expected).strip().lower()
    if text in ("checked", "true", "yes", "on", "1"):
        return True
    if text in ("unchecked", "false", "no", "off", "0", "none", ""):
        return False
    raise ParallelSessionsError(
        f"Invalid assertion_expected '{expected}' for Get Checkbox State: give checked or "
        f"unchecked (or True or False).")


class GetterKeywords(LibraryComponent):

    @concurrent_keyword(returns=Any)
    def get_text(self, selector: str, assertion_operator: AssertionOperator | None = None,
                 assertion_expected: Any = None, message: str | None = None, *,
                 text_type: TextType | None = None, timeout: timedelta | None = None,
                 as_secret: bool = False) -> Step:
        """Returns the text of element ``selector``, or checks it with an assertion operator.

        For an ``input``, ``textarea`` or ``select`` it is the current value (what
        the user typed or chose); for other elements the visible text.
        ``text_type`` reads it one of Playwright's ways instead: ``innerText``,
        ``inputValue``, ``innerHTML``, or ``allInnerTexts`` and
        ``allTextContents``, which return a list with the text of every element
        ``selector`` matches. With
        ``as_secret=True`` the value is returned as a Robot Framework ``Secret``
        and never logged, for tokens the page shows (see `Secrets`).

        | ${status}= | Get Text | .status |
        | Get Text | .status | == | Active |
        | Get Text | .flash | matches | Token .+ created |
        | Get Text | id=name | == | typed by the user |
        | ${token}= | Get Text | .token-value | as_secret=True |
        | ${items}= | Get Text | ul#fruits >> li | text_type=allInnerTexts |
        | Get Text | id=basket | contains | <li> | text_type=innerHTML |
        """
        ms = self.timeout_ms(timeout)
        strict = self.strict  # strict mode in force when the step is built

        async def text(s, remaining):
            if text_type is None:
                return await evaluate_on(s.page, selector, _TEXT_OR_VALUE, timeout=remaining,
                                         strict=strict)
            return await _read_text(s.page, selector, text_type, strict, remaining)

        return self.assertion_step(
            f"Get Text '{selector}'", text,
            lambda value: verify_assertion(value, assertion_operator, assertion_expected, "Text",
                                           message),
            ms, message, as_secret, selector=selector)

    @concurrent_keyword(returns=Any)
    def get_attribute(self, selector: str, attribute: str,
                      assertion_operator: AssertionOperator | None = None,
                      assertion_expected: Any = None, message: str | None = None, *,
                      timeout: timedelta | None = None, as_secret: bool = False) -> Step:
        """Returns HTML attribute ``attribute`` of element ``selector`` (``None`` if it has none).

        This is the attribute as written in the page; for the live value of a
        form field use `Get Property` or `Get Text`.

        | ${href}= | Get Attribute | a.tokens | href |
        | Get Attribute | id=save | disabled | == | ${None} |
        """
        ms = self.timeout_ms(timeout)
        not_empty(attribute, "attribute", "give an attribute name such as id, href or class")
        strict = self.strict  # strict mode in force when the step is built
        return self.assertion_step(
            f"Get Attribute '{attribute}' of '{selector}'",
            lambda s, remaining: locate(s.page, selector, strict).get_attribute(attribute,
                                                                        timeout=remaining),
            lambda value: verify_assertion(value, assertion_operator, assertion_expected,
                                           f"Attribute '{attribute}'", message),
            ms, message, as_secret, selector=selector)

    @concurrent_keyword(returns=Any)
    def get_property(self, selector: str, property: str,
                     assertion_operator: AssertionOperator | None = None,
                     assertion_expected: Any = None, message: str | None = None, *,
                     timeout: timedelta | None = None, as_secret: bool = False) -> Step:
        """Returns the live DOM property ``property`` of element ``selector``.

        Properties are what the page holds now: ``value`` of an input after
        typing, ``checked`` of a checkbox, ``disabled`` of a button.

        | ${typed}= | Get Property | id=name | value |
        | Get Property | id=terms | checked | == | ${True} |
        """
        not_empty(property, "property", "give a property name such as value, checked or "
                  "innerText")
        ms = self.timeout_ms(timeout)
        strict = self.strict  # strict mode in force when the step is built
        return self.assertion_step(
            f"Get Property '{property}' of '{selector}'",
            lambda s, remaining: locate(s.page, selector, strict).evaluate(
                "(el, name) => el[name]", property, timeout=remaining),
            lambda value: verify_assertion(value, assertion_operator, assertion_expected,
                                           f"Property '{property}'", message),
            ms, message, as_secret, selector=selector)

    @concurrent_keyword(returns=Any)
    def get_element_count(self, selector: str,
                          assertion_operator: AssertionOperator | None = None,
                          assertion_expected: int | str = 0, message: str | None = None, *,
                          timeout: timedelta | None = None) -> Step:
        """Returns how many elements match ``selector``, or checks the count.

        Without an operator it counts now and does not wait. ``assertion_expected``
        is 0 unless given, as in the Browser library (``Get Element Count  .error  ==``).

        | ${rows}= | Get Element Count | tr[data-username] |
        | Get Element Count | tr.pending | > | 2 |
        | Get Element Count | .error | == | 0 |
        """
        ms = self.timeout_ms(timeout)

        async def count(s, remaining):
            return await locate(s.page, selector).count()  # every match, in strict mode too

        return self.assertion_step(
            f"Get Element Count '{selector}'", count,
            lambda value: int_str_verify_assertion(
                value, assertion_operator, assertion_expected,
                f"Element count for selector `{selector}` is", message),
            ms, message)

    @concurrent_keyword(returns=Any)
    def get_checkbox_state(self, selector: str,
                           assertion_operator: AssertionOperator | None = None,
                           assertion_expected: bool | str = "Unchecked",
                           message: str | None = None, *,
                           timeout: timedelta | None = None) -> Step:
        """Returns whether checkbox (or radio button) ``selector`` is checked, or checks it.

        ``assertion_expected`` is ``checked`` or ``unchecked`` (or ``True`` or
        ``False``, ``yes`` or ``no``, ``on`` or ``off``, ``1`` or ``0``;
        ``unchecked`` by default); the operators are ``==`` and ``!=``. Unlike
        the Browser library, which takes any other word for ``checked``, another
        word is refused, so that a typo cannot pass.

        | ${on}= | Get Checkbox State | id=newsletter |
        | Get Checkbox State | id=terms | == | checked |
        """
        ms = self.timeout_ms(timeout)
        strict = self.strict  # strict mode in force when the step is built
        expected = _checkbox_state(assertion_expected) if assertion_operator else None
        return self.assertion_step(
            f"Get Checkbox State '{selector}'",
            lambda s, remaining: locate(s.page, selector, strict).is_checked(timeout=remaining),
            lambda value: bool_verify_assertion(value, assertion_operator, expected,
                                                f"Checkbox {selector} is", message),
            ms, message, selector=selector)

    @concurrent_keyword(returns=Any)
    def get_selected_options(self, selector: str,
                             option_attribute: SelectAttribute = SelectAttribute.label,
                             assertion_operator: AssertionOperator | None = None,
                             *assertion_expected: Any, message: str | None = None,
                             timeout: timedelta | None = None) -> Step:
        """Returns the selected options of ``<select>`` ``selector`` as a list.

        ``option_attribute`` says what of each option: ``label`` (default),
        ``value``, ``text`` or ``index``. The operators compare lists: ``==``
        (same options, in any order), ``!=``, ``*=`` (contains all given),
        ``validate`` and ``then``; indexes given to ``==``, ``!=`` and ``*=`` are
        numbers, as in the Browser library. ``message`` replaces the failure message.

        | ${chosen}= | Get Selected Options | id=country | value |
        | Get Selected Options | id=country | label | == | Finland |
        | Get Selected Options | id=topics | value | *= | news | offers |
        """
        ms = self.timeout_ms(timeout)
        strict = self.strict  # strict mode in force when the step is built
        expected = list(assertion_expected)
        attribute = option_attribute.value
        if attribute == "index" and assertion_operator in _LIST_OPERATORS:
            expected = [_index(value) for value in expected]  # as the Browser library does

        async def selected(s, remaining):
            locator = locate(s.page, selector, strict)
            options = await locator.evaluate(
                "(el, what) => el instanceof HTMLSelectElement ? Array.from(el.selectedOptions)"
                ".map(o => what === 'text' ? o.text : what === 'index' ? o.index : o[what]) "
                ": null", attribute, timeout=remaining)
            if options is None:
                raise ParallelSessionsError(
                    f"Get Selected Options '{selector}' failed in session '{s.session_id}': "
                    f"the element is not a <select>.")
            return options

        return self.assertion_step(
            f"Get Selected Options '{selector}'", selected,
            lambda value: list_verify_assertion(value, assertion_operator, list(expected),
                                                "Selected options", message),
            ms, message, selector=selector)

    @concurrent_keyword(returns=Any)
    def get_element_states(self, selector: str,
                           assertion_operator: AssertionOperator | None = None,
                           *assertion_expected: Any, message: str | None = None,
                           return_names: bool = True, timeout: timedelta | None = None) -> Step:
        """Returns the states of element ``selector`` as a list of names, or checks them.

        The names are ``attached`` (or ``detached`` when nothing matches),
        ``visible`` or ``hidden``, ``enabled`` or ``disabled``, ``editable`` or
        ``readonly``, ``checked`` or ``unchecked`` (checkboxes and radio
        buttons), ``focused`` or ``defocused``, and ``selected`` or
        ``deselected`` (options). The operators compare lists: ``*=``
        (contains all given), ``not contains`` (none of the given), ``==``,
        ``!=``, ``validate`` and ``then``. ``validate`` and ``then`` see the
        states as flags, as in the Browser library (``value & visible``, or
        ``'visible' in value``). With ``return_names=False`` the keyword returns
        those flags instead of the list.

        | ${states}= | Get Element States | id=save |
        | Get Element States | id=save | *= | visible | disabled |
        | Get Element States | id=name | validate | value & editable |
        | ${shown}= | Get Element States | h1 | then | bool(value & visible) |
        """
        ms = self.timeout_ms(timeout)
        strict = self.strict  # strict mode in force when the step is built
        expected = list(assertion_expected)

        async def states(s, remaining):
            return await element_states(s.page, selector, strict, remaining)

        return self.assertion_step(
            f"Get Element States '{selector}'", states,
            lambda value: verify_states(value, assertion_operator, expected, message,
                                         return_names),
            ms, message, selector=selector)

    @concurrent_keyword(returns=Any)
    def get_url(self, assertion_operator: AssertionOperator | None = None,
                assertion_expected: Any = None, message: str | None = None, *,
                timeout: timedelta | None = None) -> Step:
        """Returns the URL of the current session's page, or checks it.

        | ${url}= | Get Url |
        | Get Url | *= | /dashboard |
        | Get Url | matches | /tokens/\\\\d+$ |
        """
        ms = self.timeout_ms(timeout)

        async def url(s, remaining):
            return s.page.url

        return self.assertion_step(
            "Get Url", url,
            lambda value: verify_assertion(value, assertion_operator, assertion_expected, "URL",
                                           message),
            ms, message)

    @concurrent_keyword(returns=Any)
    def get_title(self, assertion_operator: AssertionOperator | None = None,
                  assertion_expected: Any = None, message: str | None = None, *,
                  timeout: timedelta | None = None) -> Step:
        """Returns the title of the current session's page, or checks it.

        Fails after ``timeout`` when the page does not answer (a script stuck
        in a loop), like every keyword of this library.

        | ${title}= | Get Title |
        | Get Title | == | Demo Portal |
        """
        ms = self.timeout_ms(timeout)
        return self.assertion_step(
            "Get Title", lambda s, remaining: s.page.title(),
            lambda value: verify_assertion(value, assertion_operator, assertion_expected,
                                           "Title", message),
            ms, message)

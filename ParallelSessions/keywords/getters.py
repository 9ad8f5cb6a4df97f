"""Getters with the Browser library's assertion operators: read a value, or check it.

Each getter takes ``assertion_operator``, ``assertion_expected`` and ``message``
after its own arguments, as in the Browser library. Without an operator it
returns the value; with one it reads again until the assertion holds or the
timeout ends (see `Assertions`).
"""

from __future__ import annotations

from datetime import timedelta
from enum import Enum, IntFlag
from typing import Any

from assertionengine import (AssertionOperator, bool_verify_assertion, flag_verify_assertion,
                              int_str_verify_assertion, list_verify_assertion, verify_assertion)

from ..concurrency.step import Step
from ..core.actionability import element_states
from ..core.errors import ParallelSessionsError
from ..core.selectors import evaluate_on, locate
from ..rf.component import LibraryComponent, concurrent_keyword

# What a user sees in an element: the value of a form field, else its visible text.
_TEXT_OR_VALUE = """el => (el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement
    || el instanceof HTMLSelectElement) ? el.value : el.innerText.trim()"""


class ElementState(Enum):
    """States of an element: `Get Element States` returns them, `Wait For Element` waits for one."""

    attached = "attached"
    detached = "detached"
    visible = "visible"
    hidden = "hidden"
    enabled = "enabled"
    disabled = "disabled"
    editable = "editable"
    readonly = "readonly"
    checked = "checked"
    unchecked = "unchecked"
    focused = "focused"
    defocused = "defocused"
    selected = "selected"
    deselected = "deselected"
    stable = "stable"


class ElementStateFlags(IntFlag):
    """What `Get Element States` returns with ``return_names=False``, as the Browser library's
    ``ElementState`` flags: ``value & visible``; ``'visible' in value`` works too."""

    attached = 1
    detached = 2
    visible = 4
    hidden = 8
    enabled = 16
    disabled = 32
    editable = 64
    readonly = 128
    selected = 256
    deselected = 512
    focused = 1024
    defocused = 2048
    checked = 4096
    unchecked = 8192
    stable = 16384

    def __contains__(self, other: Any) -> bool:
        if isinstance(other, str):
            return other in self.__class__.__members__ and \
                super().__contains__(self.__class__[other])
        return super().__contains__(other)

    def __str__(self) -> str:
        return self.name or "none"

    @classmethod
    def of(cls, names: list[str]) -> "ElementStateFlags":
        flags = cls(0)
        for name in names:
            flags |= cls[name]
        return flags


class SelectAttribute(Enum):
    """What `Get Selected Options` returns of each selected option."""

    value = "value"
    label = "label"
    text = "text"
    index = "index"


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


def _verify_states(states: list[str], operator: AssertionOperator | None, expected: list,
                   message: str | None, return_names: bool = True) -> Any:
    """States are flags, as in the Browser library: ``not contains`` means none of them;
    ``validate`` and ``then`` see them as `ElementStateFlags` (``value & visible``)."""
    flags = ElementStateFlags.of(states)
    if operator in (AssertionOperator.validate, AssertionOperator.then):
        result = flag_verify_assertion(flags, operator, list(expected), "States", message)
        if operator is AssertionOperator.then:
            return result
    elif operator is AssertionOperator["not contains"]:
        present = [state for state in expected if state in states]
        if present:
            raise AssertionError(message.format(value=states, expected=expected) if message else
                                 f"States {states} should not contain {present}")
    elif operator is not None:
        list_verify_assertion(list(states), operator, list(expected), "States", message)
    return states if return_names else flags


class GetterKeywords(LibraryComponent):

    @concurrent_keyword(returns=Any)
    def get_text(self, selector: str, assertion_operator: AssertionOperator | None = None,
                 assertion_expected: Any = None, message: str | None = None, *,
                 timeout: timedelta | None = None, as_secret: bool = False) -> Step:
        """Returns the text of element ``selector``, or checks it with an assertion operator.

        For an ``input``, ``textarea`` or ``select`` it is the current value (what
        the user typed or chose); for other elements the visible text. With
        ``as_secret=True`` the value is returned as a Robot Framework ``Secret``
        and never logged, for tokens the page shows (see `Secrets`).

        | ${status}= | Get Text | .status |
        | Get Text | .status | == | Active |
        | Get Text | .flash | matches | Token .+ created |
        | Get Text | id=name | == | typed by the user |
        | ${token}= | Get Text | .token-value | as_secret=True |
        """
        ms = self.timeout_ms(timeout)
        return self.assertion_step(
            f"Get Text '{selector}'",
            lambda s, remaining: evaluate_on(s.page, selector, _TEXT_OR_VALUE, timeout=remaining),
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
        return self.assertion_step(
            f"Get Attribute '{attribute}' of '{selector}'",
            lambda s, remaining: locate(s.page, selector).get_attribute(attribute,
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
        ms = self.timeout_ms(timeout)
        return self.assertion_step(
            f"Get Property '{property}' of '{selector}'",
            lambda s, remaining: locate(s.page, selector).evaluate(
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
            return await locate(s.page, selector).count()

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
        expected = _checkbox_state(assertion_expected) if assertion_operator else None
        return self.assertion_step(
            f"Get Checkbox State '{selector}'",
            lambda s, remaining: locate(s.page, selector).is_checked(timeout=remaining),
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
        ``validate`` and ``then``. ``message`` replaces the assertion's failure
        message.

        | ${chosen}= | Get Selected Options | id=country | value |
        | Get Selected Options | id=country | label | == | Finland |
        | Get Selected Options | id=topics | value | *= | news | offers |
        """
        ms = self.timeout_ms(timeout)
        expected = list(assertion_expected)
        attribute = option_attribute.value

        async def selected(s, remaining):
            locator = locate(s.page, selector)
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
        expected = list(assertion_expected)

        async def states(s, remaining):
            return await element_states(locate(s.page, selector), remaining)

        return self.assertion_step(
            f"Get Element States '{selector}'", states,
            lambda value: _verify_states(value, assertion_operator, expected, message,
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

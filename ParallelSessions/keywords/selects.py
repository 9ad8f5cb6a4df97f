"""The Browser library's keywords for ``<select>`` lists: choose, clear and read options.

`Select Option` and `Get Selected Options` (interaction.py, getters.py) are older and stay.
"""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from assertionengine import AssertionOperator, verify_assertion

from ..concurrency.step import Step
from ..core.errors import ParallelSessionsError
from ..core.selectors import locate
from ..rf.assertions import read_until
from ..rf.component import LibraryComponent, concurrent_keyword
from .getters import SelectAttribute

# Whether the <select> takes several options, and every option as Browser's SelectOptions;
# null for another element.
_SELECT = """el => el instanceof HTMLSelectElement
    ? {multiple: el.multiple,
       options: Array.from(el.options).map(o => ({index: o.index, value: o.value,
                                                  label: o.label, selected: o.selected}))}
    : null"""
_TAG = "el => el.tagName.toLowerCase() + (el.type ? ` type=${el.type}` : '')"


async def _select(locator, description: str, session_id: str, timeout_ms: float) -> dict:
    """The ``<select>`` ``locator`` (waiting for it) as ``{multiple, options}``; a sentence
    for another element."""
    select = await locator.evaluate(_SELECT, timeout=timeout_ms)
    if select is None:
        raise ParallelSessionsError(
            f"{description} failed in session '{session_id}': the element is a "
            f"<{await locator.evaluate(_TAG, timeout=1000)}>, not a <select>; for other "
            f"inputs use Fill Text, Check Checkbox or Click.")
    return select


async def _options(locator, description: str, session_id: str, timeout_ms: float) -> list[dict]:
    """The options of the ``<select>`` ``locator`` (waiting for it); a sentence for another element."""
    return (await _select(locator, description, session_id, timeout_ms))["options"]


def one_option_only(description: str, session_id: str, given: int) -> ParallelSessionsError:
    """Two or more options for a single <select>: Playwright would take the first, silently."""
    return ParallelSessionsError(
        f"{description} failed in session '{session_id}': the <select> takes one option (it "
        f"has no multiple attribute), and {given} were given; give one.")


def _matchers(attribute: SelectAttribute, values: tuple, description: str) -> dict[str, list]:
    """Playwright's select_option arguments for ``values`` of ``attribute``."""
    if attribute is SelectAttribute.value:
        return {"value": [str(value) for value in values]}
    if attribute is SelectAttribute.index:
        try:
            return {"index": [int(value) for value in values]}
        except (TypeError, ValueError):
            raise ParallelSessionsError(
                f"{description}: an index is a whole number counted from 0, not "
                f"{', '.join(repr(str(v)) for v in values)}.") from None
    return {"label": [str(value) for value in values]}  # label, and text (Browser: the same)


class SelectKeywords(LibraryComponent):

    @concurrent_keyword(returns=list[Any])
    def select_options_by(self, selector: str, attribute: SelectAttribute, *values: Any,
                          timeout: timedelta | None = None) -> Step:
        """Selects the options of ``<select>`` ``selector`` whose ``attribute`` is one of ``values``.

        ``attribute`` is ``value``, ``label``, ``text`` (the same as ``label``, as in the
        Browser library) or ``index`` (counted from 0). The given options become the
        selection: the others are deselected. Returns the selected options' ``attribute``
        (labels for ``text``, numbers for ``index``), as in the Browser library. With no
        ``values`` every option is deselected (see `Deselect Options`) and the list is
        empty.

        Waits up to ``timeout`` for the element and for options with those values (a
        list the page fills in later); then fails naming the values no option has and
        the ones there are. Strict mode applies (see `Set Strict Mode`).

        | ${selected}= | Select Options By | select[name=channel] | label | Direct mail |
        | Select Options By | select[name=interests] | value | males | females |
        | Select Options By | select[name=interests] | index | 0 | 2 |
        | Select Options By | select[name=interests] | text | Males |
        """
        if not values or (len(values) == 1 and not values[0]):
            return self._deselect(selector, timeout)
        ms = self.timeout_ms(timeout)
        strict = self.strict
        description = (f"Select Options By {attribute.name} "
                       f"{', '.join(str(value) for value in values)} in '{selector}'")
        matchers = _matchers(attribute, values, description)
        wanted = next(iter(matchers.values()))
        key = next(iter(matchers))

        async def select(s):
            locator = locate(s.page, selector, strict)

            def all_there(element: dict) -> dict:
                there = [option[key] for option in element["options"]]
                missing = [w for w in wanted if w not in there]
                if missing:
                    raise AssertionError(
                        f"no option has {key} {', '.join(repr(m) for m in missing)} within "
                        f"{ms / 1000:g} seconds; the options' {key}s are "
                        f"{', '.join(repr(t) for t in there) or 'none'}.")
                return element

            # Waits for the options here rather than in Playwright: a page may add them
            # later, and a value no option has fails with what the options are.
            try:
                element = await read_until(
                    lambda remaining: _select(locator, description, s.session_id, remaining),
                    all_there, ms)
            except AssertionError as error:
                raise ParallelSessionsError(
                    f"{description} failed in session '{s.session_id}': {error}") from None
            if len(wanted) > 1 and not element["multiple"]:
                raise one_option_only(description, s.session_id, len(wanted))
            await locator.select_option(**matchers, timeout=ms)
            options = await _options(locator, description, s.session_id, ms)
            return [option[key] for option in options if option["selected"]]

        return self.step(description, select, timeout_ms=ms, selector=selector,
                         outcome=lambda selected: f"selected {selected}")

    @concurrent_keyword(returns=None)
    def deselect_options(self, selector: str, *, timeout: timedelta | None = None) -> Step:
        """Deselects every option of ``<select>`` ``selector``.

        To replace the selection by other options, use `Select Options By` with them.
        Strict mode applies (see `Set Strict Mode`).

        | Deselect Options | select[name=interests] |
        | Get Selected Options | select[name=interests] | label | == |
        """
        return self._deselect(selector, timeout)

    def _deselect(self, selector: str, timeout: timedelta | None) -> Step:
        ms = self.timeout_ms(timeout)
        strict = self.strict
        description = f"Deselect Options '{selector}'"

        async def deselect(s):
            locator = locate(s.page, selector, strict)
            await _options(locator, description, s.session_id, ms)
            await locator.select_option([], timeout=ms)
            return []

        return self.step(description, deselect, timeout_ms=ms, selector=selector)

    @concurrent_keyword(returns=list[dict])
    def get_select_options(self, selector: str,
                           assertion_operator: AssertionOperator | None = None,
                           assertion_expected: Any | None = None, message: str | None = None,
                           *, timeout: timedelta | None = None) -> Step:
        """Returns every option of ``<select>`` ``selector`` as a dictionary, or checks them.

        Each dictionary has ``index`` (from 0), ``value``, ``label`` (the label
        attribute, else the text) and ``selected`` (``True`` or ``False``), as in the
        Browser library. The operators work on the whole list; ``validate`` is the
        handiest (see `Assertions`). Strict mode applies (see `Set Strict Mode`).

        | ${options}= | Get Select Options | select[name=channel] |
        | Should Be Equal | ${options}[0][label] | Email |
        | Get Select Options | select[name=channel] | validate | len(value) == 3 |
        | Get Select Options | select#names | validate | any(v["label"] == "Mikko" for v in value) |
        """
        ms = self.timeout_ms(timeout)
        strict = self.strict
        description = f"Get Select Options '{selector}'"

        async def read(s, remaining):
            return await _options(locate(s.page, selector, strict), description,
                                  s.session_id, remaining)

        return self.assertion_step(
            description, read,
            lambda value: verify_assertion(value, assertion_operator, assertion_expected,
                                           "Select Options:", message),
            ms, message)

"""Element references, as the Browser library returns them: `Get Element`, `Get Elements`,
`Get Element By` and `Get Element By Role`.

A reference is a selector string (``li >> nth=2``, ``internal:role=button[name="Save"i]``)
that every keyword takes as its ``selector`` and that chains: ``${ref} >> .child``.
"""

from __future__ import annotations

from datetime import timedelta
from enum import Enum
from typing import Any

from playwright.async_api import TimeoutError as PlaywrightTimeoutError

from ..concurrency.step import Step
from ..core.references import reference, text_or_regexp
from ..core.selectors import FRAME_SEPARATOR, enter_frames, locate, locate_all
from ..rf.component import LibraryComponent, concurrent_keyword
from ..rf.inputs import not_empty


class SelectionStrategy(Enum):
    """How `Get Element By` finds elements: Playwright's ``page.get_by_*`` functions.

    ``AltText`` (an image's ``alt``), ``Label`` (a form field's label or ``aria-label``),
    ``Placeholder``, ``TestId`` (the ``data-testid`` attribute), ``Text`` (the text it
    contains; buttons by their value) and ``Title`` (the ``title`` attribute).
    """

    AltText = "AltText"
    Label = "Label"
    Placeholder = "Placeholder"
    TestID = "TestId"
    Text = "Text"
    Title = "Title"


# The ARIA roles Playwright's get_by_role knows (https://www.w3.org/TR/wai-aria-1.2/#roles).
_ROLES = (
    "alert alertdialog application article banner blockquote button caption cell checkbox code "
    "columnheader combobox complementary contentinfo definition deletion dialog directory document "
    "emphasis feed figure form generic grid gridcell group heading img insertion link list listbox "
    "listitem log main marquee math meter menu menubar menuitem menuitemcheckbox menuitemradio "
    "navigation none note option paragraph presentation progressbar radio radiogroup region row "
    "rowgroup rowheader scrollbar search searchbox separator slider spinbutton status strong "
    "subscript superscript switch tab table tablist tabpanel term textbox time timer toolbar "
    "tooltip tree treegrid treeitem").split()

ElementRole = Enum("ElementRole", {role.upper(): role for role in _ROLES})
ElementRole.__doc__ = """An ARIA role, for `Get Element By Role`: ``button``, ``heading``, ``link``,
``listitem``, ``checkbox``, ``row`` ... (case does not matter). Many HTML elements have one
implicitly (``<button>``, ``<h1>``, ``<li>``); see
[https://www.w3.org/TR/wai-aria-1.2/#role_definitions|the ARIA roles]."""


def _scope(page, parent: str | None, strict: bool):
    """Where to search: the page, a frame (``parent`` ends with ``>>>``) or an element."""
    if not parent or not parent.strip():
        return page
    parent = parent.strip()
    if parent.endswith(FRAME_SEPARATOR):
        return enter_frames(page, parent[:-len(FRAME_SEPARATOR)].split(FRAME_SEPARATOR), strict)
    return locate(page, parent, strict=strict)


async def _one(locator, strict: bool, timeout_ms: float) -> str:
    """The reference of the one element ``locator`` finds (the first, strict mode off)."""
    locator = locator if strict else locator.first
    await locator.wait_for(state="attached", timeout=timeout_ms)
    return reference(locator)


async def _all(locator, timeout_ms: float) -> list[str]:
    """A reference per element ``locator`` finds once one is there; [] if none comes in time."""
    try:
        await locator.first.wait_for(state="attached", timeout=timeout_ms)
    except PlaywrightTimeoutError:
        return []
    return [reference(each) for each in await locator.all()]


def _count(references: Any) -> str:
    return f"{len(references)} found" if isinstance(references, list) else repr(references)


class ElementKeywords(LibraryComponent):

    @concurrent_keyword(returns=str)
    def get_element(self, selector: str, *, timeout: timedelta | None = None) -> Step:
        """Returns a selector string that points to the element found by ``selector``.

        The string is the selector Playwright resolved for the element, as in the
        Browser library (frames entered with ``>>>``). Every keyword takes it as a
        selector, and it can be the first part of a longer one, chained with ``>>``.
        It is resolved again from the page at every use, so it finds the element
        also after the page re-rendered it. Strict mode applies (``Set Strict
        Mode``): a selector matching several elements fails; with strict mode off the
        reference points to the first (``... >> nth=0``).

        | ${list}= | Get Element | ul#fruits |
        | Get Text | ${list} >> li >> nth=1 | == | Banana |
        | ${cell}= | Get Element | iframe#lab >>> li.ripe |
        | Click | ${cell} |
        """
        ms = self.timeout_ms(timeout)
        strict = self.strict
        return self.step(f"Get Element '{selector}'",
                         lambda s: _one(locate_all(s.page, selector, strict), strict, ms),
                         timeout_ms=ms, outcome=repr, selector=selector)

    @concurrent_keyword(returns=list[str])
    def get_elements(self, selector: str, *, timeout: timedelta | None = None) -> Step:
        """Returns a list of selector strings, one for each element matched by ``selector``.

        Each is ``selector >> nth=<index>`` as Playwright resolves it, and works like
        the string `Get Element` returns. Strict mode does not apply. The keyword
        waits up to ``timeout`` for a first match, then returns an empty list if
        there is none.

        | ${items}= | Get Elements | ul#fruits >> li |
        | Length Should Be | ${items} | 3 |
        | Get Text | ${items}[2] | == | Cherry |
        """
        ms = self.timeout_ms(timeout)
        strict = self.strict  # for the frames the selector enters
        return self.step(f"Get Elements '{selector}'",
                         lambda s: _all(locate_all(s.page, selector, strict), ms),
                         timeout_ms=ms, outcome=_count)

    @concurrent_keyword(returns=str | list[str])
    def get_element_by(self, selection_strategy: SelectionStrategy, text: str,
                       exact: bool = False, all_elements: bool = False, *,
                       parent: str | None = None, timeout: timedelta | None = None) -> Step:
        """Returns a selector string for the element Playwright's ``get_by_*`` functions find.

        ``selection_strategy`` is ``AltText``, ``Label``, ``Placeholder``, ``TestId``,
        ``Text`` or ``Title``; ``text`` is what to look for, a substring in any case
        unless ``exact`` is true, or a regular expression written ``/pattern/flags``
        (``/total: \\\\d+/i``). With ``all_elements=True`` the keyword returns a list,
        as `Get Elements` does. The string is Playwright's (``internal:label="Email"i``)
        and works like the one from `Get Element`.

        ``parent`` is this library's addition, where the Browser library has its
        selector prefix: search inside that element, or inside a frame when it ends
        with ``>>>`` (``parent=iframe#lab >>>``).

        | ${email}= | Get Element By | Label | Email |
        | Fill Text | ${email} | ada@example.com |
        | ${save}= | Get Element By | Text | Save | exact=True |
        | ${logos}= | Get Element By | AltText | /logo/i | all_elements=True |
        """
        ms = self.timeout_ms(timeout)
        not_empty(text, "text", "give the text to look for, such as Save")
        strict = self.strict
        wanted = text_or_regexp(text)
        strategy = selection_strategy.value

        async def find(s):
            scope = _scope(s.page, parent, strict)
            if strategy == "TestId":
                locator = scope.get_by_test_id(wanted)
            else:
                by = {"AltText": scope.get_by_alt_text, "Label": scope.get_by_label,
                      "Placeholder": scope.get_by_placeholder, "Text": scope.get_by_text,
                      "Title": scope.get_by_title}[strategy]
                locator = by(wanted, exact=exact)
            return await (_all(locator, ms) if all_elements else _one(locator, strict, ms))

        return self.step(f"Get Element By {strategy} '{text}'", find, timeout_ms=ms,
                         outcome=_count)

    @concurrent_keyword(returns=str | list[str])
    def get_element_by_role(self, role: ElementRole, *, all_elements: bool = False,
                            checked: bool | None = None, disabled: bool | None = None,
                            exact: bool | None = None, expanded: bool | None = None,
                            include_hidden: bool | None = None, level: int | None = None,
                            name: str | None = None, pressed: bool | None = None,
                            selected: bool | None = None, parent: str | None = None,
                            timeout: timedelta | None = None) -> Step:
        """Returns a selector string for the element with ARIA role ``role`` (or a list of them).

        Playwright's ``get_by_role``: ``name`` is the accessible name (a substring in
        any case unless ``exact=True``, or ``/pattern/flags``); ``checked``,
        ``disabled``, ``expanded``, ``pressed``, ``selected`` and ``level`` narrow
        it down by ARIA state; hidden elements count only with
        ``include_hidden=True``. The string (``internal:role=button[name="Save"i]``)
        works like the one from `Get Element`. ``parent`` searches inside an element,
        or inside a frame when it ends with ``>>>`` (this library's addition, see
        `Get Element By`).

        | ${heading}= | Get Element By Role | heading | name=Elements lab | level=1 |
        | ${submit}= | Get Element By Role | button | name=/submit/i |
        | Click | ${submit} |
        | ${rows}= | Get Element By Role | row | all_elements=True |
        """
        ms = self.timeout_ms(timeout)
        strict = self.strict
        options = {key: value for key, value in {
            "checked": checked, "disabled": disabled, "exact": exact, "expanded": expanded,
            "include_hidden": include_hidden, "level": level, "pressed": pressed,
            "selected": selected}.items() if value is not None}
        if name is not None:
            options["name"] = text_or_regexp(name)
        described = f" name '{name}'" if name is not None else ""

        async def find(s):
            locator = _scope(s.page, parent, strict).get_by_role(role.value, **options)
            return await (_all(locator, ms) if all_elements else _one(locator, strict, ms))

        return self.step(f"Get Element By Role '{role.value}'{described}", find, timeout_ms=ms,
                         outcome=_count)

"""What state an element is in, and why an action on it could not happen.

Playwright's call log says why an action waited in vain only when its check
ran before the timeout; asking the element afterwards always gives an answer.
"""

from __future__ import annotations

from playwright.async_api import Error as PlaywrightError

from .selectors import FRAME_SEPARATOR, locate, require_unique_frames

# The states of an element, by the rules Playwright's actionability checks use.
ELEMENT_STATES_JS = """el => {
    const states = ['attached'];
    const style = getComputedStyle(el);
    const box = el.getBoundingClientRect();
    states.push(box.width > 0 && box.height > 0 && style.visibility !== 'hidden'
        ? 'visible' : 'hidden');
    const control = ['BUTTON', 'INPUT', 'SELECT', 'TEXTAREA', 'OPTION', 'OPTGROUP']
        .includes(el.tagName);
    const disabled = (control && (el.disabled || !!el.closest('fieldset:disabled')))
        || el.closest('[aria-disabled=true]') !== null;
    states.push(disabled ? 'disabled' : 'enabled');
    const typed = ['INPUT', 'TEXTAREA', 'SELECT'].includes(el.tagName) || el.isContentEditable;
    const editable = typed && !disabled && !el.readOnly;
    states.push(editable ? 'editable' : 'readonly');
    const checkable = el.type === 'checkbox' || el.type === 'radio'
        || el.hasAttribute('aria-checked');
    if (checkable) {
        const checked = el.checked === true || el.getAttribute('aria-checked') === 'true';
        states.push(checked ? 'checked' : 'unchecked');
    }
    states.push(document.activeElement === el ? 'focused' : 'defocused');
    if (el.tagName === 'OPTION') states.push(el.selected ? 'selected' : 'deselected');
    return states;
}"""

# The states of the one element matched, else how many match.
_STATES_OF_MATCHES_JS = "els => els.length === 1 ? (ELEMENT_STATES)(els[0]) : els.length".replace(
    "ELEMENT_STATES", ELEMENT_STATES_JS)

# Why an action could not happen, checked in the order Playwright checks.
_OBSTACLE_JS = """el => {
    const states = (ELEMENT_STATES)(el);
    if (states.includes('hidden')) return 'the element is not visible';
    if (states.includes('disabled')) return 'the element is not enabled';
    const box = el.getBoundingClientRect();
    const top = document.elementFromPoint(box.x + box.width / 2, box.y + box.height / 2);
    if (top && top !== el && !el.contains(top)) {
        return `another element covers it: ${top.cloneNode(false).outerHTML}`;
    }
    // Only a fill or a typing waits on this: a click on a read-only field happens.
    if (el.readOnly === true) return 'the element is not editable';
    return null;
}""".replace("ELEMENT_STATES", ELEMENT_STATES_JS)


async def element_states(page, selector: str, strict: bool, timeout_ms: float) -> list[str]:
    """The states of the element ``selector`` matches now; ``['detached']`` when nothing does.

    Reading the states is a question, not a wait: one call that does not wait for
    the element, so that a page busy for a moment (or a busy machine) cannot make a
    short wait fail on its own read instead of saying what it found. ``strict``: when
    several elements, or several frames the selector enters, match, Playwright's
    strict-mode error says so. Not ``strict``: the first match.
    """
    locator = locate(page, selector, strict)
    try:
        if strict and FRAME_SEPARATOR in selector:
            await require_unique_frames(page, selector, timeout_ms)
        found = await locator.evaluate_all(_STATES_OF_MATCHES_JS)
    except PlaywrightError as error:
        if "strict mode" in str(error):
            raise
        return ["detached"]  # the page is being replaced (a navigation): nothing there yet
    if isinstance(found, list):
        return found
    if found == 0:
        return ["detached"]
    return await locator.evaluate(ELEMENT_STATES_JS, timeout=timeout_ms)


async def obstacle(page, selector: str, strict: bool = True) -> str | None:
    """Why an action on ``selector`` cannot happen now, or None when nothing is in the way.

    Not ``strict`` (strict mode off), the action was on the first match: so is the question.
    """
    locator = locate(page, selector, strict)
    count = await locator.count()
    if count == 0:
        return "no element matches the selector"
    if count > 1:
        return None  # Playwright's strict-mode error says it better
    return await locator.evaluate(_OBSTACLE_JS, timeout=1000)

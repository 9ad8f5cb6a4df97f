"""Selectors: Playwright's, plus the Browser library's ``>>>`` that enters frames.

``iframe#editor >>> #save`` finds ``#save`` inside the frame that
``iframe#editor`` matches; frames nest (``#outer >>> #inner >>> button``).
"""

from __future__ import annotations

from typing import Any

from playwright.async_api import Error as PlaywrightError

from .errors import InvalidSelectorError

FRAME_SEPARATOR = ">>>"


def locate(page, selector: str, strict: bool = True):
    """The Playwright locator of ``selector`` in ``page``, entering frames at each ``>>>``.

    Not ``strict`` (the Browser library's strict mode off), the locator is the first
    match, so a selector matching several elements acts on the first instead of failing;
    so is each frame it enters (``iframe >>> #x`` with two iframes: the first), as in the
    Browser library.
    """
    locator = locate_all(page, selector, strict)
    return locator if strict else locator.first


def locate_all(page, selector: str, strict: bool = True):
    """The locator of every element ``selector`` matches, entering frames as `locate` does."""
    *frames, target = _parts(selector)
    return enter_frames(page, frames, strict).locator(target)


def _parts(selector: str) -> list[str]:
    """The frame selectors of ``selector``, outermost first, then the element's selector."""
    parts = [part.strip() for part in str(selector).split(FRAME_SEPARATOR)]
    if not all(parts):
        empty = "it is empty" if len(parts) == 1 else "a part before or after >>> is empty"
        raise InvalidSelectorError(
            f"Invalid selector '{selector}': {empty}; give a selector such as id=save, "
            f"css=button.primary, text=Save or iframe#editor >>> #save.")
    return parts


def enter_frames(scope, frames: list[str], strict: bool = True):
    """The frame that ``frames`` (selectors, outermost first) lead to from ``scope``; not
    ``strict``, the first frame wherever one of them matches several."""
    for frame in frames:
        scope = scope.frame_locator(frame.strip())
        scope = scope if strict else scope.first
    return scope


async def require_unique_frames(page, selector: str, timeout_ms: float) -> None:
    """Strict mode for the frames ``selector`` enters, checked without waiting.

    An action's locator fails when a frame part (``iframe`` in ``iframe >>> #x``) matches
    several frames; ``count()`` and ``evaluate_all`` take the first instead. A read that
    uses them for a strict keyword calls this first, so that it fails as the action would,
    with Playwright's strict-mode sentence (its strict ``evaluate`` raises it at once).
    """
    *frames, _ = _parts(selector)
    scope = page
    for frame in frames:
        owner = scope.locator(frame)
        if await owner.evaluate_all("els => els.length") > 1:
            # Several: the strict-mode error, at once (bounded, should a frame go meanwhile).
            await owner.evaluate("el => 0", timeout=min(1000, timeout_ms))
        scope = scope.frame_locator(frame)


async def evaluate_on(page, selector: str, expression: str, arg: Any = None,
                      timeout: float | None = None, strict: bool = True) -> Any:
    """``expression`` run on the one element ``selector`` matches, as ``locator.evaluate`` does.

    Not ``strict``, on the first element it matches (see `locate`).

    ``locator.evaluate`` costs three round trips to the browser (wait for the
    element, evaluate, release the handle it made). When the element is there
    already, ``eval_on_selector`` (strict, like a locator) does it in one. When
    it is not (not there yet, several match, a navigation in between) or the
    selector enters frames, the locator waits for it as before, so the timeout
    and Playwright's error stay the same. Not ``strict``, it is run on the first match.
    """
    if strict and FRAME_SEPARATOR not in selector:
        try:
            return await page.eval_on_selector(selector, expression, arg, strict=strict)
        except PlaywrightError:
            pass
    return await locate(page, selector, strict=strict).evaluate(expression, arg, timeout=timeout)

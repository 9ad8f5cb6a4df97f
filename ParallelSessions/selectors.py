"""Selectors: Playwright's, plus the Browser library's ``>>>`` that enters frames.

``iframe#editor >>> #save`` finds ``#save`` inside the frame that
``iframe#editor`` matches; frames nest (``#outer >>> #inner >>> button``).
"""

from __future__ import annotations

FRAME_SEPARATOR = ">>>"


def locate(page, selector: str):
    """The Playwright locator of ``selector`` in ``page``, entering frames at each ``>>>``."""
    *frames, target = [part.strip() for part in selector.split(FRAME_SEPARATOR)]
    scope = page
    for frame in frames:
        scope = scope.frame_locator(frame)
    return scope.locator(target)

"""Element references: the selector strings `Get Element` and its kin return.

A reference is the selector Playwright resolved for a locator (``li >> nth=2``,
``internal:role=button[name="Save"i]``), as the Browser library returns it, with
frames entered by ``>>>`` as every keyword of this library reads them. It is
resolved again from the page at every use, and can be chained: ``${ref} >> .child``.
"""

from __future__ import annotations

import re

ENTER_FRAME = " >> internal:control=enter-frame >> "
# The Browser library's RegExp strings: /pattern/flags, e.g. /submit/i.
_REGEXP = re.compile(r"/(?P<pattern>.*)/(?P<flags>[gimsuy]*)", re.DOTALL)
_FLAGS = {"i": re.IGNORECASE, "m": re.MULTILINE, "s": re.DOTALL}


def reference(locator) -> str:
    """The selector string of ``locator``, frames entered with ``>>>``."""
    return locator._impl_obj._selector.replace(ENTER_FRAME, " >>> ")


def text_or_regexp(text: str) -> str | re.Pattern:
    """``/pattern/flags`` as a regular expression (JavaScript's flags), other text as it is."""
    match = _REGEXP.fullmatch(text)
    if not match:
        return text
    flags = 0
    for flag in match["flags"]:
        flags |= _FLAGS.get(flag, 0)
    return re.compile(match["pattern"], flags)

"""The Browser library's /regexp/ strings (core/references.py); the references themselves are
proven against a real page in atest/browser_compat/elements.robot."""

import re

from ParallelSessions.core.references import text_or_regexp


def test_plain_text_stays_text():
    assert text_or_regexp("Save") == "Save"
    assert text_or_regexp("a/b") == "a/b"
    assert text_or_regexp("/") == "/"


def test_a_slashed_string_is_a_regular_expression_with_javascript_flags():
    pattern = text_or_regexp("/^sub.mit$/ims")
    assert pattern.pattern == "^sub.mit$"
    assert pattern.flags & re.IGNORECASE and pattern.flags & re.MULTILINE
    assert pattern.flags & re.DOTALL
    assert text_or_regexp("/total: \\d+/").search("Total: 12") is None
    assert text_or_regexp("/total: \\d+/i").search("Total: 12")


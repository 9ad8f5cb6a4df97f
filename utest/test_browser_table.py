"""docs/browser-library.md maps every Browser keyword to ours and cannot drift from either spec.

scripts/browser_table.py computes each row's status from the Browser library's spec
(scripts/browser_keywords.json) and ours (docs/ParallelSessions.libspec, kept current by
test_keyword_docs.py); these tests fail when the page is stale, when a keyword is missing
without a note, or when a note no longer fits.
"""

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

import browser_table  # noqa: E402


def test_every_browser_keyword_is_mapped_and_every_note_fits(capsys):
    assert browser_table.main(["--check"]) == 0, capsys.readouterr().out


@pytest.mark.parametrize("browser, ours, same", [
    (["selector", "force=False"], ["selector", "force=False", "*", "timeout=None"], True),
    (["selector", "force=False"], ["selector", "*", "timeout=None"], False),
    (["selector", "txt"], ["selector", "value"], False),
    (["url", "timeout=None"], ["url", "*", "timeout=None"], False),  # Browser's is positional
    (["*", "delay=0:00:00"], ["*", "timeout=None"], False),
    (["*", "viewport=None"], ["**options"], True),
    (["selector", "*keys"], ["selector", "*keys", "timeout=None"], True),
])
def test_a_keyword_is_the_same_only_when_a_browser_style_call_runs_unchanged(browser, ours,
                                                                             same):
    assert (browser_table.differences(browser, ours) == []) is same


def test_a_stale_note_is_refused():
    browser = {"Click": ["selector"]}
    ours = {"Click": ["selector", "*", "timeout=None"]}
    notes = {"Click": (browser_table.OTHER_ARGUMENTS, "it used to differ")}
    original = browser_table.NOTES
    browser_table.NOTES = notes
    try:
        _, problems = browser_table.rows(browser, ours)
    finally:
        browser_table.NOTES = original
    assert problems == ["'Click' is now the same as Browser's: drop its 'same name, other "
                        "arguments' note (or make it a plain remark)."]

"""The README's example suite is a file that the example run executes as printed."""

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_the_readme_example_is_the_suite_that_runs():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    first_example = re.search(r"```robotframework\n(.*?)```", readme, re.S).group(1)
    suite = (ROOT / "atest" / "examples" / "readme_example.robot").read_text(encoding="utf-8")
    assert first_example == suite

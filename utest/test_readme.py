"""The README's example suite is a file that the example run executes as printed."""

import inspect
import re
from pathlib import Path

import pytest

from ParallelSessions.core.settings import ENV_PREFIX, SETTINGS

ROOT = Path(__file__).resolve().parent.parent


def test_the_readme_example_is_the_suite_that_runs():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    first_example = re.search(r"```robotframework\n(.*?)```", readme, re.S).group(1)
    suite = (ROOT / "atest" / "examples" / "readme_example.robot").read_text(encoding="utf-8")
    assert first_example == suite


def configuration_table() -> dict[str, tuple[str, str]]:
    """The README's configuration rows: import argument -> (environment variable, default)."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Configuration", 1)[1].split("\n## ", 1)[0]
    rows = {}
    for line in section.splitlines():
        cells = [cell.strip() for cell in line.strip().strip("|").split("|")]
        if len(cells) == 4 and cells[0].startswith("`"):
            rows[cells[0].strip("`")] = (cells[1].strip("`"), cells[2].strip("`"))
    return rows


# Defaults that are no value of the library's but something the browser or machine decides.
DECIDED_ELSEWHERE = {"none", "discovered", "Chromium's", "the system's"}


def test_the_readme_configuration_table_lists_every_import_argument():
    from ParallelSessions import ParallelSessions

    parameters = inspect.signature(ParallelSessions.__init__).parameters
    arguments = [name for name, p in parameters.items() if p.kind is p.KEYWORD_ONLY]
    assert sorted(configuration_table()) == sorted(arguments)


@pytest.mark.parametrize("setting", SETTINGS, ids=lambda setting: setting.name)
def test_the_readme_gives_each_settings_environment_variable_and_default(setting):
    environment_variable, default = configuration_table()[setting.name]
    assert environment_variable == ENV_PREFIX + setting.env
    if setting.default in (None, ()):
        assert default in DECIDED_ELSEWHERE
    else:
        assert setting.parse(default) == setting.default


def test_arguments_without_a_setting_have_no_environment_variable():
    settings = {setting.name for setting in SETTINGS}
    for name, (environment_variable, default) in configuration_table().items():
        if name not in settings:
            assert (environment_variable, default) == ("-", "none")

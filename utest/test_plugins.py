"""Plugins: the example of docs/python.md is the plugin the acceptance suite uses, and it works."""

import re
from pathlib import Path

import pytest

from ParallelSessions import LibraryComponent, ParallelSessions
from ParallelSessions.concurrency.step import Step
from ParallelSessions.rf.component import CONCURRENT
from ParallelSessions.core.session import SessionHandle

ROOT = Path(__file__).resolve().parent.parent
DEMO_PLUGIN = ROOT / "atest" / "resources" / "DemoPlugin.py"


def documented_plugin() -> str:
    section = (ROOT / "docs" / "python.md").read_text().split("## Plugins", 1)[1]
    return re.search(r"```python\n(.*?)```", section, re.S).group(1)


def test_the_documented_plugin_is_the_one_the_suite_uses():
    assert documented_plugin() == DEMO_PLUGIN.read_text()
    assert len(documented_plugin().splitlines()) <= 15


@pytest.fixture
def library(tmp_path):
    path = tmp_path / "DemoPlugin.py"
    path.write_text(documented_plugin())
    library = ParallelSessions(plugins=str(path))
    assert library.configuration_error is None
    return library


def test_the_documented_plugin_adds_its_keywords(library):
    assert {"get_heading", "count_cookies"} <= set(library.keywords)
    assert isinstance(library.keywords["get_heading"].__self__, LibraryComponent)
    assert CONCURRENT in library.get_keyword_tags("get_heading")
    assert CONCURRENT not in library.get_keyword_tags("count_cookies")
    assert library.get_keyword_documentation("get_heading").startswith("Returns the text")


def test_the_documented_plugin_plans_a_concurrent_step_that_reads_the_page(library, loop,
                                                                            chromium):
    keyword = library.keywords["get_heading"]
    step = keyword.step_builder(keyword.__self__)  # as Run In Sessions Concurrently plans it
    assert isinstance(step, Step)
    assert step.description == "Get Heading"

    async def open_page():
        context = await chromium.new_context()
        page = await context.new_page()
        await page.set_content("<h1>Hello plugin</h1><h1>second</h1>")
        return context, page

    context, page = loop.run(open_page())
    try:
        handle = SessionHandle("plugin_1", "anonymous", context=context, page=page)
        assert loop.run(step.run(handle)) == "Hello plugin"
    finally:
        loop.run(context.close())


def test_without_a_session_a_plugin_keyword_fails_with_the_librarys_sentence(library):
    with pytest.raises(Exception, match="^No session is current: open one with Open Session"):
        library.keywords["count_cookies"]()


@pytest.mark.parametrize("plugins, expected", [
    ("NoSuchPlugin", "Plugin 'NoSuchPlugin' could not be imported: No module named "
                     "'NoSuchPlugin'; give plugins as module names, module.Class names or paths "
                     "of .py files, separated by commas; each names a subclass of "
                     "ParallelSessions.LibraryComponent (a module: every one defined in it)."),
    ("pathlib.Path", "Plugin 'pathlib.Path' is not a subclass of "
                     "ParallelSessions.LibraryComponent; give plugins as "),
    ("json", "Plugin module 'json' defines no subclass of ParallelSessions.LibraryComponent; "),
    ("ParallelSessions.keywords.waiting.WaitingKeywords",
     "Plugin ParallelSessions.keywords.waiting.WaitingKeywords has keyword 'Element Should Be "
     "Visible', which is already a ParallelSessions keyword; rename it, e.g. "
     "@keyword(\"My Element Should Be Visible\")."),
])
def test_a_bad_plugin_fails_every_keyword_with_a_sentence(plugins, expected):
    library = ParallelSessions(plugins=plugins)
    assert str(library.configuration_error).startswith(expected)
    with pytest.raises(Exception) as error:
        library.run_keyword("Get Session Ids", [])
    assert str(error.value) == str(library.configuration_error)


def test_a_plugin_whose_constructor_fails_names_the_error(tmp_path):
    (tmp_path / "Broken.py").write_text(
        "from ParallelSessions import LibraryComponent\n"
        "class Broken(LibraryComponent):\n"
        "    def __init__(self, library):\n"
        "        raise RuntimeError('no config file')\n")
    library = ParallelSessions(plugins=str(tmp_path / "Broken.py"))
    assert str(library.configuration_error) == (
        "Plugin Broken.Broken failed to start: RuntimeError: no config file")

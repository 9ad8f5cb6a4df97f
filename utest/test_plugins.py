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


LABELLED_TEXT = ROOT / "atest" / "resources" / "LabelledText.py"


def test_the_guides_plugin_with_arguments_is_the_one_the_tests_use():
    section = (ROOT / "docs" / "guide.md").read_text().split("## Plugins", 1)[1]
    example = re.search(r"```python\n(.*?)```", section, re.S).group(1)
    assert example.strip() in LABELLED_TEXT.read_text()
    assert "LabelledText.py;h1;label=Heading" in section


def plugin_of(library, keyword_name):
    return library.keywords[keyword_name].__self__


@pytest.mark.parametrize("entry, selector, label", [
    (f"{LABELLED_TEXT};h2", "h2", "Text"),
    (f"{LABELLED_TEXT};h2;label=Heading", "h2", "Heading"),
    (f"{LABELLED_TEXT};label=Heading;selector=#main", "#main", "Heading"),
    (f"LabelledText;h2;Heading", "h2", "Heading"),
])
def test_arguments_after_semicolons_reach_the_plugin_as_in_the_browser_library(
        entry, selector, label, monkeypatch):
    monkeypatch.syspath_prepend(str(LABELLED_TEXT.parent))
    library = ParallelSessions(plugins=f"{entry}, {DEMO_PLUGIN}")
    assert library.configuration_error is None
    plugin = plugin_of(library, "get_labelled_text")
    assert (plugin.library, plugin.selector, plugin.label) == (library, selector, label)
    assert "get_heading" in library.keywords


def test_a_relative_path_is_read_from_the_working_directory(tmp_path, monkeypatch):
    (tmp_path / "mine").mkdir()
    (tmp_path / "mine" / "LabelledText.py").write_text(LABELLED_TEXT.read_text())
    monkeypatch.chdir(tmp_path)
    library = ParallelSessions(plugins="mine/LabelledText.py;main")
    assert library.configuration_error is None
    assert plugin_of(library, "get_labelled_text").selector == "main"


TEAM = ("from ParallelSessions import LibraryComponent\n"
        "from robot.api.deco import keyword\n"
        "class Buyer(LibraryComponent):\n"
        "    def __init__(self, library, shop='main'):\n"
        "        super().__init__(library)\n"
        "        self.shop = shop\n"
        "    @keyword\n"
        "    def buy(self): pass\n"
        "class Seller(LibraryComponent):\n"
        "    def __init__(self, library, shop='main'):\n"
        "        super().__init__(library)\n"
        "        self.shop = shop\n"
        "    @keyword\n"
        "    def sell(self): pass\n")


@pytest.mark.parametrize("by", ["name", "path"])
def test_a_module_stands_for_every_plugin_class_defined_in_it(by, tmp_path, monkeypatch):
    module = tmp_path / f"team_by_{by}.py"
    module.write_text(TEAM)
    monkeypatch.syspath_prepend(str(tmp_path))
    library = ParallelSessions(plugins=f"{module.stem if by == 'name' else module};outlet")
    assert library.configuration_error is None
    buyer, seller = plugin_of(library, "buy"), plugin_of(library, "sell")
    assert (type(buyer).__name__, type(seller).__name__) == ("Buyer", "Seller")
    assert buyer.shop == seller.shop == "outlet"


def test_a_plugin_without_keywords_is_refused(tmp_path):
    (tmp_path / "Empty.py").write_text(
        "from ParallelSessions import LibraryComponent\n"
        "class Empty(LibraryComponent):\n"
        "    def helper(self): pass\n")
    library = ParallelSessions(plugins=str(tmp_path / "Empty.py"))
    assert str(library.configuration_error) == (
        "Plugin Empty.Empty has no keywords: mark its keyword methods with @keyword or "
        "@concurrent_keyword().")


@pytest.mark.parametrize("arguments, expected", [
    (";h1;label=a=b", "Plugin '{path}' argument 2 has more than one '=': write a positional "
                      "argument without '=' and a named one as name=value, separated by ';'."),
    ("", "Plugin LabelledText.LabelledText failed to start: TypeError: "
         "LabelledText.__init__() missing 1 required positional argument: 'selector'"),
    (";h1;Heading;extra", "Plugin LabelledText.LabelledText failed to start: TypeError: "
                          "LabelledText.__init__() takes from 3 to 4 positional arguments but "
                          "5 were given"),
    (";h1;colour=red", "Plugin LabelledText.LabelledText failed to start: TypeError: "
                       "LabelledText.__init__() got an unexpected keyword argument 'colour'"),
])
def test_wrong_plugin_arguments_fail_with_a_sentence(arguments, expected):
    library = ParallelSessions(plugins=f"{LABELLED_TEXT}{arguments}")
    assert str(library.configuration_error) == expected.format(path=LABELLED_TEXT)


def test_the_same_plugin_twice_is_refused_naming_the_other_plugin():
    library = ParallelSessions(plugins=f"{DEMO_PLUGIN}, {DEMO_PLUGIN}")
    assert str(library.configuration_error) == (
        "Plugin DemoPlugin.DemoPlugin has keyword 'Count Cookies', which is already a keyword "
        "of plugin DemoPlugin.DemoPlugin; rename it, e.g. @keyword(\"My Count Cookies\").")

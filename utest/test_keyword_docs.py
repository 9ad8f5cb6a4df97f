"""The public keyword surface: names are pinned and every keyword is documented."""

import re
import sys
from pathlib import Path

import pytest
from robot.libdocpkg import LibraryDocumentation

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "scripts"))
import make_docs  # noqa: E402

from ParallelSessions import ParallelSessions

EXPECTED_KEYWORDS = {
    "Check Checkbox", "Click", "Close All Sessions", "Close Session", "Element Should Be Visible",
    "Element Should Not Be Visible", "Element Text Should Be", "Evaluate JavaScript",
    "Fill Secret", "Fill Text", "Get Attribute", "Get Cookies", "Get Current Session",
    "Get Element Count", "Get Local Storage Item", "Get Session Ids", "Get Session Info",
    "Get Text", "Get Title", "Get Url", "Go Back", "Go To", "Open Account Session",
    "Open Admin Session", "Open Anonymous Session", "Open Session", "Page Should Contain",
    "Page Should Not Contain", "Press Keys", "Reload", "Run Keyword In Session",
    "Run Keyword In Temporary Session", "Select Option", "Session Should Exist",
    "Session Should Not Exist", "Set Base Url", "Set Login Keyword", "Switch To Session",
    "Take Screenshot", "Uncheck Checkbox", "Url Should Contain", "Wait For Element",
    "Wait For Url", "Run In Sessions Concurrently", "Run Keyword In Sessions", "Open API Session",
    "API Request", "API Get", "API Post", "API Put", "API Patch", "API Delete",
    "Take Screenshots Of All Sessions", "Log Sessions", "Forget Saved Logins",
    "Get Property", "Get Checkbox State", "Get Selected Options", "Get Element States",
    "Hover", "Click With Options", "Drag And Drop", "Scroll To Element", "Focus", "Type Text",
    "Type Secret", "Clear Text", "Keyboard Key", "Keyboard Input", "Go Forward", "Get Cookie",
    "Add Cookie", "Delete All Cookies", "LocalStorage Get Item", "LocalStorage Set Item",
    "LocalStorage Remove Item", "LocalStorage Clear", "SessionStorage Get Item",
    "SessionStorage Set Item", "SessionStorage Remove Item", "SessionStorage Clear",
    "Handle Future Dialogs", "Wait For Alert", "Upload File By Selector", "Download",
    "Click And Wait For Download", "New Page", "Switch Page", "Get Page Ids", "Close Page", "Open Sessions",
    "Wait For Response", "Wait For Request", "Add Route", "Remove Routes",
    "Save Storage State", "Wait For Prewarmed Sessions",
    "Grant Permissions", "Clear Permissions", "Set Geolocation", "Set Offline", "Emulate Media",
    "Set Time", "Advance Clock", "Pause At", "Resume Clock", "Get Console Log", "Get Page Errors",
    "Add Locator Handler Click", "Add Locator Handler Custom", "Remove Locator Handler",
    "Save Page As Pdf", "Get Aria Snapshot", "Get Device", "Get Devices",
    "New Browser", "New Context", "Close Context", "Switch Context", "Get Context Ids",
    "Close Browser", "Switch Browser", "Get Browser Ids", "Wait For Alerts", "Set Storage State",
}
EXPECTED_KEYWORDS |= {
    "Wait For Elements State", "Wait For Condition", "Wait For Function", "Wait For Load State",
    "Wait For Navigation", "Promise To", "Wait For", "Wait For All Promises",
    "Promise To Wait For Download", "Promise To Upload File",
    "Get Viewport Size", "Get Client Size", "Get Scroll Size", "Get Scroll Position",
    "Get BoundingBox", "Set Viewport Size", "Scroll To", "Scroll By",
    "Select Options By", "Deselect Options", "Get Select Options", "Set Strict Mode",
    "Set Browser Timeout", "Set Retry Assertions For",
    "Get Element", "Get Elements", "Get Element By", "Get Element By Role", "Get Style",
    "Get Classes", "Get Attribute Names", "Get Page Source", "Add Style Tag",
    "Highlight Elements", "Get Table Cell Element", "Get Table Cell Index", "Get Table Row Index",
    "Mouse Button", "Mouse Move", "Mouse Move Relative To", "Mouse Wheel",
    "Drag And Drop By Coordinates", "Drag And Drop Relative To", "Tap",
}

# Positional arguments of the getters, in the Browser library's order, so suites port.
BROWSER_ARGUMENT_ORDER = {
    "Get Text": ["selector", "assertion_operator", "assertion_expected", "message"],
    "Get Attribute": ["selector", "attribute", "assertion_operator", "assertion_expected",
                      "message"],
    "Get Property": ["selector", "property", "assertion_operator", "assertion_expected",
                     "message"],
    "Get Element Count": ["selector", "assertion_operator", "assertion_expected", "message"],
    "Get Checkbox State": ["selector", "assertion_operator", "assertion_expected", "message"],
    "Get Selected Options": ["selector", "option_attribute", "assertion_operator",
                             "assertion_expected"],
    "Get Cookies": ["return_type"],
    "Get Cookie": ["cookie", "return_type"],
    "LocalStorage Get Item": ["key", "assertion_operator", "assertion_expected", "message",
                              "frame_selector"],
    "LocalStorage Set Item": ["key", "value", "frame_selector"],
    "LocalStorage Remove Item": ["key", "frame_selector"],
    "LocalStorage Clear": ["frame_selector"],
    "SessionStorage Get Item": ["key", "assertion_operator", "assertion_expected", "message",
                                "frame_selector"],
    "SessionStorage Set Item": ["key", "value", "frame_selector"],
    "SessionStorage Remove Item": ["key", "frame_selector"],
    "SessionStorage Clear": ["frame_selector"],
    "Save Storage State": ["path"],
    "Download": ["url", "saveAs", "wait_for_finished", "download_timeout"],
    "Upload File By Selector": ["selector", "path", "extra_paths"],
    "Get Element States": ["selector", "assertion_operator", "assertion_expected"],
    "Get Url": ["assertion_operator", "assertion_expected", "message"],
    "Get Title": ["assertion_operator", "assertion_expected", "message"],
    "Get Viewport Size": ["key", "assertion_operator", "assertion_expected", "message"],
    "Get Client Size": ["selector", "key", "assertion_operator", "assertion_expected", "message"],
    "Get Scroll Size": ["selector", "key", "assertion_operator", "assertion_expected", "message"],
    "Get Scroll Position": ["selector", "key", "assertion_operator", "assertion_expected",
                            "message"],
    "Get BoundingBox": ["selector", "key", "assertion_operator", "assertion_expected", "message"],
    "Set Viewport Size": ["width", "height"],
    "Scroll To": ["selector", "vertical", "horizontal", "behavior"],
    "Scroll By": ["selector", "vertical", "horizontal", "behavior"],
    "Take Screenshot": ["filename", "selector"],
    "Get Select Options": ["selector", "assertion_operator", "assertion_expected", "message"],
    "Select Options By": ["selector", "attribute", "values"],
    "Deselect Options": ["selector"],
    "Set Strict Mode": ["mode", "scope"],
    "Set Browser Timeout": ["timeout", "scope"],
    "Set Retry Assertions For": ["timeout", "scope"],
    "Get Style": ["selector", "key", "assertion_operator", "assertion_expected", "message",
                  "pseudo_element"],
    "Get Classes": ["selector", "assertion_operator", "assertion_expected"],
    "Get Attribute Names": ["selector", "assertion_operator", "assertion_expected"],
    "Get Page Source": ["assertion_operator", "assertion_expected", "message"],
    "Get Table Cell Index": ["selector", "assertion_operator", "assertion_expected", "message"],
    "Get Table Row Index": ["selector", "assertion_operator", "assertion_expected", "message"],
    "Get Table Cell Element": ["table", "column", "row"],
    "Get Element By": ["selection_strategy", "text", "exact", "all_elements"],
    "Highlight Elements": ["selector", "duration", "width", "style", "color"],
}

# The Browser library's waiting keywords and promises: every argument, in its order.
BROWSER_WAITING_ARGUMENTS = {
    "Wait For Elements State": ["selector", "state", "timeout", "message"],
    "Wait For Condition": ["condition", "args", "timeout", "message"],
    "Wait For Function": ["function", "selector", "polling", "timeout", "message"],
    "Wait For Load State": ["state", "timeout"],
    "Wait For Navigation": ["url", "timeout", "wait_until"],
    "Wait For Request": ["matcher", "timeout"],
    "Wait For Response": ["matcher", "timeout"],
    "Promise To": ["kw", "args"],
    "Wait For": ["promises"],
    "Wait For All Promises": [],
    "Promise To Wait For Download": ["saveAs", "wait_for_finished", "download_timeout"],
    "Promise To Upload File": ["path"],
}

# Browser's arguments of the JavaScript, mouse and keyboard keywords: positional in its order,
# then the named-only ones (ours end with timeout).
BROWSER_SIGNATURES = {
    "Evaluate JavaScript": (["selector", "function"], ["arg", "all_elements", "timeout"]),
    "Mouse Button": (["action", "x", "y", "button", "clickCount", "delay"], ["timeout"]),
    "Mouse Move": (["x", "y", "steps"], ["timeout"]),
    "Mouse Move Relative To": (["selector", "x", "y", "steps"], ["timeout"]),
    "Mouse Wheel": (["deltaX", "deltaY"], ["timeout"]),
    "Keyboard Key": (["action", "key"], ["delay", "timeout"]),
    "Keyboard Input": (["action", "input", "delay"], ["timeout"]),
    "Drag And Drop By Coordinates": (["from_x", "from_y", "to_x", "to_y", "steps"], ["timeout"]),
    "Drag And Drop Relative To": (["selector_from", "x", "y", "steps"], ["timeout"]),
    "Tap": (["selector", "modifiers"],
            ["force", "noWaitAfter", "position_x", "position_y", "trial", "timeout"]),
}

LIBDOC = LibraryDocumentation("ParallelSessions")
KEYWORDS = {kw.name: kw for kw in LIBDOC.keywords}


# Browser's named-only arguments (after its positional ones), by name.
BROWSER_NAMED_ONLY = {
    "Get Element States": ["message", "return_names"],
    "Get Selected Options": ["message"],
    "Save Storage State": ["indexedDB"],
}


@pytest.mark.parametrize("name", sorted(BROWSER_NAMED_ONLY))
def test_keywords_take_the_browser_librarys_named_only_arguments(name):
    assert set(BROWSER_NAMED_ONLY[name]) <= set(KEYWORDS[name].args.named_only)


def test_keyword_names_are_pinned():
    assert set(KEYWORDS) == EXPECTED_KEYWORDS


def test_no_keyword_method_hides_the_shared_state_of_its_component():
    """A keyword method named like LibraryComponent's attributes (``focus``) breaks them all."""
    from ParallelSessions.rf.component import LibraryComponent

    library = ParallelSessions()
    shared = {name for name in dir(LibraryComponent) if not name.startswith("_")}
    for method in library.keywords.values():
        assert method.__name__ not in shared, method.__name__


@pytest.mark.parametrize("name", sorted(BROWSER_ARGUMENT_ORDER))
def test_getters_take_their_arguments_in_the_browser_librarys_order(name):
    spec = KEYWORDS[name].args
    positional = [*spec.positional, *([spec.var_positional] if spec.var_positional else [])]
    positional = positional[:len(BROWSER_ARGUMENT_ORDER[name])]
    assert positional == BROWSER_ARGUMENT_ORDER[name]


@pytest.mark.parametrize("name", sorted(BROWSER_WAITING_ARGUMENTS))
def test_waiting_keywords_take_the_browser_librarys_arguments(name):
    assert [arg.name for arg in KEYWORDS[name].args] == BROWSER_WAITING_ARGUMENTS[name]
@pytest.mark.parametrize("name", sorted(BROWSER_SIGNATURES))
def test_mouse_keyboard_and_javascript_take_browsers_arguments(name):
    spec = KEYWORDS[name].args
    positional = [*spec.positional, *([spec.var_positional] if spec.var_positional else [])]
    assert (positional, list(spec.named_only)) == BROWSER_SIGNATURES[name]


@pytest.mark.parametrize("name", sorted(EXPECTED_KEYWORDS))
def test_every_keyword_has_summary_and_example(name):
    doc = KEYWORDS[name].doc
    summary = doc.splitlines()[0]
    assert summary.endswith("."), f"{name}: summary should be one sentence"
    assert any(line.strip().startswith("|") for line in doc.splitlines()), f"{name}: no example table"


def test_library_intro_has_the_concept_sections():
    for section in ("= Sessions =", "= Roles =", "= Logging in =", "= Keywords to start with =",
                    "= Example =", "= Concurrency =", "= Assertions =", "= Browser options =",
                    "= Network =", "= Secrets =", "= Failure evidence =", "= Configuration ="):
        assert section in LIBDOC.doc


def test_the_introduction_stays_a_first_page():
    """Details belong in docs/guide.md, which the introduction links to."""
    lines = LIBDOC.doc.splitlines()
    assert len(lines) <= 200, f"the introduction has {len(lines)} lines; move details to the guide"
    assert "[guide.md|user guide]" in LIBDOC.doc


def test_names_in_backticks_are_keywords_or_introduction_sections():
    """libdoc links `Name` to a keyword or a section; any other name is shown as plain text."""
    targets = {name.lower() for name in KEYWORDS} | {"importing", "introduction", "keywords"}
    targets |= {match.lower() for match in
                re.findall(r"^=+ (.+?) =+$", LIBDOC.doc, re.MULTILINE)}
    for item in [LIBDOC, *LIBDOC.inits, *LIBDOC.keywords]:
        names = re.findall(r"`(.+?)`", re.sub(r"``.+?``", "", item.doc))
        assert [name for name in names if name.lower() not in targets] == [], item.name


def test_importing_the_library_starts_no_browser():
    library = ParallelSessions()
    assert not library.runtime.loop.running
    assert not library.runtime.browser_started


def test_page_keywords_that_wait_take_a_timeout():
    waiting = {"Click", "Fill Text", "Fill Secret", "Get Text", "Wait For Element", "Wait For Url",
               "Element Should Be Visible", "Element Text Should Be", "Page Should Contain", "Go To"}
    for name in waiting:
        assert "timeout" in [arg.name for arg in KEYWORDS[name].args], name


def test_generated_reference_and_spec_match_the_code():
    """docs/ must be regenerated (make docs) whenever keywords or their docs change."""
    assert make_docs.stale() == [], "run 'make docs' to regenerate the reference"


def test_generated_docs_name_no_path_of_the_machine_that_built_them():
    for name in make_docs.OUTPUTS:
        text = (make_docs.DOCS / name).read_text(encoding="utf-8")
        assert str(make_docs.ROOT) not in text
        assert not re.search(r'source="/|"source": ?"/', text), name


def test_an_editor_gets_completion_from_the_committed_spec():
    """RobotCode and the language server load the spec as libdoc does."""
    spec = LibraryDocumentation(str(make_docs.DOCS / "ParallelSessions.libspec"))
    keywords = {kw.name: kw for kw in spec.keywords}
    assert set(keywords) == EXPECTED_KEYWORDS
    get_text = keywords["Get Text"]
    assert [a.name for a in get_text.args][:4] == [
        "selector", "assertion_operator", "assertion_expected", "message"]
    assert get_text.source == "ParallelSessions/keywords/getters.py"
    assert "<p>" in get_text.doc  # HTML documentation, as editors show it


def test_the_readmes_keyword_section_links_to_files_that_exist():
    readme = (make_docs.ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("\n## Keywords", 1)[1].split("\n## ", 1)[0]
    links = re.findall(r"\]\(([^)#\s]+)[^)]*\)", section)
    assert "docs/ParallelSessions.html" in links
    assert [link for link in links if not (make_docs.ROOT / link).exists()] == []


# Arguments of the action, navigation and page keywords, as the Browser library names and orders
# them (issue 19); ours may add keyword-only arguments after them (timeout, expected_status).
BROWSER_ARGUMENTS = {
    "Click": ["selector", "button"],
    "Click With Options": ["selector", "button", "*modifiers", "clickCount", "delay", "force",
                           "noWaitAfter", "position_x", "position_y", "trial"],
    "Check Checkbox": ["selector", "force"],
    "Uncheck Checkbox": ["selector", "force"],
    "Fill Text": ["selector", "txt", "force"],
    "Fill Secret": ["selector", "secret", "force"],
    "Type Secret": ["selector", "secret", "delay", "clear"],
    "Press Keys": ["selector", "*keys", "press_duration", "key_delay"],
    "Clear Text": ["selector"],
    "Hover": ["selector", "position_x", "position_y", "force", "*modifiers"],
    "Go To": ["url", "timeout", "wait_until"],
    "Reload": ["timeout", "waitUntil"],
    "New Page": ["url", "wait_until"],
    "Go Back": [],
    "Go Forward": [],
    "Close Page": ["page", "context", "browser", "runBeforeUnload"],
    "Switch Page": ["id", "context", "browser"],
    "Get Page Ids": ["page", "context", "browser", "assertion_operator", "*assertion_expected",
                     "message"],
    "Handle Future Dialogs": ["action", "prompt_input"],
}
OUR_EXTRA_ARGUMENTS = ["timeout", "expected_status"]


@pytest.mark.parametrize("name", sorted(BROWSER_ARGUMENTS))
def test_actions_take_the_browser_librarys_arguments(name):
    spec = KEYWORDS[name].args
    names = [*spec.positional, *([f"*{spec.var_positional}"] if spec.var_positional else []),
             *spec.named_only]
    ours = [n for n in names if n not in OUR_EXTRA_ARGUMENTS or n in BROWSER_ARGUMENTS[name]]
    assert ours == BROWSER_ARGUMENTS[name]

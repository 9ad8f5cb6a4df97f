"""What a reader of the committed keyword reference sees, in a real headless Chromium.

test_keyword_docs.py checks that docs/ParallelSessions.html is what the generator
gives today; this checks that what it gives is readable: a page whose docs were not
converted to HTML shows the introduction as raw ``%TOC%``/``= Sessions =``/``| ... |``
text, and a ``<select>`` in a docstring became a real dropdown that swallowed the 36
keywords after it, while the generator check still passed. The page is read once,
with the Chromium the library finds and its launch flags (the ``chromium`` fixture).
"""

import re
import sys
from pathlib import Path

import pytest
from robot.libdocpkg import LibraryDocumentation

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "scripts"))
from make_docs import DOCS  # noqa: E402

from ParallelSessions import ParallelSessions

COMMITTED = DOCS / "ParallelSessions.html"
SPEC = DOCS / "ParallelSessions.libspec"
INTRO_DOC = ParallelSessions.__doc__

# Robot Framework's own formatting rules (robot.utils.htmlformatters).
HEADING = re.compile(r"^(={1,3})\s+(\S.*?)\s+\1$")
TABLE_LINE = re.compile(r"^\| (.* |)\|$")

# Elements no documentation may become: Robot-format docs give none of them, so one in
# a doc is a docstring's raw HTML taken as markup (a dropdown that eats the page).
FOREIGN = "select, option, input, textarea, form, iframe, object, embed, script, style, dialog"

# Keyword entries have ``content-visibility: auto``: Chromium renders (and gives the
# innerText of) only those near the viewport, so each part is read scrolled into view,
# after the frame that renders it, as a reader scrolling down the page would see it.
READ_PAGE = """async (foreign) => {
  const rendered = () => new Promise(done => requestAnimationFrame(() => requestAnimationFrame(done)));
  const shown = el => !!el && el.checkVisibility()
      && el.getBoundingClientRect().width > 0 && el.getBoundingClientRect().height > 0;
  const text = el => shown(el) ? el.innerText.trim() : '';
  const docs = '#introduction-container .doc, #importing-container .doc, .keyword-container .kwdoc';
  const intro = document.querySelector('#introduction-container .doc');
  const seen = [];
  const keywords = [];
  for (const part of document.querySelectorAll('#introduction-container, #importing-container')) {
    part.scrollIntoView();
    await rendered();
    seen.push(part.innerText);
  }
  for (const kw of document.querySelectorAll('.keyword-container')) {
    kw.scrollIntoView();
    await rendered();
    keywords.push({name: kw.id, shown: shown(kw), title: text(kw.querySelector('.kw-name')),
                   doc: text(kw.querySelector('.kwdoc'))});
    seen.push(kw.innerText);
  }
  return {
    keywords,
    headings: intro ? [...intro.querySelectorAll('h2, h3')].filter(shown)
        .map(h => h.textContent.trim()) : [],
    tables: intro ? [...intro.querySelectorAll('table')].filter(shown).length : 0,
    preformatted: intro ? [...intro.querySelectorAll('pre')].filter(shown).length : 0,
    foreign: [...document.querySelectorAll(docs)].flatMap(doc =>
        [...doc.querySelectorAll(foreign)].map(el => el.outerHTML.slice(0, 80))),
    unresolved: [...document.querySelectorAll(docs)].flatMap(doc =>
        [...doc.querySelectorAll('span.name')].map(span =>
            (span.closest('.keyword-container') || {id: 'introduction'}).id
            + ': `' + span.textContent + '`')),
    file_links: intro ? [...intro.querySelectorAll('a[href]')].map(a => a.getAttribute('href'))
        .filter(href => !href.startsWith('#') && !/^[a-z]+:/i.test(href)) : [],
    text: seen.join('\\n'),
  };
}"""


@pytest.fixture(scope="module")
def reference(loop, chromium):
    """What Chromium shows of the committed docs/ParallelSessions.html."""
    async def read():
        context = await chromium.new_context(viewport={"width": 1280, "height": 900})
        try:
            tab = await context.new_page()
            await tab.goto(COMMITTED.as_uri(), wait_until="load", timeout=30_000)
            await tab.wait_for_selector("#introduction-container", timeout=30_000)
            return await tab.evaluate(READ_PAGE, FOREIGN)
        finally:
            await context.close()

    return loop.run(read(), timeout=60)


def headings(doc: str) -> list[str]:
    return [match[2] for line in doc.splitlines() if (match := HEADING.match(line.strip()))]


def table_count(doc: str) -> int:
    """Runs of Robot table lines (``| a | b |``): each is one table."""
    count, inside = 0, False
    for line in doc.splitlines():
        is_row = bool(TABLE_LINE.match(line.strip()))
        count += is_row and not inside
        inside = is_row
    return count


def github_anchor(heading: str) -> str:
    """The anchor GitHub gives a Markdown heading."""
    text = heading.strip().lower().replace("`", "")
    return re.sub(r"[^\w\- ]", "", text).replace(" ", "-")


def test_every_keyword_of_the_spec_has_a_visible_entry_with_its_documentation(reference):
    spec = [kw.name for kw in LibraryDocumentation(str(SPEC)).keywords]
    entries = {entry["name"]: entry for entry in reference["keywords"] if entry["shown"]}
    missing = [name for name in spec if name not in entries]
    assert not missing, f"{len(missing)} of {len(spec)} keywords are not shown: {missing}"
    for name in spec:
        assert entries[name]["title"] == name, name
        assert entries[name]["doc"], f"{name} shows no documentation"


def test_no_documentation_became_an_html_element(reference):
    assert reference["foreign"] == []


def test_the_introduction_has_visible_section_headings(reference):
    expected = headings(INTRO_DOC)
    assert len(expected) >= 5
    shown = reference["headings"]
    assert [name for name in expected if name not in shown] == [], shown


def test_the_introductions_tables_are_real_tables(reference):
    expected = table_count(INTRO_DOC)
    assert expected >= 2
    assert reference["tables"] == expected
    assert reference["preformatted"] >= 1  # the example suite, as code


def test_no_raw_markup_is_visible(reference):
    text = reference["text"]
    assert "%TOC%" not in text
    assert "``" not in text
    raw_lines = [line for line in text.splitlines()
                 if line.lstrip().startswith(("= ", "== ", "| ")) or HEADING.match(line.strip())]
    assert raw_lines == []


def test_every_name_in_backticks_links_to_a_keyword_or_section(reference):
    """libdoc links `Name` to a keyword or an introduction section; any other is plain text."""
    assert reference["unresolved"] == []


def markdown_anchors(path: Path) -> set[str]:
    return {github_anchor(line.lstrip("#")) for line in
            path.read_text(encoding="utf-8").splitlines() if line.startswith("#")}


def test_links_to_the_user_guide_land_on_its_headings(reference):
    """The introduction links to files beside the page (docs/) and to the guide's sections."""
    assert any(link.startswith("guide.md#") for link in reference["file_links"]), \
        "the introduction links to no section of docs/guide.md"
    broken = []
    for link in reference["file_links"]:
        file, _, anchor = link.partition("#")
        target = (DOCS / file).resolve()
        if not target.is_file() or anchor and anchor not in markdown_anchors(target):
            broken.append(link)
    assert broken == [], f"links from the introduction to nowhere: {broken}"
    guide = DOCS / "guide.md"
    inside = re.findall(r"\]\(#([^)]+)\)", guide.read_text(encoding="utf-8"))
    missing = [anchor for anchor in inside if anchor not in markdown_anchors(guide)]
    assert missing == [], f"the guide links to headings it does not have: {missing}"

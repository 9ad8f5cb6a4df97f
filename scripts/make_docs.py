"""Writes the keyword reference: docs/ParallelSessions.html for people and
docs/ParallelSessions.libspec (libdoc's XML spec, HTML documentation) for editors
such as RobotCode and the Robot Framework language server.

Source paths are relative to the repository, so the files hold nothing of the
machine that built them. Both hold the documentation converted from Robot
Framework's format to HTML, as ``python -m robot.libdoc`` writes them: the HTML
page shows what it is given, so unconverted docs appear as raw markup (``%TOC%``,
``= Section =``, ``| table |``) and an HTML tag in them (``<select>``) becomes a real
element. ``--check`` writes nothing and fails when the committed files differ
from what the code gives (the generation time aside); utest/test_reference_page.py
checks in Chromium what a reader of the committed page sees.

Usage: python scripts/make_docs.py [--check]
"""

from __future__ import annotations

import re
import sys
import tempfile
from pathlib import Path

from robot.libdocpkg import LibraryDocumentation

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"
OUTPUTS = {"ParallelSessions.html": "HTML", "ParallelSessions.libspec": "LIBSPEC"}
GENERATED = re.compile(r'"generated": ?"[^"]*"|generated="[^"]*"')


def relative(source: str | None) -> str | None:
    if not source:
        return source
    path = Path(source).resolve()
    return path.relative_to(ROOT).as_posix() if path.is_relative_to(ROOT) else path.name


def reference():
    """The library's documentation with repository-relative source paths."""
    libdoc = LibraryDocumentation("ParallelSessions")
    libdoc.source = relative(libdoc.source)
    for item in [*libdoc.inits, *libdoc.keywords]:
        item.source = relative(item.source)
    for type_doc in libdoc.type_docs:
        if getattr(type_doc, "source", None):
            type_doc.source = relative(type_doc.source)
    return libdoc


def write(folder: Path) -> list[Path]:
    written = []
    for name, form in OUTPUTS.items():
        libdoc = reference()
        libdoc.convert_docs_to_html()
        libdoc.save(str(folder / name), form)
        written.append(folder / name)
    return written


def comparable(path: Path) -> str:
    return GENERATED.sub("", path.read_text(encoding="utf-8"))


def stale() -> list[str]:
    """Names of committed files that differ from what the code gives now."""
    with tempfile.TemporaryDirectory() as folder:
        fresh = write(Path(folder))
        return [path.name for path in fresh
                if not (DOCS / path.name).exists()
                or comparable(path) != comparable(DOCS / path.name)]


def main(argv: list[str]) -> int:
    if "--check" in argv:
        outdated = stale()
        if outdated:
            print(f"docs: {', '.join(outdated)} differ from the code; run 'make docs'.")
            return 1
        print("docs: the reference and the editor spec match the code.")
        return 0
    for path in write(DOCS):
        print(f"docs: wrote {path.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

"""Writes the mapping table of docs/browser-library.md: every Browser keyword and ours.

It compares the Browser library's keywords (scripts/browser_keywords.json, see
browser_spec.py) with ours (docs/ParallelSessions.libspec, which make_docs.py keeps
current) and reads the explanations in scripts/browser_notes.py. Each Browser keyword
is one row:

- **same**: we have the keyword, and every Browser argument is there in the same order
  with the same default (ours may add arguments after them, such as ``timeout``);
- **same name, other arguments**: we have the name but not all its arguments; a note
  says why (sessions need it) and what to write instead;
- **ours**: we do the job under another name; the note names our keywords;
- **left out**: with the reason.

The status is computed, never written by hand, so a keyword that gains Browser's
arguments moves to "same" and its stale note is refused. ``--check`` writes nothing and
fails when the table is stale or a note is missing, stale or names no keyword of ours
(utest/test_browser_table.py runs it).

Usage: python scripts/browser_table.py [--check]
"""

from __future__ import annotations

import json
import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from browser_notes import NOTES  # noqa: E402
from browser_spec import SPEC, arguments  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
OURS = ROOT / "docs" / "ParallelSessions.libspec"
PAGE = ROOT / "docs" / "browser-library.md"
BEGIN = "<!-- mapping table: written by scripts/browser_table.py from both libraries' specs -->"
END = "<!-- end of mapping table -->"

SAME, OTHER_ARGUMENTS, RENAMED, LEFT_OUT = "same", "same name, other arguments", "ours", "left out"
REMARK = "remark"  # a note on a keyword that is the same
NOTE_KINDS = (OTHER_ARGUMENTS, RENAMED, LEFT_OUT, REMARK)


def our_keywords() -> dict[str, list[str]]:
    root = ET.parse(OURS).getroot()
    return {kw.get("name"): arguments(kw) for kw in root.findall("keywords/kw")}


def split(args: list[str]) -> tuple[list[str], list[str]]:
    """Arguments that can be given by position (with ``*name``), and the named-only ones."""
    for index, arg in enumerate(args):
        if arg.startswith("*") and not arg.startswith("**"):
            return args[:index + 1] if arg != "*" else args[:index], args[index + 1:]
    return args, []


def name_of(arg: str) -> str:
    return arg.lstrip("*").split("=", 1)[0]


def differences(browser: list[str], ours: list[str]) -> list[str]:
    """What a Browser-style call would miss in our arguments (empty when it runs unchanged)."""
    b_positional, b_named = split(browser)
    o_positional, o_named = split(ours)
    missing = []
    if o_positional[:len(b_positional)] != b_positional:
        missing.append(f"by position Browser takes {', '.join(b_positional) or 'nothing'}; "
                       f"ours {', '.join(o_positional[:max(len(b_positional), 1)]) or 'nothing'}")
    ours_by_name = {name_of(arg): arg for arg in ours}
    takes_any_name = any(arg.startswith("**") for arg in ours)
    for arg in b_named:
        if arg.startswith("**") or takes_any_name:
            continue
        if ours_by_name.get(name_of(arg)) != arg:
            missing.append(f"named {arg}: ours {ours_by_name.get(name_of(arg), 'has none')}")
    return missing


def extras(browser: list[str], ours: list[str]) -> list[str]:
    known = {name_of(arg) for arg in browser}
    return [name_of(arg) for arg in ours if arg != "*" and name_of(arg) not in known]


def rows(browser: dict[str, list[str]], ours: dict[str, list[str]]):
    """(Browser keyword, status, ours, note) for each keyword, and the problems found."""
    problems, table = [], []
    for name in sorted(NOTES):
        if name not in browser:
            problems.append(f"Note for '{name}', which the Browser library does not have.")
    for name, args in sorted(browser.items()):
        kind, note = NOTES.get(name, (None, ""))
        if kind is not None and kind not in NOTE_KINDS:
            problems.append(f"'{name}': note kind '{kind}' is not one of {', '.join(NOTE_KINDS)}.")
        for named in re.findall(r"`([^`]+)`", note if kind == RENAMED else ""):
            if named not in ours:
                problems.append(f"'{name}': the note names `{named}`, which we do not have.")
        if name in ours:
            missing = differences(args, ours[name])
            status = OTHER_ARGUMENTS if missing else SAME
            if missing and kind != OTHER_ARGUMENTS:
                problems.append(f"'{name}' takes other arguments here ({'; '.join(missing)}): "
                                f"make them Browser's or explain why in a "
                                f"'{OTHER_ARGUMENTS}' note.")
            if not missing and kind in (OTHER_ARGUMENTS, RENAMED, LEFT_OUT):
                problems.append(f"'{name}' is now the same as Browser's: drop its "
                                f"'{kind}' note (or make it a plain remark).")
            added = extras(args, ours[name])
            here = f"`{name}`" + (f" (also {', '.join(f'`{a}`' for a in added)})"
                                  if added else "")
            table.append((name, status, here, note))
        else:
            if kind not in (RENAMED, LEFT_OUT):
                problems.append(f"'{name}' is missing here: build it, or add a note saying "
                                f"which keyword of ours does the job ('{RENAMED}') or why it is "
                                f"'{LEFT_OUT}'.")
            here = ", ".join(f"`{named}`" for named in re.findall(r"`([^`]+)`", note)
                             if named in ours) if kind == RENAMED else ""
            table.append((name, kind or "missing", here, note))
    return table, problems


def markdown(table, browser_version: str) -> str:
    counts = {status: sum(1 for row in table if row[1] == status)
              for status in (SAME, OTHER_ARGUMENTS, RENAMED, LEFT_OUT)}
    lines = [BEGIN, "",
             f"Of the Browser library's {len(table)} keywords (version {browser_version}): "
             f"**{counts[SAME]} same**, {counts[OTHER_ARGUMENTS]} with the same name and other "
             f"arguments, {counts[RENAMED]} under another name here, {counts[LEFT_OUT]} left out.",
             "", "| Browser keyword | Status | ParallelSessions | Notes |", "|---|---|---|---|"]
    for name, status, here, note in table:
        lines.append(f"| `{name}` | {status} | {here} | {note.replace('|', '&#124;')} |")
    lines += ["", END]
    return "\n".join(lines)


def page_with(table_text: str) -> str:
    page = PAGE.read_text(encoding="utf-8")
    if BEGIN not in page or END not in page:
        raise SystemExit(f"{PAGE.relative_to(ROOT)} lacks the table markers:\n{BEGIN}\n{END}")
    head, rest = page.split(BEGIN, 1)
    return head + table_text + rest.split(END, 1)[1]


def main(argv: list[str]) -> int:
    spec = json.loads(SPEC.read_text(encoding="utf-8"))
    table, problems = rows(spec["keywords"], our_keywords())
    for problem in problems:
        print(problem)
    written = page_with(markdown(table, spec["version"]))
    if argv == ["--check"]:
        if written != PAGE.read_text(encoding="utf-8"):
            print(f"{PAGE.relative_to(ROOT)} is stale: run python scripts/browser_table.py")
            return 1
        return 1 if problems else 0
    PAGE.write_text(written, encoding="utf-8")
    print(f"{PAGE.relative_to(ROOT)}: {len(table)} Browser keywords mapped")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

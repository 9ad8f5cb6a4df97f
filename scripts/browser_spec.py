"""Extracts what docs/browser-library.md compares from the Browser library's libspec.

The Browser library (robotframework-browser) is not a dependency of ParallelSessions, so
its keyword names and arguments are kept in scripts/browser_keywords.json, written by this
script from the libspec of a scratch install:

    python -m venv /tmp/brenv && /tmp/brenv/bin/pip install robotframework-browser
    /tmp/brenv/bin/libdoc Browser /tmp/Browser.libspec
    python scripts/browser_spec.py /tmp/Browser.libspec

scripts/browser_table.py then writes the mapping table from it and from our own spec.
"""

from __future__ import annotations

import json
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "scripts" / "browser_keywords.json"


def arguments(keyword: ET.Element) -> list[str]:
    """A keyword's arguments as Robot writes them: ``name``, ``name=default``, ``*name``,
    ``**name``, and ``*`` before named-only arguments when there is no ``*name``."""
    written = []
    for arg in keyword.findall("arguments/arg"):
        kind, name, default = arg.get("kind"), arg.findtext("name") or "", arg.findtext("default")
        if kind == "NAMED_ONLY_MARKER":
            written.append("*")
        elif kind == "VAR_POSITIONAL":
            written.append(f"*{name}")
        elif kind == "VAR_NAMED":
            written.append(f"**{name}")
        else:
            written.append(name if default is None else f"{name}={default}")
    return written


def keywords(libspec: Path) -> dict:
    root = ET.parse(libspec).getroot()
    return {"library": root.get("name"), "version": root.findtext("version"),
            "keywords": {kw.get("name"): arguments(kw) for kw in root.findall("keywords/kw")}}


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print(__doc__)
        return 2
    spec = keywords(Path(argv[0]))
    lines = [f"  {json.dumps(name)}: {json.dumps(args)}"
             for name, args in sorted(spec["keywords"].items())]
    SPEC.write_text(f'{{"library": {json.dumps(spec["library"])}, '
                    f'"version": {json.dumps(spec["version"])}, "keywords": {{\n'
                    + ",\n".join(lines) + "\n}}\n", encoding="utf-8")
    print(f"{len(spec['keywords'])} keywords of {spec['library']} {spec['version']} "
          f"written to {SPEC.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

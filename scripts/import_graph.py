"""The import graph of the ParallelSessions package, by layer, read from the code.

The layers, lowest first: a module may import modules of its own layer and of the
layers below it, never above (utest/test_architecture.py enforces it). The graph
in docs/architecture.md is written by this script, so it shows what the code does:

    python scripts/import_graph.py           rewrites the graph in docs/architecture.md
    python scripts/import_graph.py --check   fails when the committed graph is stale
"""

from __future__ import annotations

import ast
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "ParallelSessions"
ARCHITECTURE = ROOT / "docs" / "architecture.md"
BEGIN, END = "<!-- import graph: begin -->", "<!-- import graph: end -->"

# (layer, its package or top-level modules, what it is), lowest first.
LAYERS = [
    ("core", "ParallelSessions.core", "sessions, manager, contexts, pages, logins, options, "
                                      "traffic, secrets, files, selectors, settings: no Robot"),
    ("browser", "ParallelSessions.browser", "Chromium discovery, browser servers, prewarm pool, "
                                            "the event-loop thread"),
    ("concurrency", "ParallelSessions.concurrency", "the step value, the runner, the releases"),
    ("evidence", "ParallelSessions.evidence", "activity record, timeline, gallery, screenshots, "
                                              "tracing, video"),
    ("rf", "ParallelSessions.rf", "the Robot Framework side: listener, labels, assertions, "
                                  "component base, plugins, introduction"),
    ("keywords", "ParallelSessions.keywords", "one module per topic a tester would name"),
    ("library", "ParallelSessions", "the composition root (library.py), the package's "
                                    "exports and the pytest plugin"),
]


def module_name(path: Path) -> str:
    parts = path.relative_to(ROOT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def modules() -> dict[str, Path]:
    return {module_name(path): path for path in sorted(PACKAGE.rglob("*.py"))}


def imports_of(name: str, path: Path, known: set[str]) -> set[str]:
    """The package's modules that ``name`` imports (at any depth in the file)."""
    package = name if path.name == "__init__.py" else name.rsplit(".", 1)[0]
    found = set()
    for node in _runtime_nodes(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")
                base = base[:len(base) - node.level + 1]
                target = ".".join(base + ([node.module] if node.module else []))
            else:
                target = node.module or ""
            candidates = [f"{target}.{alias.name}" for alias in node.names] + [target]
        elif isinstance(node, ast.Import):
            candidates = [alias.name for alias in node.names]
        else:
            continue
        for candidate in candidates:
            if candidate in known and candidate != name:
                found.add(candidate)
                break
    return found


def _runtime_nodes(tree: ast.AST):
    """Every node, except those under ``if TYPE_CHECKING:`` (annotations, no import at run time)."""
    pending = [tree]
    while pending:
        node = pending.pop()
        yield node
        if isinstance(node, ast.If) and getattr(node.test, "id", None) == "TYPE_CHECKING":
            pending.extend(node.orelse)
            continue
        pending.extend(ast.iter_child_nodes(node))


def external_imports(path: Path) -> set[str]:
    """Top-level names of the packages outside this one that ``path`` imports at run time."""
    names = set()
    for node in _runtime_nodes(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and not node.level and node.module:
            names.add(node.module.split(".")[0])
        elif isinstance(node, ast.Import):
            names.update(alias.name.split(".")[0] for alias in node.names)
    return names


def graph() -> dict[str, set[str]]:
    found = modules()
    return {name: imports_of(name, path, set(found)) for name, path in found.items()}


def layer_of(module: str) -> int:
    """The index in LAYERS of the layer ``module`` belongs to."""
    for index, (_, package, _) in enumerate(LAYERS[:-1]):
        if module == package or module.startswith(package + "."):
            return index
    return len(LAYERS) - 1


def mermaid() -> str:
    """The layers as boxes listing their modules, and how many imports go between them."""
    edges: Counter[tuple[int, int]] = Counter()
    members: dict[int, list[str]] = {}
    for module, imported in graph().items():
        members.setdefault(layer_of(module), []).append(module.rsplit(".", 1)[-1])
        for target in imported:
            if layer_of(target) != layer_of(module):
                edges[(layer_of(module), layer_of(target))] += 1
    lines = ["```mermaid", "flowchart TB"]
    for index, (layer, _, _) in enumerate(LAYERS):
        names = ", ".join(sorted(set(members.get(index, []))))
        lines.append(f'    {layer}["<b>{layer}</b><br/>{names}"]')
    for (source, target), count in sorted(edges.items()):
        lines.append(f"    {LAYERS[source][0]} -->|{count}| {LAYERS[target][0]}")
    lines.append("```")
    return "\n".join(lines)


def rewritten(text: str) -> str:
    start, end = text.index(BEGIN) + len(BEGIN), text.index(END)
    return f"{text[:start]}\n{mermaid()}\n{text[end:]}"


def main(argv: list[str]) -> int:
    text = ARCHITECTURE.read_text(encoding="utf-8")
    if "--check" in argv:
        if rewritten(text) != text:
            print("architecture: the import graph in docs/architecture.md is stale; run "
                  "'python scripts/import_graph.py'.")
            return 1
        return 0
    ARCHITECTURE.write_text(rewritten(text), encoding="utf-8")
    print(f"architecture: wrote the import graph into {ARCHITECTURE.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

"""The layers of the package, read from its import graph (see docs/architecture.md)."""

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "scripts"))
import import_graph  # noqa: E402
from import_graph import LAYERS, layer_of  # noqa: E402

GRAPH = import_graph.graph()
MODULES = import_graph.modules()
KEYWORDS = "ParallelSessions.keywords"
# Robot Framework and what is written for it: the core stands without them.
ROBOT_PACKAGES = {"robot", "robotlibcore", "assertionengine"}
MAX_LINES = 400


@pytest.mark.parametrize("module", sorted(GRAPH))
def test_a_module_imports_nothing_from_a_layer_above_its_own(module):
    above = sorted(target for target in GRAPH[module] if layer_of(target) > layer_of(module))
    assert not above, (f"{module} (layer {LAYERS[layer_of(module)][0]}) imports {above} from a "
                       f"layer above it; see docs/architecture.md")


def test_only_the_library_class_imports_the_keywords():
    importers = {module for module, targets in GRAPH.items()
                 if any(t == KEYWORDS or t.startswith(KEYWORDS + ".") for t in targets)
                 and not module.startswith(KEYWORDS)}
    assert importers == {"ParallelSessions.library"}


def test_no_module_imports_itself_through_others():
    def reaches(start, goal, seen):
        for target in GRAPH[start]:
            if target == goal or (target not in seen and reaches(target, goal, seen | {target})):
                return True
        return False

    cyclic = sorted(module for module in GRAPH if reaches(module, module, {module}))
    assert not cyclic


@pytest.mark.parametrize("module", sorted(m for m in MODULES if layer_of(m) == 0))
def test_the_core_imports_no_robot_framework(module):
    assert not import_graph.external_imports(MODULES[module]) & ROBOT_PACKAGES


@pytest.mark.parametrize("module", sorted(MODULES))
def test_modules_stay_small(module):
    lines = len(MODULES[module].read_text(encoding="utf-8").splitlines())
    assert lines <= MAX_LINES, f"{module} has {lines} lines: split it by concept"


def test_the_import_graph_in_the_architecture_page_is_current():
    assert import_graph.main(["--check"]) == 0

"""The demo portal's controller (atest/portal/control.py), loaded once for the unit tests."""

import importlib.util
import sys
from pathlib import Path

CONTROL_PATH = Path(__file__).resolve().parent.parent / "atest" / "portal" / "control.py"


def load_control():
    """The controller module, imported from its file (atest/ is not a package on the path)."""
    name = "demo_portal_control"
    if name not in sys.modules:
        spec = importlib.util.spec_from_file_location(name, CONTROL_PATH)
        module = importlib.util.module_from_spec(spec)
        sys.modules[name] = module
        spec.loader.exec_module(module)
    return sys.modules[name]

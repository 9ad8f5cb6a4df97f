from .api import ApiKeywords
from .concurrency import ConcurrencyKeywords
from .diagnostics import DiagnosticsKeywords
from .dialogs import DialogKeywords
from .files import FileKeywords
from .getters import GetterKeywords
from .interaction import InteractionKeywords
from .keyboard_mouse import KeyboardMouseKeywords
from .navigation import NavigationKeywords
from .network import NetworkKeywords
from .opening import OpeningKeywords
from .pages import PageKeywords
from .reading import ReadingKeywords
from .sessions import SessionKeywords
from .storage import StorageKeywords
from .switching import SwitchingKeywords

__all__ = [
    "ApiKeywords",
    "ConcurrencyKeywords",
    "DiagnosticsKeywords",
    "DialogKeywords",
    "FileKeywords",
    "GetterKeywords",
    "InteractionKeywords",
    "KeyboardMouseKeywords",
    "NavigationKeywords",
    "PageKeywords",
    "NetworkKeywords",
    "OpeningKeywords",
    "ReadingKeywords",
    "SessionKeywords",
    "StorageKeywords",
    "SwitchingKeywords",
]

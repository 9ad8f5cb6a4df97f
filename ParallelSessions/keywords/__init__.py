from .api import ApiKeywords
from .concurrency import ConcurrencyKeywords
from .diagnostics import DiagnosticsKeywords
from .getters import GetterKeywords
from .interaction import InteractionKeywords
from .navigation import NavigationKeywords
from .reading import ReadingKeywords
from .sessions import SessionKeywords

__all__ = ["ApiKeywords", "ConcurrencyKeywords", "DiagnosticsKeywords", "GetterKeywords", "InteractionKeywords",
           "NavigationKeywords", "ReadingKeywords", "SessionKeywords"]

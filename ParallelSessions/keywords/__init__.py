from .api import ApiKeywords
from .concurrency import ConcurrencyKeywords
from .diagnostics import DiagnosticsKeywords
from .page import PageKeywords
from .sessions import SessionKeywords

__all__ = ["ApiKeywords", "ConcurrencyKeywords", "DiagnosticsKeywords", "PageKeywords",
           "SessionKeywords"]

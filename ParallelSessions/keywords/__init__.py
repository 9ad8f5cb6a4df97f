from .api import ApiKeywords
from .concurrency import ConcurrencyKeywords
from .page import PageKeywords
from .sessions import SessionKeywords

__all__ = ["ApiKeywords", "ConcurrencyKeywords", "PageKeywords", "SessionKeywords"]

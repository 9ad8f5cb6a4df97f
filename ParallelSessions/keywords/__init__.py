from .page import PageKeywords
from .sessions import SessionKeywords

__all__ = ["PageKeywords", "SessionKeywords"]

"""ParallelSessions: named, isolated browser sessions for multi-user web tests."""

from .errors import ParallelSessionsError
from .library import ParallelSessions
from .manager import ParallelSessionManager
from .plugins import LibraryComponent, concurrent_keyword
from .session import SessionHandle
from .version import __version__

__all__ = ["ParallelSessions", "ParallelSessionManager", "SessionHandle",
           "ParallelSessionsError", "LibraryComponent", "concurrent_keyword", "__version__"]

"""ParallelSessions: named, isolated browser sessions for multi-user web tests."""

from .core.errors import ParallelSessionsError
from .core.manager import ParallelSessionManager
from .core.session import SessionHandle
from .library import ParallelSessions
from .rf.plugins import LibraryComponent, concurrent_keyword
from .version import __version__

__all__ = ["ParallelSessions", "ParallelSessionManager", "SessionHandle",
           "ParallelSessionsError", "LibraryComponent", "concurrent_keyword", "__version__"]

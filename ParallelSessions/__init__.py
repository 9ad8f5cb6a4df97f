"""ParallelSessions: named, isolated browser sessions for multi-user web tests."""

from .errors import ParallelSessionsError
from .library import ParallelSessions
from .manager import ParallelSessionManager
from .session import SessionHandle
from .version import __version__

__all__ = ["ParallelSessions", "ParallelSessionManager", "SessionHandle",
           "ParallelSessionsError", "__version__"]

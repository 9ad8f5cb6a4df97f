"""ParallelSessions: named, isolated browser sessions for multi-user web tests."""

from .concurrency.step import Step
from .core.errors import (BrowserNotFoundError, ConfigurationError, DuplicateSessionError,
                          LoginError, ParallelSessionsError, SessionLimitError,
                          SessionNotFoundError, UnknownRoleError)
from .core.manager import ParallelSessionManager
from .core.options import SessionOptionsError
from .core.session import SessionHandle
from .library import ParallelSessions
from .rf.plugins import LibraryComponent, concurrent_keyword
from .version import __version__

__all__ = ["ParallelSessions", "ParallelSessionManager", "SessionHandle", "LibraryComponent",
           "Step", "concurrent_keyword", "ParallelSessionsError", "BrowserNotFoundError",
           "ConfigurationError", "DuplicateSessionError", "LoginError", "SessionLimitError",
           "SessionNotFoundError", "SessionOptionsError", "UnknownRoleError", "__version__"]

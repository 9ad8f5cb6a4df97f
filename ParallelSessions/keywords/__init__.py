"""The keywords, one module per topic a tester would name; the library class composes them.

A keyword is found from its name: sessions (Open/Close/Switch ... Session, Get Session Info),
logins (Set Login Keyword, Forget Saved Logins), running (Run Keyword In Session(s), Run In
Sessions Concurrently), navigation (Go To, Reload, Go Back/Forward), interaction (Click, Fill,
Select, Check), mouse (Hover, Drag, Tap, Mouse ...), keyboard (Type, Keyboard ..., Focus), getters (Get Text, Get Url
... with assertion operators), waiting (Wait For Element/Url, ... Should ...), evaluation
(Evaluate JavaScript), pages (New/Switch/Close Page), dialogs, files (Upload, Download), storage
(cookies, local and session storage, Save Storage State), network (Wait For Response/Request, Add
Route), api (API sessions and requests), diagnostics (screenshots, Log Sessions).
"""

from .api import ApiKeywords
from .diagnostics import DiagnosticsKeywords
from .dialogs import DialogKeywords
from .evaluation import EvaluationKeywords
from .files import FileKeywords
from .getters import GetterKeywords
from .interaction import InteractionKeywords
from .keyboard import KeyboardKeywords
from .logins import LoginKeywords
from .mouse import MouseKeywords
from .navigation import NavigationKeywords
from .network import NetworkKeywords
from .pages import PageKeywords
from .running import RunningKeywords
from .sessions import SessionKeywords
from .storage import StorageKeywords
from .waiting import WaitingKeywords

__all__ = ["ApiKeywords", "DiagnosticsKeywords", "DialogKeywords", "EvaluationKeywords",
           "FileKeywords", "GetterKeywords", "InteractionKeywords", "KeyboardKeywords", "MouseKeywords",
           "LoginKeywords", "NavigationKeywords", "NetworkKeywords", "PageKeywords",
           "RunningKeywords", "SessionKeywords", "StorageKeywords", "WaitingKeywords"]

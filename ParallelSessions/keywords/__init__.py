"""The keywords, one module per topic a tester would name; the library class composes them.

A keyword is found from its name: sessions (Open/Close/Switch ... Session, Get Session Info),
logins (Set Login Keyword, Forget Saved Logins), running (Run Keyword In Session(s), Run In
Sessions Concurrently), navigation (Go To, Reload, Go Back/Forward), interaction (Click, Fill,
Select, Check), mouse (Hover, Drag, Tap, Mouse ...), keyboard (Type, Keyboard ..., Focus),
getters (Get Text, Get Url ... with assertion operators), waiting (Wait For Element/Url, ...
Should ...), evaluation (Evaluate JavaScript), geometry (Get BoundingBox, Get Scroll Size ...,
Set Viewport Size), scrolling (Scroll To, Scroll By), pages (New/Switch/Close Page), dialogs,
files (Upload, Download), storage (cookies, local and session storage), storage_state (Save
Storage State, Set Storage State), network (Wait For Response/Request, Add Route), api (API
sessions and requests), diagnostics (screenshots, Log Sessions), conditions (Wait For
Condition), promises (Promise To, Wait For), selects (Select Options By, Deselect Options, Get
Select Options), settings (Set Strict Mode, Set Browser Timeout, Set Retry Assertions For),
elements (Get Element(s), Get Element By (Role): references), markup (Get Style, Get Classes,
Get Attribute Names, Get Page Source, Add Style Tag), highlight (Highlight Elements), tables
(Get Table Cell Element/Index, Get Table Row Index).
"""

from .api import ApiKeywords
from .conditions import ConditionKeywords
from .diagnostics import DiagnosticsKeywords
from .dialogs import DialogKeywords
from .elements import ElementKeywords
from .evaluation import EvaluationKeywords
from .files import FileKeywords
from .geometry import GeometryKeywords
from .getters import GetterKeywords
from .highlight import HighlightKeywords
from .interaction import InteractionKeywords
from .keyboard import KeyboardKeywords
from .logins import LoginKeywords
from .markup import MarkupKeywords
from .mouse import MouseKeywords
from .navigation import NavigationKeywords
from .network import NetworkKeywords
from .pages import PageKeywords
from .promises import PromiseKeywords
from .running import RunningKeywords
from .scrolling import ScrollingKeywords
from .selects import SelectKeywords
from .sessions import SessionKeywords
from .settings import SettingKeywords
from .storage import StorageKeywords
from .storage_state import StorageStateKeywords
from .tables import TableKeywords
from .waiting import WaitingKeywords

__all__ = ["ApiKeywords", "DiagnosticsKeywords", "DialogKeywords", "EvaluationKeywords",
           "FileKeywords", "GetterKeywords", "InteractionKeywords", "KeyboardKeywords",
           "MouseKeywords",
           "LoginKeywords", "NavigationKeywords", "NetworkKeywords", "PageKeywords",
           "RunningKeywords", "SessionKeywords", "StorageKeywords", "WaitingKeywords"]
__all__ += ["ConditionKeywords", "PromiseKeywords"]
__all__ += ["GeometryKeywords", "ScrollingKeywords"]
__all__ += ["SelectKeywords", "SettingKeywords"]
__all__ += ["ElementKeywords", "HighlightKeywords", "MarkupKeywords", "TableKeywords"]
__all__ += ["StorageStateKeywords"]

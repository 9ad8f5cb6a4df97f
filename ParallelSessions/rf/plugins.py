"""Plugins: keyword classes of your own, loaded by the ``plugins`` import argument.

A plugin is a subclass of :class:`LibraryComponent`; the library creates it with
itself as the only argument, and its ``@keyword`` methods become keywords of the
library instance. The API a plugin may rely on:

``self.current_session()``
    The current session's ``SessionHandle``: ``.page`` and ``.context`` are
    Playwright async objects, ``.session_id`` its id.
``self.act(description, operation, ...)``
    Runs ``await operation(session)`` on the library's event loop in the current
    session: logged as ``[session id] description``, bounded by the library's
    timeout (or ``timeout_ms=``), Playwright's errors turned into one sentence.
    A keyword marked ``@concurrent_keyword()`` whose body is a single
    ``return self.act(...)`` can also be a step of `Run In Sessions Concurrently`.
``self.runtime.run(coroutine)``
    Runs any other coroutine on the library's event loop (where every Playwright
    object lives) and returns its result: no logging, timeout or error mapping.

Everything else on ``LibraryComponent`` is the library's own and may change.
"""

from __future__ import annotations

import inspect
import os
from types import ModuleType
from typing import TYPE_CHECKING, Any, Iterable

from robot.errors import DataError
from robot.utils import Importer, printable_name

from ..core.errors import ConfigurationError
from .component import LibraryComponent, concurrent_keyword, normalise_keyword_name

if TYPE_CHECKING:
    from ..library import ParallelSessions

__all__ = ["LibraryComponent", "concurrent_keyword", "load_plugins"]

VALID = ("give plugins as module names, module.Class names or paths of .py files, separated by "
         "commas; each names a subclass of ParallelSessions.LibraryComponent (a module: every "
         "one defined in it)")


def keyword_names(component: Any) -> dict[str, str]:
    """The keywords of a component as DynamicCore finds them: normalised -> shown name."""
    names = {}
    for attribute in dir(type(component)):
        member = getattr(type(component), attribute, None)
        if callable(member) and hasattr(member, "robot_name"):
            shown = member.robot_name or printable_name(attribute, code_style=True)
            names[normalise_keyword_name(shown)] = shown
    return names


def _import(name: str) -> Any:
    """The class or module ``name`` stands for; a path is taken from the working directory."""
    if name.endswith(".py") or "/" in name or os.sep in name:
        name = os.path.abspath(name)
    try:
        return Importer("plugin").import_class_or_module(name)
    except DataError as error:
        reason = error.message.splitlines()[0].split(" failed: ", 1)[-1].rstrip(".")
        reason = reason.removeprefix("ModuleNotFoundError: ")
        raise ConfigurationError(f"Plugin '{name}' could not be imported: {reason}; "
                                 f"{VALID}.") from None


def _classes(name: str, imported: Any) -> list[type]:
    """The plugin classes of one ``plugins`` entry."""
    if isinstance(imported, ModuleType):
        found = [value for value in vars(imported).values()
                 if inspect.isclass(value) and issubclass(value, LibraryComponent)
                 and value.__module__ == imported.__name__]
        if not found:
            raise ConfigurationError(f"Plugin module '{name}' defines no subclass of "
                                     f"ParallelSessions.LibraryComponent; {VALID}.")
        return found
    if not (inspect.isclass(imported) and issubclass(imported, LibraryComponent)):
        raise ConfigurationError(f"Plugin '{name}' is not a subclass of "
                                 f"ParallelSessions.LibraryComponent; {VALID}.")
    return [imported]


def load_plugins(names: Iterable[str], library: "ParallelSessions") -> list[LibraryComponent]:
    """Creates the plugins named in ``names``; raises ConfigurationError with a sentence.

    A plugin keyword of the same name as one of the library's (already in
    ``library.keywords``) or another plugin's is refused rather than shadowing it.
    """
    taken = {normalise_keyword_name(getattr(method, "robot_name", None) or name):
             "a ParallelSessions keyword" for name, method in library.keywords.items()}
    plugins = []
    for name in names:
        for plugin_class in _classes(name, _import(name)):
            label = f"{plugin_class.__module__}.{plugin_class.__name__}"
            try:
                plugin = plugin_class(library)
            except Exception as error:  # at import: no Robot timeout to swallow
                raise ConfigurationError(f"Plugin {label} failed to start: "
                                         f"{type(error).__name__}: {error}") from None
            own = keyword_names(plugin)
            if not own:
                raise ConfigurationError(f"Plugin {label} has no keywords: mark its keyword "
                                         f"methods with @keyword or @concurrent_keyword().")
            for key, shown in own.items():
                if key in taken:
                    raise ConfigurationError(
                        f"Plugin {label} has keyword '{shown}', which is already {taken[key]}; "
                        f"rename it, e.g. @keyword(\"My {shown}\").")
                taken[key] = f"a keyword of plugin {label}"
            plugins.append(plugin)
    return plugins

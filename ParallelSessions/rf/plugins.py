"""Plugins: keyword classes of your own, loaded by the ``plugins`` import argument.

A plugin is a subclass of :class:`LibraryComponent`; the library creates it with
itself as the first argument, followed by the arguments written after ``;`` in
its entry (``plugins=MyPlugin.py;first;name=value``, strings, as in the Browser
library and SeleniumLibrary), and its ``@keyword`` methods become keywords of
the library instance. The API a plugin may rely on:

``self.current_session()``
    The current session's ``SessionHandle``: ``.page`` and ``.context`` are
    Playwright async objects, ``.session_id`` its id.
``self.act(description, operation, ...)``
    Runs ``await operation(session)`` on the library's event loop in the current
    session: logged as ``[session id] description``, bounded by the library's
    timeout (or ``timeout_ms=``), Playwright's errors turned into one sentence.
``self.step(description, operation, ...)``
    The same action as a ``Step``, not yet run. A keyword marked
    ``@concurrent_keyword(returns=<type>)`` returns it: alone, the library performs
    it in the current session; `Run In Sessions Concurrently` runs the same step in
    each of its sessions (``after=`` gives what to log once it ran).
``self.runtime.run(coroutine)``
    Runs any other coroutine on the library's event loop (where every Playwright
    object lives) and returns its result: no logging, timeout or error mapping.

Everything else on ``LibraryComponent`` is the library's own and may change.

Loading is robotframework-pythonlibcore's ``PluginParser(LibraryComponent,
[library])``, as in the Browser library: it splits an entry's ``;`` arguments
(``name=value`` ones are passed by name), imports the class with Robot
Framework's importer and creates it. This module adds only what PluginParser
lacks, each before the class reaches it:

- a relative ``.py`` path is made absolute (Robot's importer takes only absolute
  ones), so it is read from the working directory;
- the entry is imported and checked first, with the same importer, so that a
  missing module or class, a class that is no ``LibraryComponent`` or a module
  without one gets its own sentence: PluginParser would call any class with the
  library as argument before checking it, and refuses a module outright;
- a module stands for every ``LibraryComponent`` subclass defined in it (each
  given to PluginParser as ``module.Class``, the module being imported already);
- a plugin that fails to start, has no keywords, or has a keyword name that the
  library or another plugin already has, is refused with a sentence rather than
  a traceback, or shadowing that keyword.
"""

from __future__ import annotations

import inspect
import os
from types import ModuleType
from typing import TYPE_CHECKING, Any, Iterable

from robot.errors import DataError
from robot.utils import Importer, printable_name
from robotlibcore import PluginParser

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


def _split(entry: str) -> tuple[str, str]:
    """``name;arguments`` -> the name (a relative path made absolute) and ``;arguments``."""
    name, separator, arguments = entry.partition(";")
    name = name.strip()
    if name.endswith(".py") or "/" in name or os.sep in name:
        name = os.path.abspath(name)
    for number, argument in enumerate(arguments.split(";") if separator else [], start=1):
        if argument.count("=") > 1:  # PluginParser would fail with a bare ValueError
            raise ConfigurationError(
                f"Plugin '{name}' argument {number} has more than one '=': write a positional "
                f"argument without '=' and a named one as name=value, separated by ';'.")
    return name, separator + arguments


def _import(name: str) -> Any:
    """The class or module ``name`` stands for, imported as PluginParser will import it."""
    try:
        return Importer("plugin").import_class_or_module(name)
    except DataError as error:
        reason = error.message.splitlines()[0].split(" failed: ", 1)[-1].rstrip(".")
        reason = reason.removeprefix("ModuleNotFoundError: ")
        raise ConfigurationError(f"Plugin '{name}' could not be imported: {reason}; "
                                 f"{VALID}.") from None


def _class_names(name: str, imported: Any) -> list[tuple[str, type]]:
    """The names PluginParser imports for one entry, each with the class it stands for."""
    if isinstance(imported, ModuleType):
        found = [(f"{imported.__name__}.{value.__name__}", value)
                 for value in vars(imported).values()
                 if inspect.isclass(value) and issubclass(value, LibraryComponent)
                 and value.__module__ == imported.__name__]
        if not found:
            raise ConfigurationError(f"Plugin module '{name}' defines no subclass of "
                                     f"ParallelSessions.LibraryComponent; {VALID}.")
        return found
    if not (inspect.isclass(imported) and issubclass(imported, LibraryComponent)):
        raise ConfigurationError(f"Plugin '{name}' is not a subclass of "
                                 f"ParallelSessions.LibraryComponent; {VALID}.")
    return [(name, imported)]


def load_plugins(entries: Iterable[str], library: "ParallelSessions") -> list[LibraryComponent]:
    """Creates the plugins of ``entries`` (``name`` or ``name;arg;...``); raises
    ConfigurationError with a sentence.

    A plugin keyword of the same name as one of the library's (already in
    ``library.keywords``) or another plugin's is refused rather than shadowing it.
    """
    taken = {normalise_keyword_name(getattr(method, "robot_name", None) or name):
             "a ParallelSessions keyword" for name, method in library.keywords.items()}
    parser = PluginParser(LibraryComponent, [library])
    plugins = []
    for entry in entries:
        name, arguments = _split(entry)
        for class_name, plugin_class in _class_names(name, _import(name)):
            label = f"{plugin_class.__module__}.{plugin_class.__name__}"
            try:
                plugin, = parser.parse_plugins([class_name + arguments])
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

"""Test support: every keyword argument of one kind, called with a value no keyword may take.

The bad-input table (atest/configuration/bad_input.robot) has a row per case someone
thought of; this sweep covers the arguments nobody wrote a row for. It reads the keywords
and their argument types the way libdoc does (the library as a tester imports it), and
calls each keyword through Robot (so Robot's own argument conversion runs first) once per
argument of the kind asked, with the other required arguments given harmless values:

* ``flag``: a ``bool`` argument given ``maybe`` (Robot passes a word it cannot read as a
  boolean on unchanged, and Python takes any word as true);
* ``time``: a ``timedelta`` argument (timeouts, delays, durations) given ``-1s``;
* ``choice``: an argument whose type is a list of choices (an Enum) given ``bogus``;
* ``number``: an ``int`` or ``float`` argument given ``lots``;
* ``selector``: a required argument named ``selector`` given an empty text;
* ``text``: any other required text argument given an empty text;
* ``optional_text``: an optional text argument given an empty text, which may be taken as
  if it were not given (a ``message=`` that is empty is no message), but must not end in
  a Python exception or a bare timeout;
* ``structure``: a dictionary or list argument (that takes no text) given ``{broken``;
* ``date``: a date argument given ``notadate``;
* ``number_or_word``: a number that also takes words (``expected_status=any``) given ``lots``.

A call passes the sweep when it fails with a message that names the argument and carries
no Python traceback; for ``text``, when it fails with one of the library's sentences (an
empty session id is "Session '' does not exist; open sessions: ..."), not with a Python
exception's name or a bare Playwright timeout. An empty text is valid for some arguments
(``VALID_HERE`` says which, and why). Everything else (accepted, or a message that does not say which
argument) is returned, one line per argument, for the test to show.
"""

from __future__ import annotations

import enum
import json
import re
import tempfile
import typing
from datetime import datetime, timedelta
from pathlib import Path

from robot.api import logger
from robot.api.deco import keyword, library
from robot.libdocpkg import LibraryDocumentation
from robot.libraries.BuiltIn import BuiltIn

BAD_VALUES = {"flag": "maybe", "time": "-1s", "choice": "bogus", "number": "lots",
              "selector": "", "text": "", "optional_text": "", "structure": "{broken",
              "date": "notadate", "number_or_word": "lots"}

# Where the sweep's bad value is valid, with the reason (keyword, argument).
VALID_HERE = {
    ("Highlight Elements", "selector"): "an empty selector removes Playwright's highlights",
    ("Add Cookie", "value"): "a cookie may have an empty value",
    **{(f"API {method}", "path"): "the base URL itself"
       for method in ("Delete", "Get", "Patch", "Post", "Put", "Request")},
    **{(keyword, argument): "empty clears the field"
       for keyword, argument in (("Fill Text", "txt"), ("Type Text", "txt"),
                                 ("Fill Secret", "secret"), ("Type Secret", "secret"))},
    ("Keyboard Input", "input"): "types nothing, as in the Browser library",
    **{(keyword, argument): "web storage takes an empty key or value"
       for keyword, argument in (("Get Local Storage Item", "key"),
                                 ("LocalStorage Get Item", "key"),
                                 ("LocalStorage Remove Item", "key"),
                                 ("LocalStorage Set Item", "key"),
                                 ("LocalStorage Set Item", "value"),
                                 ("SessionStorage Get Item", "key"),
                                 ("SessionStorage Remove Item", "key"),
                                 ("SessionStorage Set Item", "key"),
                                 ("SessionStorage Set Item", "value"))},
    ("Session Should Not Exist", "id"): "no session has an empty id, so it holds",
    ("Set Base Url", "url"): "empty removes the base URL",
    ("Set Login Keyword", "keyword"): "empty (or NONE) removes the login keyword",
}

# Required arguments the type alone does not give a harmless value for.
HARMLESS = {
    ("Add Locator Handler Custom", "handler_spec"): "[{'action': 'click', 'selector': 'h1'}]",
    ("API Request", "method"): "GET",
    ("Get Element By", "selection_strategy"): "Text",
    ("Get Element By", "text"): "Edit profile",
    ("Get Element By Role", "role"): "heading",
    ("Get Table Cell Element", "table"): "id=sweep-table",  # added by the suite's setup
    ("Upload File By Selector", "path"): __file__,
    ("Wait For Alerts", "actions"): "['accept']",
    ("Wait For Alerts", "prompt_inputs"): "['']",
    ("Wait For Alerts", "texts"): "['x']",
    ("Wait For Condition", "condition"): "Title",
    ("Wait For Function", "function"): "() => true",
}
# What the keywords that take any number of values are given for them.
VARIABLE = {"Evaluate JavaScript": ["h1", "e => 1"], "Press Keys": ["a"], "Wait For Condition": ["!=", "x"]}


def _types(info) -> list:
    """The Python types of a libdoc TypeInfo, a union's members flattened, None left out."""
    if info is None:
        return []
    if info.is_union:
        return [t for nested in info.nested for t in _types(nested)]
    return [] if info.type is type(None) else [info.type]


def _kind(name: str, info) -> str | None:
    types = _types(info)
    if name == "selector" and types in ([str], []):
        return "selector"
    if (dict in types or list in types) and str not in types:
        return "structure"
    if datetime in types:
        return "date"
    if int in types and str in types and not name.startswith("assertion_"):
        return "number_or_word"
    if str in types:
        return "text"
    if types in ([bool],):
        return "flag"
    if types == [timedelta]:
        return "time"
    if len(types) == 1 and isinstance(types[0], type) and issubclass(types[0], enum.Enum):
        return "choice"
    if types in ([int], [float]):
        return "number"
    return None


def _harmless(name: str, info) -> str:
    """A value Robot converts without complaint, for a required argument not swept."""
    types = _types(info)
    first = types[0] if types else str
    if str in types or first is typing.Any:
        return "h1"
    if isinstance(first, type) and issubclass(first, enum.Enum):
        return next(iter(first.__members__))
    return {bool: "True", int: "1", float: "1", timedelta: "1s", list: "['h1']",
            dict: "{}", datetime: "2026-01-01 00:00:00"}.get(first, "h1")


def _unclear(message: str, target: str) -> str | None:
    """Why a failure's message is not a sentence, or None when it is one. Robot's own
    conversion sentence ("Argument 'x' got value ...") is one."""
    if message.startswith(f"ValueError: Argument '{target}' got value"):
        return None
    first = message.split(":", 1)[0]
    if first.endswith(("Error", "Exception")) and " " not in first:
        return f"a Python exception: {message[:200]}"
    if re.search(r"Timeout \d+ms exceeded\.$", message):
        return f"a timeout instead of a sentence: {message[:200]}"
    return None


def _lists_choices(message: str, info) -> bool:
    """The message names the valid choices (two of them at least)."""
    choices = [member for t in _types(info) for member in t.__members__]
    return sum(f"'{choice}'" in message or f" {choice}" in message
               for choice in choices) >= min(2, len(choices))


@library(scope="GLOBAL", auto_keywords=False)
class ArgumentSweep:

    def __init__(self):
        self._keywords = None
        self._kind = None
        self._folder = tempfile.TemporaryDirectory(prefix="sweep-")  # removed with the library
        state = Path(self._folder.name) / "state.json"
        state.write_text(json.dumps({"cookies": [], "origins": []}))
        HARMLESS[("Set Storage State", "path")] = str(state)

    def _documented(self):
        if self._keywords is None:
            self._keywords = LibraryDocumentation("ParallelSessions").keywords
        return self._keywords

    @keyword
    def sweep_arguments(self, kind: str, skip: list[str] | None = None) -> list[str]:
        """Calls every keyword with each of its ``kind`` arguments bad (see the module).

        ``skip`` names keywords not to call at all (that would end the test's session).
        Returns the arguments whose call did not fail with a sentence naming them; logs how
        many were checked. Fails when none of that kind were found (the sweep saw nothing).
        """
        bad = BAD_VALUES[kind]
        self._kind = kind
        unmet, checked = [], 0
        for kw in self._documented():
            if kw.name in (skip or []):
                continue
            spec = kw.args
            for argument in spec:
                if argument.kind not in ("POSITIONAL_OR_NAMED", "NAMED_ONLY"):
                    continue
                found = _kind(argument.name, argument.type)
                if found == "text" and not argument.required:
                    found = "optional_text"
                if found != kind:
                    continue
                if kind in ("selector", "text") and not argument.required:
                    continue  # no selector means the page (Take Screenshot, Scroll To ...)
                if (kw.name, argument.name) in VALID_HERE:
                    continue
                checked += 1
                problem = self._call(kw.name, spec, argument, bad)
                if problem:
                    unmet.append(f"{kw.name}  {argument.name}={bad}: {problem}")
        logger.info(f"{checked} {kind} arguments checked, {len(unmet)} not refused well.")
        if not checked:
            raise AssertionError(f"No {kind} argument found: the sweep checked nothing.")
        return unmet

    def _call(self, name: str, spec, argument, bad: str) -> str | None:
        target = argument.name
        try:
            BuiltIn().run_keyword(name, *self._arguments(name, spec, target, bad))
        except Exception as error:  # noqa: BLE001 - every failure is looked at
            message = str(error)
            if "Traceback" in message:
                return f"a traceback: {message[:200]}"
            unclear = _unclear(message, target)
            if unclear:
                return unclear
            if bad != "" and target not in message:
                return f"the message does not name '{target}': {message[:200]}"
            if bad == BAD_VALUES["choice"] and not _lists_choices(message, argument.type):
                return f"the message does not list the choices: {message[:200]}"
            return None
        return None if bad == BAD_VALUES["optional_text"] and self._kind == "optional_text" \
            else "accepted"

    @staticmethod
    def _arguments(name: str, spec, target: str, bad: str) -> list[str]:
        """The call's arguments: positional up to the target or the last required one
        (written by name when the keyword takes no variable values), then the variable
        values, then the target by name."""
        variable = VARIABLE.get(name, [])
        positional = [a for a in spec if a.kind in ("POSITIONAL_ONLY", "POSITIONAL_OR_NAMED")]
        needed = [a.name for a in positional if a.required or (variable and a.name == target)]
        last = max((i for i, a in enumerate(positional) if a.name in needed), default=-1)
        args = []
        for argument in positional[:last + 1]:
            if argument.name == target:
                value = bad
            elif argument.required:
                value = HARMLESS.get((name, argument.name)) or _harmless(argument.name,
                                                                        argument.type)
            else:
                value = argument.default_repr
            args.append(value if variable else f"{argument.name}={value}")
        args += variable
        for argument in spec:
            if argument.kind == "NAMED_ONLY" and (argument.required or argument.name == target):
                value = bad if argument.name == target else _harmless(argument.name,
                                                                      argument.type)
                args.append(f"{argument.name}={value}")
        if target not in [a.name for a in positional[:last + 1]] and \
                target not in [a.name for a in spec if a.kind == "NAMED_ONLY"]:
            args.append(f"{target}={bad}")
        return args

"""The secrets the library knows, masked in everything Robot Framework writes.

The library masks its own log lines where it writes them, but Robot Framework
logs values the library never sees as text: the ``${value} = ...`` line of a
keyword's return value (a password read back from the page with `Get Property`
or `Evaluate JavaScript`), TRACE's ``Arguments:`` and ``Return:`` lines, the
failure messages of other libraries' keywords (``Should Be Equal``) and what
other keywords log. :class:`RobotOutputMasking` masks each before it is written:

- the library's listener hands it every message (``log_message``) and every
  ended keyword, control structure, test and suite: Robot calls listeners
  before it writes output.xml (and so log.html and report.html), and lets them
  change a message. A listener hears only the messages at the run's log level.
- it is also one of Robot's loggers, placed ahead of the debug file and after
  output.xml (``robot.output.LOGGER``, an internal API; without it the debug
  file's lines below the log level stay as they are): ``--debugfile`` writes
  DEBUG lines even at log level INFO, which the listener never hears. And
  there it puts back the real failure message of a keyword once output.xml has
  the masked one: Robot raises a failure whose message a listener changed
  anew with the changed text, and ``Run Keyword And Expect Error``, ``EXCEPT``
  and the test's own message must see what the keyword really said.

Only the known values are masked here, not what merely looks like a credential:
the guesses are for the library's own lines, where they cannot hide a value a
test logs on purpose.
"""

from __future__ import annotations

from robot.output import LEVELS
from robot.output.loggerapi import LoggerApi

from ..core.secrets import MASK, MIN_LENGTH, SecretValues

# Robot cuts a long ``${name} = value`` line after 200 characters and adds this.
CUT_MARK = "..."


def masked(text: str, secrets: SecretValues) -> str:
    """``text`` with the known secrets masked, and a secret's start left at its end by a
    cut (``...``) masked too."""
    text = secrets.mask(text)
    if text.endswith(CUT_MARK):
        body = text[:-len(CUT_MARK)]
        for form in secrets.forms():
            for size in range(min(len(form) - 1, len(body)), MIN_LENGTH - 1, -1):
                if body.endswith(form[:size]):
                    return body[:-size] + MASK + CUT_MARK
    return text


class RobotOutputMasking(LoggerApi):
    """Masks the known secrets in Robot Framework's messages and failure messages."""

    def __init__(self, secrets: SecretValues):
        super().__init__()
        self.secrets = secrets
        self.registered = False
        # Results whose message was masked for output.xml: id -> (result, real message).
        self._real: dict[int, tuple[object, str]] = {}

    def register(self) -> None:
        """Makes this the first of Robot's loggers that are not listeners or output.xml:
        ahead of the debug file, which Robot registers before any library is imported."""
        try:
            from robot.output import LOGGER
            LOGGER.register_logger(self)
            others = LOGGER._other_loggers
            others.insert(0, others.pop(others.index(self)))
            self.registered = True
        except (ImportError, AttributeError, ValueError):
            pass

    def unregister(self) -> None:
        try:
            from robot.output import LOGGER
            LOGGER.unregister_logger(self)
        except (ImportError, AttributeError):
            pass

    # -- called by the library's listener, before output.xml ---------------------

    def mask_message(self, message) -> None:
        """Masks a message (``robot.result.Message``) in place."""
        if self.secrets and message.message:
            text = masked(message.message, self.secrets)
            if text != message.message:
                message.message = text

    def mask_result(self, result, restore: bool = True) -> None:
        """Masks the message of an ended keyword, control structure, test or suite for
        output.xml; with ``restore`` the real one is put back after output.xml has it."""
        if not (self.secrets and result.message):
            return
        text = masked(result.message, self.secrets)
        if text != result.message:
            if restore and self.registered:
                self._real[id(result)] = (result, result.message)
            result.message = text

    # -- as one of Robot's loggers, after output.xml and before the debug file ----

    def log_message(self, message) -> None:
        if LEVELS.get(message.level, 0) >= LEVELS["DEBUG"]:
            self.mask_message(message)

    def end_body_item(self, data, result) -> None:
        real = self._real.pop(id(result), None)
        if real is not None and real[0] is result:
            result.message = real[1]

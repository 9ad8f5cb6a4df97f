"""Dialogs: what a session does with alert, confirm and prompt, and checking one appeared."""

from __future__ import annotations

import asyncio
import time
from datetime import timedelta
from enum import Enum

from ..concurrency.step import Step
from ..core.dialogs import DialogPolicy
from ..core.errors import ParallelSessionsError
from ..rf.component import LibraryComponent, concurrent_keyword
from ..rf.step_guards import describe_seconds

POLL_SECONDS = 0.05


class DialogAction(Enum):
    """What to do with a dialog: press OK (``accept``) or Cancel (``dismiss``)."""

    accept = "accept"
    dismiss = "dismiss"


class DialogKeywords(LibraryComponent):

    @concurrent_keyword(returns=None)
    def handle_future_dialogs(self, action: DialogAction, prompt_input: str = "") -> Step:
        """Sets what the current session does with its dialogs from now on.

        As in the Browser library, ``action`` is ``accept`` or ``dismiss``, and
        ``prompt_input`` is what an accepted ``prompt`` gets typed (an empty
        string by default). Every ``alert``, ``confirm``, ``prompt`` and
        ``beforeunload`` is answered at once (a page waits for its dialog) and
        logged under the keyword during which it appeared, with its text and the
        answer: none is dismissed silently.

        Unlike the Browser library, the setting is the session's (all its pages,
        also those opened later), and before any `Handle Future Dialogs` a
        session accepts its dialogs (a prompt keeps its default value) where the
        Browser library dismisses them: a test that opens a confirm by accident
        then goes on, and the log says so.

        | Handle Future Dialogs | dismiss |
        | Click | button.revoke | # the confirm is cancelled |
        | Handle Future Dialogs | accept | prompt_input=yes |
        """
        policy = DialogPolicy(action.value, prompt_input)

        async def set_policy(s):
            s.dialog_policy = policy

        shown = f" with input '{prompt_input}'" if prompt_input else ""
        return self.step(f"Handle Future Dialogs: {action.value}{shown}", set_policy)

    @concurrent_keyword(returns=str)
    def wait_for_alert(self, action: DialogAction, prompt_input: str = "",
                       text: str | None = None, timeout: timedelta | None = None) -> Step:
        """Waits for a dialog in the current session, answers or checks it, returns its message.

        Two orders work, as in the Browser library. Started before the dialog opens
        (`Promise To` ``Wait For Alert``, then the `Click`), it answers the next dialog
        with ``action`` (``prompt_input`` is typed into a prompt, the empty text by
        default). After the keyword that opened it, a dialog that appeared since the
        previous keyword of the session began counts: dialogs are answered the moment
        they appear, by `Handle Future Dialogs`, so it fails when that answer was not
        ``action`` (or not ``prompt_input``, when one is given). It also fails when no
        dialog appears within ``timeout``, or when ``text`` is given and the message
        differs.

        | ${promise}= | Promise To | Wait For Alert | dismiss | text=Revoke token ci-token? |
        | Click | button.revoke |
        | Wait For | ${promise} |
        | Click | button.save |
        | ${message}= | Wait For Alert | accept |
        """
        ms = self.timeout_ms(timeout)

        async def wait(s):
            since = s.keyword_started[0]
            deadline = time.monotonic() + ms / 1000
            armed = not any(d.seen_at >= since for d in s.dialogs)
            if armed:
                s.next_dialog = DialogPolicy(action.value, prompt_input)
            try:
                while True:
                    seen = [d for d in s.dialogs if d.seen_at >= since]
                    if seen:
                        return _checked(s.session_id, seen[-1], action.value,
                                        None if armed or prompt_input == "" else prompt_input,
                                        text)
                    if time.monotonic() >= deadline:
                        raise ParallelSessionsError(
                            f"Wait For Alert failed in session '{s.session_id}': no dialog "
                            f"appeared within {describe_seconds(ms / 1000)} since the previous "
                            f"keyword began.")
                    await asyncio.sleep(POLL_SECONDS)
            finally:
                if armed and s.next_dialog is not None and s.next_dialog.action == action.value:
                    s.next_dialog = None  # no dialog came: later ones get the session's policy

        return self.step("Wait For Alert", wait, timeout_ms=ms)


def _checked(session_id: str, record, action: str, prompt_input: str | None,
             text: str | None) -> str:
    if text is not None and record.message != text:
        raise AssertionError(f"the {record.kind} said '{record.message}', expected '{text}'.")
    if record.action != action or (prompt_input is not None
                                   and record.prompt_input != prompt_input):
        raise ParallelSessionsError(
            f"Wait For Alert failed in session '{session_id}': the {record.kind} "
            f"'{record.message}' was already answered: {record.describe()}. Dialogs are "
            f"answered when they appear: use Handle Future Dialogs {action}"
            f"{f' prompt_input={prompt_input}' if prompt_input is not None else ''} before the "
            f"keyword that opens it.")
    return record.message

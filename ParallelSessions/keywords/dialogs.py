"""Dialogs: what a session does with alert, confirm and prompt, and checking one appeared."""

from __future__ import annotations

import asyncio
import time
from datetime import timedelta
from enum import Enum

from ..concurrency.step import Step
from ..core.dialogs import DialogPolicy
from ..core.durations import describe_seconds
from ..core.errors import ParallelSessionsError
from ..rf.component import LibraryComponent, concurrent_keyword

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
        answers = [(action.value, prompt_input, text)]

        async def wait(s):
            return (await _wait_for_dialogs(s, answers, ms))[0]

        return self.step("Wait For Alert", wait, timeout_ms=ms)

    @concurrent_keyword(returns=list[str])
    def wait_for_alerts(self, actions: list[DialogAction], prompt_inputs: list[str | None],
                        texts: list[str | None], timeout: timedelta | None = None) -> Step:
        """Waits for several dialogs in a row, answering or checking each; returns their messages.

        The lists go item by item: the first dialog gets the first action, prompt input
        (``None``: none) and text to check (``None``: not checked). Used as in the Browser
        library, through `Promise To` before the click that opens the dialogs; ``timeout``
        applies to each dialog. See `Wait For Alert`.

        | ${promise}= | Promise To | Wait For Alerts | ["dismiss", "accept"] | [None, "bob"] | ["Sure?", None] |
        | Click | id=confirm-then-prompt |
        | ${texts}= | Wait For | ${promise} |
        """
        if not actions or not len(actions) == len(prompt_inputs) == len(texts):
            raise ParallelSessionsError(
                f"Wait For Alerts needs as many prompt_inputs and texts as actions, one item "
                f"per dialog (None where not needed); got {len(actions)} actions, "
                f"{len(prompt_inputs)} prompt_inputs and {len(texts)} texts.")
        ms = self.timeout_ms(timeout)
        answers = [(DialogAction(action).value if not isinstance(action, DialogAction)
                    else action.value, "" if typed is None else str(typed), text)
                   for action, typed, text in zip(actions, prompt_inputs, texts)]

        async def wait(s):
            return await _wait_for_dialogs(s, answers, ms)

        return self.step(f"Wait For Alerts: {len(answers)}", wait,
                         timeout_ms=ms * len(answers))


async def _wait_for_dialogs(s, answers: list[tuple[str, str, str | None]], ms: float
                            ) -> list[str]:
    """Waits for one dialog per answer, each within ``ms``; returns their messages.

    Dialogs that appeared since the previous keyword began are checked against the
    answers (the session's policy answered them); for the rest, the answers are armed
    first (``next_dialogs``), so that each is answered as told. Armed answers left over
    (no dialog came) are taken back.
    """
    since = s.keyword_started[0]
    seen_before = [d for d in s.dialogs if d.seen_at >= since]
    armed = [DialogPolicy(action, typed) for action, typed, _ in answers[len(seen_before):]]
    s.next_dialogs.extend(armed)
    messages = []
    try:
        for index, (action, typed, text) in enumerate(answers):
            deadline = time.monotonic() + ms / 1000
            while True:
                seen = [d for d in s.dialogs if d.seen_at >= since]
                if len(seen) > index:
                    checked_input = None if index >= len(seen_before) or typed == "" else typed
                    messages.append(_checked(s.session_id, seen[index], action, checked_input,
                                             text))
                    break
                if time.monotonic() >= deadline:
                    count = f"dialog {index + 1} of {len(answers)}" if len(answers) > 1 \
                        else "dialog"
                    raise ParallelSessionsError(
                        f"Wait For Alert{'s' if len(answers) > 1 else ''} failed in session "
                        f"'{s.session_id}': no {count} appeared within "
                        f"{describe_seconds(ms / 1000)} since the previous keyword began.")
                await asyncio.sleep(POLL_SECONDS)
    finally:
        left = {id(policy) for policy in armed}
        s.next_dialogs[:] = [policy for policy in s.next_dialogs if id(policy) not in left]
    return messages


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

"""Every alert, confirm, prompt and beforeunload of a session is answered and remembered.

Playwright dismisses a dialog nobody listens for, silently. Here each page's
dialogs are answered by the session's policy (accept by default, see
`Handle Future Dialogs`) and kept as records, so the keyword during which one
appeared logs it and `Wait For Alert` can check it afterwards.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field

from playwright.async_api import Error as PlaywrightError

ACCEPT = "accept"
DISMISS = "dismiss"


@dataclass
class DialogPolicy:
    """What a session does with its dialogs."""

    action: str = ACCEPT
    prompt_input: str | None = None


@dataclass
class DialogRecord:
    """A dialog that appeared, and what was done with it."""

    kind: str
    message: str
    action: str
    prompt_input: str | None = None
    seen_at: float = field(default_factory=time.monotonic)

    def describe(self) -> str:
        answer = "accepted" if self.action == ACCEPT else "dismissed"
        typed = f" with input '{self.prompt_input}'" if self.prompt_input is not None else ""
        return f"{self.kind} '{self.message}' {answer}{typed}"


def watch_dialogs(handle, page) -> None:
    """Answers every dialog of ``page`` by the first of ``handle.next_dialogs`` (once) or else
    ``handle.dialog_policy``, and records it."""

    async def answer(dialog) -> None:
        # Wait For Alert(s) waiting for the next dialogs (Browser's Promise To pattern) answer
        # them their own way, once each, in order; any other dialog gets the session's policy.
        policy = handle.next_dialogs.pop(0) if handle.next_dialogs else handle.dialog_policy
        typed = None
        try:
            if policy.action == ACCEPT:
                if dialog.type == "prompt":
                    typed = policy.prompt_input if policy.prompt_input is not None \
                        else dialog.default_value
                    await dialog.accept(typed)
                else:
                    await dialog.accept()
            else:
                await dialog.dismiss()
        except PlaywrightError:
            pass  # the page went away with its dialog
        handle.dialogs.append(DialogRecord(dialog.type, dialog.message, policy.action, typed))

    page.on("dialog", answer)

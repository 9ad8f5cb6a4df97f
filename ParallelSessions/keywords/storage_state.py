"""Storage state files: a session's cookies and storage saved to a file, and put back."""

from __future__ import annotations

import os
import uuid
from datetime import timedelta
from enum import Enum

from robot.api.deco import keyword

from ..concurrency.step import Step
from ..core.errors import ParallelSessionsError
from ..core.files import private_folder
from ..core.option_values import read_storage_state
from ..core.options import SessionOptionsError
from ..rf.component import LibraryComponent, concurrent_keyword, output_dir

STATE_FOLDER = ("parallel-sessions", "state")


class ReloadPages(Enum):
    """Which pages `Set Storage State` takes away and back while IndexedDB is restored:
    ``affected`` (those of an origin with IndexedDB in the file), ``all`` or ``none``."""

    affected = "affected"
    none = "none"
    all = "all"


class StorageStateKeywords(LibraryComponent):

    @keyword
    def save_storage_state(self, path: str | None = None, *, indexedDB: bool = False,
                           id: str | None = None) -> str:
        """Saves the cookies and local storage of session ``id`` (the current one) to a file.

        ``path`` is the file (relative paths are from the working directory); without
        it the file is ``${OUTPUT DIR}/parallel-sessions/state/<session id>-<uuid>.json``.
        ``indexedDB=True`` saves the IndexedDB databases too (applications such as
        Firebase keep their login tokens there). As in the Browser library the
        keyword returns the file's absolute path.

        The file is JSON readable by its owner only (0600; missing folders are
        created 0700), as it holds the session's login cookies: keep it out of
        shared folders. No cookie or storage value is logged. A session opened
        with ``storage_state=<path>`` (see `Browser options`) starts with these
        cookies and storage.

        | ${state}= | Save Storage State |
        | ${state}= | Save Storage State | ${OUTPUT DIR}/alice-state.json | indexedDB=True |
        | Open Session | account | id=alice_again | storage_state=${state} |
        """
        handle = self.current_session() if id is None else self.manager.require_session(id)
        if handle.context is None or handle.page is None:
            raise SessionOptionsError(
                f"Save Storage State needs a browser session; '{handle.session_id}' is an API "
                f"session, which keeps its cookies in the browser session it was opened from.")
        if path is None or not str(path).strip():
            folder = private_folder(os.path.join(output_dir(), *STATE_FOLDER))
            target = os.path.join(folder, f"{handle.session_id}-{uuid.uuid4()}.json")
        else:
            target = os.path.abspath(os.path.expanduser(str(path)))
        if os.path.isdir(target):
            raise SessionOptionsError(
                f"Save Storage State got the folder '{target}'; give a file path such as "
                f"{os.path.join(target, 'state.json')}.")
        counts = self.runtime.run(self.manager.save_storage_state(handle.session_id, target,
                                                                  indexed_db=indexedDB))
        handle.touch()
        self.log(handle.session_id,
                 f"Saved the storage state ({counts['cookies']} cookies, {counts['origins']} "
                 f"origins with local storage{' and IndexedDB' if indexedDB else ''}) to "
                 f"{target} (owner-only).")
        return target

    @concurrent_keyword(returns=None)
    def set_storage_state(self, path: str, timeout: timedelta | None = None,
                          reload_pages: ReloadPages = ReloadPages.affected) -> Step:
        """Replaces the current session's cookies and storage with those of a state file.

        ``path`` is a file written by `Save Storage State` (relative paths are from the
        working directory). The session's cookies, local storage and IndexedDB are
        cleared and the file's put in; its pages stay open, and already hold what they
        had read, so `Reload` them to see the restored state. Session storage is not
        part of a state file and stays as it is. Restoring IndexedDB waits for pages
        holding a database connection: ``reload_pages`` takes them to ``about:blank``
        and back meanwhile (``affected``, the default: those of an origin the file has
        IndexedDB for; ``all``; ``none``). As in the Browser library, except that
        ``timeout`` cannot be 0: every keyword here is bounded.

        | ${state}= | Save Storage State | |
        | Switch To Session | other |
        | Set Storage State | ${state} |
        | Reload | |
        """
        target = os.path.abspath(os.path.expanduser(str(path)))
        try:
            state = read_storage_state(target)
        except ValueError as error:
            raise ParallelSessionsError(f"Set Storage State got '{target}': expected {error}.") \
                from None
        ms = self.timeout_ms(timeout)
        with_databases = {origin.get("origin") for origin in state["origins"]
                          if origin.get("indexedDB")}

        async def restore(s):
            pages = [page for page in s.context.pages if not page.is_closed()]
            if reload_pages is ReloadPages.none or not with_databases:
                away = []
            elif reload_pages is ReloadPages.all:
                away = pages
            else:
                away = [page for page in pages if _origin(page.url) in with_databases]
            urls = [(page, page.url) for page in away]
            for page, _ in urls:
                await page.goto("about:blank", timeout=ms)
            await s.context.set_storage_state(state)
            for page, url in urls:
                await page.goto(url, timeout=ms)
            return len(state["cookies"]), len(state["origins"])

        return self.step(f"Set Storage State: {os.path.basename(target)}", restore,
                         timeout_ms=ms, outcome=lambda counts: f"{counts[0]} cookies, "
                         f"{counts[1]} origins with storage")


def _origin(url: str) -> str:
    scheme, _, rest = url.partition("://")
    return f"{scheme}://{rest.split('/', 1)[0]}" if rest else url

"""Browser contexts of sessions: opened with their options, video and pages; screenshots."""

from __future__ import annotations

import asyncio
import os
from typing import Any, Mapping

from playwright.async_api import Error as PlaywrightError

from .durations import describe_seconds
from .errors import ActionTimeoutError, PageCrashedError
from .files import private_folder, write_private_bytes, write_private_json
from .options import SessionOptions, SessionOptionsError, context_arguments, refused_option
from .pages import SessionPages, watch_page
from .session import SessionHandle


async def open_context(manager, handle: SessionHandle, storage_state: dict | None = None,
                   record_video: str | None = None,
                   options: SessionOptions | None = None) -> None:
    """Gives ``handle`` a fresh context and page whose errors it collects.

    ``record_video`` (``ON``, ``RETAIN_ON_FAILURE``, ``OFF``) overrides the
    video recorder's mode for this session, as does the ``record_video`` of
    ``options`` (browser options, see options.py). A ``storage_state`` of the
    options wins over ``storage_state`` (a saved login).
    """
    options = options or SessionOptions()
    handle.base_url = manager.base_url
    record_video = options.record_video or record_video
    video = manager.videos.context_options(handle.session_id, record_video) \
        if manager.videos is not None else {}
    defaults = {"base_url": manager.base_url, "viewport": manager.viewport, "locale": manager.locale,
                "storage_state": storage_state}
    arguments = context_arguments(defaults, manager.option_defaults, options,
                                  devices(manager) if options.device else {})
    # The prewarm pool (browser/prewarm.py), when the runtime gave the manager one.
    pool = manager.prewarm
    ready = pool.take_for({**arguments, **video}, not options and storage_state is None) \
        if pool is not None else None
    handle.prewarmed = ready is not None
    try:
        context = ready[0] if ready else await manager.browser.new_context(**arguments, **video)
    except PlaywrightError as error:
        refused = refused_option(str(error))
        if refused is None:
            raise
        raise SessionOptionsError(f"{options.source} got an option the browser refuses: "
                                  f"{refused}.") from None
    context.set_default_timeout(manager.timeout * 1000)
    try:
        # Routes for every session, before its first request (a prewarmed page made none).
        await manager.routes.attach(context, handle.session_id)
        page = ready[1] if ready else await context.new_page()
    except BaseException:
        await context.close()
        raise
    handle.context = context
    handle.pages = SessionPages()
    watch_page(handle, page)
    # New tabs and pop-ups the session's pages open join its pages (not made current).
    context.on("page", lambda opened: watch_page(handle, opened, current=False))
    if manager.videos is not None:
        manager.videos.started(handle, page)


def devices(manager) -> Mapping[str, Mapping[str, Any]]:
    """Playwright's device descriptors (``iPhone 13``...), by name.

    Playwright publishes them on its ``Playwright`` object only; whoever
    started Playwright may set :attr:`ParallelSessionManager.devices`, otherwise they are read from
    the Playwright behind the browser.
    """
    if manager.devices is None:
        implementation = getattr(manager.browser.browser_type, "_impl_obj", None)
        manager.devices = dict(getattr(getattr(implementation, "_playwright", None),
                                    "devices", None) or {})
    return manager.devices


async def screenshot_sessions(handles: list[SessionHandle], directory: str,
                              prefix: str = "") -> dict[str, str | BaseException]:
    """Saves a PNG of each session's current page as ``<prefix><session id>.png`` (owner-only).

    Returns session id -> file path, or the error for a session whose page could
    not be captured (a crashed page never stops the others).
    """
    private_folder(directory)
    taken: dict[str, str | BaseException] = {}
    for handle in handles:
        if handle.page is None or handle.page.is_closed():
            continue
        path = os.path.join(directory, f"{prefix}{handle.session_id}.png")
        if handle.crashed:
            taken[handle.session_id] = PageCrashedError(handle.session_id)
            continue
        try:
            data = await handle.page.screenshot(timeout=5000, mask=handle.mask_locators())
            taken[handle.session_id] = write_private_bytes(path, data, "screenshot")
        except Exception as error:
            taken[handle.session_id] = error
    return taken


async def save_storage_state(handle: SessionHandle, path: str, timeout: float = 10, *,
                             indexed_db: bool = False) -> dict[str, int]:
    """Writes the session's cookies and storage (and IndexedDB with ``indexed_db``) to
    ``path``; how many cookies and origins.

    Reading the storage asks every page of the session; a page stuck in a script
    never answers, so the read is bounded by ``timeout`` seconds and its failure
    names the session.
    """
    try:
        state = await asyncio.wait_for(handle.context.storage_state(indexed_db=indexed_db),
                                       timeout)
    except asyncio.TimeoutError:
        raise ActionTimeoutError(
            f"Save Storage State did not finish in session '{handle.session_id}' within "
            f"{describe_seconds(timeout)}: a page of the session does not answer (a script on it may "
            f"be stuck in a loop). Reload the page or close the session.") from None
    write_private_json(path, state, "storage state")
    return {"cookies": len(state.get("cookies", [])), "origins": len(state.get("origins", []))}

"""Evidence keywords: screenshots of every session, the table of open sessions."""

from __future__ import annotations

import base64
import os
import uuid
from datetime import timedelta
from enum import Enum
from pathlib import Path
from typing import Any

from robot.api import logger
from robot.api.deco import keyword

from ..core.errors import ParallelSessionsError
from ..core.files import private_folder, write_private_bytes
from ..core.selectors import locate
from ..evidence.log_html import sessions_table_html
from ..rf.component import SESSION, LibraryComponent, output_dir

DEFAULT_FILENAME = "robotframework-browser-screenshot-{index}"
INDEX = "{index}"


class ScreenshotFileTypes(Enum):
    """The image format of `Take Screenshot`."""

    png = "png"
    jpeg = "jpeg"


class ScreenshotReturnType(Enum):
    """What `Take Screenshot` returns: the file's path as a string or a ``Path``, or the image."""

    path = "path"
    path_string = "path_string"
    bytes = "bytes"
    base64 = "base64"


class Scale(Enum):
    """``css``: one image pixel per CSS pixel; ``device``: one per device pixel (the default)."""

    css = "css"
    device = "device"


def _screenshot_options(session_id: str, selector: str | None, crop: dict | None,
                        quality: int | None, file_type: ScreenshotFileTypes) -> dict[str, Any]:
    """Playwright's options for what a tester asked; a request that cannot work is refused."""
    options: dict[str, Any] = {}
    if crop is not None:
        if selector:
            raise ParallelSessionsError(
                f"Take Screenshot in session '{session_id}': crop works on a page screenshot "
                f"only; leave selector out to crop the page, or crop out to take element "
                f"'{selector}'.")
        try:
            options["clip"] = {key: float(crop[key]) for key in ("x", "y", "width", "height")}
        except (KeyError, TypeError, ValueError):
            raise ParallelSessionsError(
                f"Take Screenshot in session '{session_id}': invalid crop {crop!r}; give a "
                f"dictionary of numbers x, y, width and height, as Get BoundingBox returns."
            ) from None
    if quality is not None:
        if file_type is not ScreenshotFileTypes.jpeg:
            raise ParallelSessionsError(
                f"Take Screenshot in session '{session_id}': quality is unsupported for the png "
                f"screenshots; give fileType=jpeg with quality, or leave quality out.")
        options["quality"] = max(min(100, quality), 0)
    return options


def _screenshot_path(session_id: str, filename: str, extension: str) -> str:
    """Where `Take Screenshot` saves: the Browser library's folder, or an absolute path."""
    if filename.strip().upper() == "UUID":
        filename = uuid.uuid4().hex
    if os.path.isabs(filename):
        folder = os.path.dirname(filename)
        stem = os.path.splitext(os.path.basename(filename))[0]
    else:
        base = os.path.join(output_dir(), "browser", "screenshot")
        full = os.path.normpath(os.path.join(base, filename))
        if not filename.strip() or not full.startswith(base + os.sep):
            raise ParallelSessionsError(
                f"Take Screenshot in session '{session_id}': filename '{filename}' is not in "
                f"the screenshot folder; give a name such as page-{INDEX} (it goes to "
                f"${{OUTPUT DIR}}/browser/screenshot/), an absolute path, or EMBED.")
        if not os.path.isdir(base):
            private_folder(base)
        folder, stem = os.path.dirname(full), os.path.basename(full)
        if stem.lower().endswith(f".{extension}"):
            stem = stem[:-len(extension) - 1]
    if not os.path.isdir(folder):
        private_folder(folder)
    if INDEX not in stem:
        return os.path.join(folder, f"{stem}.{extension}")
    index = 1
    while os.path.exists(os.path.join(folder, f"{stem.replace(INDEX, str(index))}.{extension}")):
        index += 1
    return os.path.join(folder, f"{stem.replace(INDEX, str(index))}.{extension}")


class DiagnosticsKeywords(LibraryComponent):

    @keyword
    def take_screenshots_of_all_sessions(self) -> list[str]:
        """Screenshots every open browser session into one captioned gallery in the log.

        Each image is captioned with the session's id, role, username and URL, and
        saved under ``${OUTPUT DIR}/parallel-sessions/``. Returns the file paths.
        The same gallery is logged automatically when a keyword fails (see
        ``screenshot_on_failure`` in `Configuration`).

        | Take Screenshots Of All Sessions |
        """
        return self.library.gallery.capture("Screenshots of all sessions")

    @keyword
    def log_sessions(self) -> None:
        """Logs a table of the open sessions: id, role, username, URL, opened, idle for.

        On browser servers (``browser_endpoint``) a column names each session's server.
        With ``prewarm`` it also logs how many ready contexts the pool holds (they
        are not sessions).

        | Log Sessions |
        """
        logger.info(sessions_table_html(self.manager.sessions(), self.session_focus.current), html=True)
        if self.manager.prewarm is not None:
            logger.info(f"Prewarm: {self.manager.prewarm.describe()}.")

    @keyword(tags=[SESSION])
    def take_screenshot(self, filename: str | None = DEFAULT_FILENAME, selector: str | None = None,
                        *, crop: dict | None = None, disableAnimations: bool = False,
                        fileType: ScreenshotFileTypes = ScreenshotFileTypes.png,
                        fullPage: bool = False, highlight_selector: str | None = None,
                        log_screenshot: bool = True, mask: list[str] | str = "",
                        maskColor: str | None = None, omitBackground: bool = False,
                        quality: int | None = None, scale: Scale | None = None,
                        return_as: ScreenshotReturnType = ScreenshotReturnType.path_string,
                        timeout: timedelta | None = None) -> str | bytes | Path | None:
        """Takes a screenshot of the current session's page (or of element ``selector``).

        The file goes to ``${OUTPUT DIR}/browser/screenshot/`` as ``filename``
        plus ``.png`` (or ``.jpeg``), as in the Browser library. ``{index}`` in
        ``filename`` becomes the smallest number not taken yet; ``UUID`` makes
        a unique name; an absolute path saves elsewhere. ``EMBED`` (or
        ``${None}``) saves no file and embeds the image in the log instead.
        Files and the folders made for them are readable by their owner only,
        and fields a secret was typed into are blacked out (see `Secrets`).

        Named options, as in the Browser library: ``fullPage`` (the whole
        scrollable page), ``crop`` (a page screenshot cut to ``{x, y, width,
        height}``, as `Get BoundingBox` returns), ``fileType`` (``png`` or
        ``jpeg``), ``quality`` (0-100, jpeg only), ``mask`` (a selector or a
        list of them, painted over in ``maskColor``, pink by default),
        ``highlight_selector`` (outlined while the picture is taken),
        ``omitBackground``, ``disableAnimations``, ``scale`` (``css`` or
        ``device``), ``log_screenshot=False`` (not shown in the log) and
        ``return_as``: ``path_string`` (default; ``EMBED`` for an embedded
        image), ``path``, ``bytes`` or ``base64``.

        | ${path}= | Take Screenshot | | |
        | Take Screenshot | approved-state | fullPage=True | |
        | Take Screenshot | selector=id=box | | |
        | Take Screenshot | fullPage=True | fileType=jpeg | quality=50 |
        | Take Screenshot | EMBED | | |
        | ${png}= | Take Screenshot | EMBED | log_screenshot=False | return_as=bytes |
        """
        handle = self.current_session()
        embed = filename is None or filename.strip().upper() == "EMBED"
        extension = fileType.value
        options = _screenshot_options(handle.session_id, selector, crop, quality, fileType)
        ms = self.timeout_ms(timeout)
        masks = [mask] if isinstance(mask, str) else [str(item) for item in mask]
        keep_file = not embed and (log_screenshot or return_as in (
            ScreenshotReturnType.path, ScreenshotReturnType.path_string))
        path = _screenshot_path(handle.session_id, filename, extension) if keep_file else None
        options.update(type=extension, timeout=ms, omit_background=omitBackground)
        if maskColor:
            options["mask_color"] = maskColor
        if disableAnimations:
            options["animations"] = "disabled"
        if scale is not None:
            options["scale"] = scale.value

        async def screenshot(s):
            options["mask"] = s.mask_locators() + [locate(s.page, item) for item in masks if item]
            if highlight_selector:
                await locate(s.page, highlight_selector).highlight()
            try:
                if selector:
                    return await locate(s.page, selector, strict=self.strict).screenshot(
                        **options)
                return await s.page.screenshot(full_page=fullPage, **options)
            finally:
                if highlight_selector:
                    await s.page.hide_highlight()

        where = f" '{selector}'" if selector else ""
        data = self.act(f"Take Screenshot{where}", screenshot, handle, timeout_ms=ms,
                        selector=selector)
        if path is not None:
            write_private_bytes(path, data, "screenshot")
        if log_screenshot:
            if path is None:  # embedded once, as the Browser library does
                encoded = base64.b64encode(data).decode()
                image = f'<img src="data:image/{extension};base64,{encoded}" width="800px">'
            else:
                link = os.path.relpath(path, output_dir())
                image = f'<a href="{link}"><img src="{link}" width="800px"></a>'
            logger.info(f"[{handle.session_id}] {image}", html=True)
        if return_as is ScreenshotReturnType.path_string:
            return "EMBED" if embed else path
        if return_as is ScreenshotReturnType.path:
            return None if path is None else Path(path)
        if return_as is ScreenshotReturnType.bytes:
            return data
        return base64.b64encode(data).decode()

"""Uploads and downloads of the current session; downloaded files are owner-only."""

from __future__ import annotations

import os
import re
from datetime import timedelta
from pathlib import Path
from urllib.parse import unquote, urlparse

from ..errors import ParallelSessionsError
from ..files import make_private, private_folder
from ..selectors import locate
from .base import LibraryComponent, concurrent_keyword, output_dir

DOWNLOADS = ("parallel-sessions", "downloads")
FILENAME = re.compile(r"""filename\*?=(?:UTF-8'')?["']?([^"';]+)""", re.IGNORECASE)


def download_folder() -> str:
    return private_folder(os.path.join(output_dir(), *DOWNLOADS))


def target_path(save_as: str | None, suggested: str, session_id: str) -> str:
    """Where a download is saved: ``save_as`` (relative to the downloads folder), else
    ``<session id>-<suggested file name>`` there."""
    folder = download_folder()
    name = save_as or f"{session_id}-{Path(suggested).name or 'download'}"
    path = Path(name) if os.path.isabs(name) else Path(folder) / name
    private_folder(str(path.parent))
    return str(path)


class FileKeywords(LibraryComponent):

    @concurrent_keyword()
    def upload_file_by_selector(self, selector: str, path: str, *more_paths: str,
                                timeout: timedelta | None = None) -> None:
        """Chooses ``path`` (and ``more_paths``) in the file input ``selector``, as a user would.

        | Upload File By Selector | input[type=file] | ${CURDIR}/avatar.png |
        | Upload File By Selector | id=attachments | ${CURDIR}/a.pdf | ${CURDIR}/b.pdf |
        """
        paths = [path, *more_paths]
        missing = [p for p in paths if not os.path.isfile(p)]
        if missing:
            raise ParallelSessionsError(
                f"Upload File By Selector '{selector}': no such file: {', '.join(missing)}; give "
                f"the path of an existing file (relative paths are from the working directory "
                f"{os.getcwd()}; ${{CURDIR}} makes them relative to the suite).")
        ms = self.timeout_ms(timeout)
        names = ", ".join(os.path.basename(p) for p in paths)
        return self.act(f"Upload File By Selector '{selector}': {names}",
                        lambda s: locate(s.page, selector).set_input_files(paths, timeout=ms),
                        timeout_ms=ms, selector=selector)

    @concurrent_keyword()
    def download(self, url: str, save_as: str | None = None, *,
                 timeout: timedelta | None = None) -> dict[str, str]:
        """Fetches ``url`` with the current session's cookies and saves the body to a file.

        Returns a dictionary with ``saveAs`` (the file's path) and
        ``suggestedFilename`` (from the response's Content-Disposition, else the
        URL). The file goes under ``${OUTPUT DIR}/parallel-sessions/downloads/``
        (``save_as`` names it there) and is readable by its owner only.

        | ${file}= | Download | /admin/audit/export |
        | ${file}= | Download | /reports/today.csv | save_as=today.csv |
        """
        ms = self.timeout_ms(timeout)

        async def fetch(s):
            response = await s.api_client.get(url, timeout=ms)
            try:
                if response.status >= 400:
                    raise ParallelSessionsError(
                        f"Download '{url}' failed in session '{s.session_id}': the server "
                        f"answered {response.status}.")
                disposition = FILENAME.search(response.headers.get("content-disposition", ""))
                suggested = unquote(disposition[1]) if disposition else \
                    os.path.basename(urlparse(response.url).path) or "download"
                path = target_path(save_as, suggested, s.session_id)
                Path(path).write_bytes(await response.body())
                return {"saveAs": make_private(path), "suggestedFilename": suggested}
            finally:
                await response.dispose()

        return self.act(f"Download '{url}'", fetch, timeout_ms=ms, needs_page=False,
                        outcome=lambda info: f"saved as {info['saveAs']}")

    @concurrent_keyword()
    def click_and_wait_for_download(self, selector: str, save_as: str | None = None, *,
                                    timeout: timedelta | None = None) -> dict[str, str]:
        """Clicks ``selector`` and waits for the download it starts; returns where it was saved.

        The dictionary has ``saveAs`` and ``suggestedFilename`` (the name the page
        gave the file); see `Download` for where files go.

        | ${file}= | Click And Wait For Download | text=Export CSV |
        | Should Be Equal | ${file}[suggestedFilename] | audit.csv |
        """
        ms = self.timeout_ms(timeout)

        async def click_and_save(s):
            async with s.page.expect_download(timeout=ms) as started:
                await locate(s.page, selector).click(timeout=ms)
            download = await started.value
            path = target_path(save_as, download.suggested_filename, s.session_id)
            await download.save_as(path)
            return {"saveAs": make_private(path), "suggestedFilename": download.suggested_filename}

        return self.act(f"Click And Wait For Download '{selector}'", click_and_save,
                        timeout_ms=ms * 2, selector=selector,
                        outcome=lambda info: f"saved as {info['saveAs']}")

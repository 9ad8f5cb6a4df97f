"""Uploads and downloads of the current session; downloaded files are owner-only."""

from __future__ import annotations

import os
import re
from datetime import timedelta
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlparse

from robot.utils import DotDict

from ..concurrency.step import Step
from ..core.errors import ParallelSessionsError
from ..core.files import make_private, private_folder, private_temporary, write_private_bytes
from ..core.redirects import absolute_url, max_redirects, where_it_ended
from ..core.secrets import SecretValues
from ..core.selectors import locate
from ..rf.component import LibraryComponent, concurrent_keyword, output_dir, parse_expected_status
from ..rf.inputs import not_empty

DOWNLOADS = ("parallel-sessions", "downloads")
FILENAME = re.compile(r"""filename\*?=(?:UTF-8'')?["']?([^"';]+)""", re.IGNORECASE)


def download_folder() -> str:
    return private_folder(os.path.join(output_dir(), *DOWNLOADS))


def target_path(save_as: str | None, suggested: str, session_id: str) -> str:
    """Where a download is saved: ``save_as`` (relative to the downloads folder), else
    ``<session id>-<suggested file name>`` there.

    A relative ``save_as`` must stay inside the downloads folder (``../..`` would write
    anywhere the run may write); an absolute one is a place chosen on purpose. Either way
    its folder must exist: a mistyped path is an error, not a tree of new folders.
    """
    folder = Path(download_folder()).resolve()
    name = save_as or f"{session_id}-{Path(suggested).name or 'download'}"
    if os.path.isabs(os.path.expanduser(name)):
        path = Path(os.path.expanduser(name)).resolve()
    else:
        path = (folder / name).resolve()
        if folder not in path.parents:
            raise ParallelSessionsError(
                f"Invalid saveAs '{name}': a relative path is inside the downloads folder "
                f"{folder}, and this one leaves it; give a name inside it, or an absolute path "
                f"to save the file elsewhere on purpose.")
    if not path.parent.is_dir():
        raise ParallelSessionsError(
            f"Invalid saveAs '{name}': the folder {path.parent} does not exist; create it "
            f"first, or save into the downloads folder {folder}.")
    if path.is_dir():
        raise ParallelSessionsError(
            f"Invalid saveAs '{name}': {path} is a folder; give a file name.")
    return str(path)


class DownloadStatusError(ParallelSessionsError):
    """A download ended at a status the test did not expect."""


class DownloadInfo(DotDict):
    """What `Download` returns: a dot dictionary (``${file.saveAs}``, as in the Browser
    library) whose printed form masks known secrets.

    Robot Framework logs a keyword's return value by printing it; a URL can
    carry a token the library knows as a secret.
    """

    _secrets: SecretValues
    _ended: str = ""

    def noting(self, secrets: SecretValues, ended: str) -> "DownloadInfo":
        """Keeps the secrets to mask and how the download ended, as attributes, not items."""
        object.__setattr__(self, "_secrets", secrets)
        object.__setattr__(self, "_ended", ended)
        return self

    def __repr__(self) -> str:
        return "{" + ", ".join(f"{key!r}: {self._secrets.shown(repr(value))}"
                               for key, value in self.items()) + "}"

    __str__ = __repr__


class FileKeywords(LibraryComponent):

    @concurrent_keyword(returns=None)
    def upload_file_by_selector(self, selector: str, path: str, *extra_paths: str,
                                timeout: timedelta | None = None) -> Step:
        """Chooses ``path`` (and ``extra_paths``) in the file input ``selector``, as a user would.

        Each path must be an existing file; relative paths are from the working
        directory. Unlike the Browser library, a folder is refused rather than
        uploaded file by file.

        | Upload File By Selector | input[type=file] | ${CURDIR}/avatar.png |
        | Upload File By Selector | id=attachments | ${CURDIR}/a.pdf | ${CURDIR}/b.pdf |
        """
        paths = [str(p) for p in (path, *extra_paths)]
        folders = [p for p in paths if os.path.isdir(p)]
        if folders:
            raise ParallelSessionsError(
                f"Upload File By Selector '{selector}': {', '.join(folders)} "
                f"{'is a directory' if len(folders) == 1 else 'are directories'}, not a file; "
                f"give the path of each file to upload (as extra_paths after the first).")
        missing = [p for p in paths if not os.path.isfile(p)]
        if missing:
            raise ParallelSessionsError(
                f"Upload File By Selector '{selector}': no such file: {', '.join(missing)}; give "
                f"the path of an existing file (relative paths are from the working directory "
                f"{os.getcwd()}; ${{CURDIR}} makes them relative to the suite).")
        ms = self.timeout_ms(timeout)
        strict = self.strict  # strict mode in force when the step is built
        names = ", ".join(os.path.basename(p) for p in paths)
        return self.step(f"Upload File By Selector '{selector}': {names}",
                        lambda s: locate(s.page, selector, strict=strict).set_input_files(
                            paths, timeout=ms),
                        timeout_ms=ms, selector=selector)

    @concurrent_keyword(returns=dict[str, Any])
    def download(self, url: str, saveAs: str = "", wait_for_finished: bool = True,
                 download_timeout: timedelta | None = None, *,
                 expected_status: int | str | None = None, follow_redirects: bool = True,
                 timeout: timedelta | None = None) -> Step:
        """Fetches ``url`` with the current session's cookies and saves the body to a file.

        Returns a dictionary with ``saveAs`` (the file's path), ``suggestedFilename``
        (from the response's Content-Disposition, else the last part of the URL it
        ended at), ``state`` (``finished``) and ``downloadID`` (``None``) as in the
        Browser library, and ``status`` (the final HTTP status) and ``url`` (the URL
        the body came from: after a redirect, where it went, such as a login page).
        The file goes under ``${OUTPUT DIR}/parallel-sessions/downloads/``
        (``saveAs`` names it there, or is an absolute path) and is readable by its
        owner only. The log line says when the download was redirected.

        ``download_timeout`` bounds the whole download (the keyword's ``timeout``,
        else the library's, by default). The keyword always waits until the file is
        saved: ``wait_for_finished=False``, which in the Browser library returns at
        once for its Get Download State, is refused with a sentence.

        Redirects are followed (as a browser does); ``follow_redirects=False``
        takes the redirect itself as the response.

        ``expected_status``: by default a status other than 2xx fails, saying the
        status, the URL asked and the URL it ended at, and saves nothing. Give a
        status (``404``) to require exactly that one, or ``any`` to save whatever
        the server answers. A session that is not logged in is often redirected
        to a login page, which answers 200: check ``url``, or give
        ``follow_redirects=False`` to fail on the redirect.

        | ${file}= | Download | /admin/audit/export |
        | ${file}= | Download | /reports/today.csv | saveAs=today.csv |
        | Should Be Equal | ${file}[url] | ${BASE}/reports/today.csv |
        | ${page}= | Download | /reports/gone.csv | expected_status=any |
        | Download | /private/report.pdf | expected_status=302 | follow_redirects=False |
        """
        ms = self.timeout_ms(timeout) if download_timeout is None else \
            self.timeout_ms(download_timeout, "download_timeout")
        not_empty(url, "url", "give the address of the file, such as /reports/today.csv")
        secrets = self.library.secrets
        shown = secrets.shown(url)
        if not wait_for_finished:
            raise ParallelSessionsError(
                f"Download '{shown}': wait_for_finished=False is not supported: this library "
                f"has no Get Download State to follow an unfinished download; leave it out (the "
                f"keyword waits until the file is saved) and give download_timeout for a large "
                f"file.")
        expected = parse_expected_status(
            expected_status, f"Download '{shown}' in session '{self.session_focus.current}'")

        async def fetch(s):
            asked = absolute_url(url, s.base_url, self.manager.base_url)
            response = await s.api_client.get(asked, timeout=ms,
                                              max_redirects=max_redirects(follow_redirects))
            try:
                status, final = response.status, response.url
                ended = where_it_ended(status, asked, final, response.headers.get("location"))
                if expected is None and not 200 <= status < 300 or \
                        isinstance(expected, int) and status != expected:
                    wanted = "not a 2xx status" if expected is None else f"expected {expected}"
                    where = ended or f" from {secrets.shown(asked)}"
                    raise DownloadStatusError(secrets.mask_all(
                        f"Download '{shown}' in session '{s.session_id}' got status {status}"
                        f"{where}, {wanted}, so nothing was saved; give "
                        f"expected_status=any to save whatever the server answers."))
                disposition = FILENAME.search(response.headers.get("content-disposition", ""))
                suggested = unquote(disposition[1]) if disposition else \
                    os.path.basename(urlparse(final).path) or "download"
                path = target_path(saveAs or None, suggested, s.session_id)
                write_private_bytes(path, await response.body(), "download")
                info = DownloadInfo(saveAs=path, suggestedFilename=suggested,
                                    state="finished", downloadID=None, status=status, url=final)
                return info.noting(secrets, ended)
            finally:
                await response.dispose()

        return self.step(f"Download '{shown}'", fetch, timeout_ms=ms, needs_page=False,
                        outcome=lambda info: secrets.mask_all(
                            f"{info['status']}{info._ended}, saved as {info['saveAs']}"))

    @concurrent_keyword(returns=dict[str, str])
    def click_and_wait_for_download(self, selector: str, save_as: str | None = None, *,
                                    timeout: timedelta | None = None) -> Step:
        """Clicks ``selector`` and waits for the download it starts; returns where it was saved.

        The dictionary has ``saveAs`` and ``suggestedFilename`` (the name the page
        gave the file); see `Download` for where files go.

        | ${file}= | Click And Wait For Download | text=Export CSV |
        | Should Be Equal | ${file}[suggestedFilename] | audit.csv |
        """
        ms = self.timeout_ms(timeout)
        strict = self.strict  # strict mode in force when the step is built

        async def click_and_save(s):
            async with s.page.expect_download(timeout=ms) as started:
                await locate(s.page, selector, strict).click(timeout=ms)
            download = await started.value
            path = target_path(save_as, download.suggested_filename, s.session_id)
            with private_temporary(path, "download") as temporary:
                await download.save_as(temporary)
            return {"saveAs": make_private(path), "suggestedFilename": download.suggested_filename}

        return self.step(f"Click And Wait For Download '{selector}'", click_and_save,
                        timeout_ms=ms * 2, selector=selector,
                        outcome=lambda info: f"saved as {info['saveAs']}")

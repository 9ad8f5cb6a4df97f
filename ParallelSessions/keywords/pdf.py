"""PDF: the current page saved as a PDF file, as the Browser library saves it."""

from __future__ import annotations

import os
from enum import Enum
from typing import TypedDict

from robot.libraries.BuiltIn import BuiltIn, RobotNotRunningError

from ..concurrency.step import Step
from ..core.errors import ParallelSessionsError
from ..core.files import make_private
from ..rf.component import LibraryComponent, concurrent_keyword


class PdfFormat(Enum):
    """Paper sizes of `Save Page As Pdf`: Letter (8.5 x 11 in), Legal, Tabloid, Ledger, A0-A6."""

    Letter = "Letter"
    Legal = "Legal"
    Tabloid = "Tabloid"
    Ledger = "Ledger"
    A0 = "A0"
    A1 = "A1"
    A2 = "A2"
    A3 = "A3"
    A4 = "A4"
    A5 = "A5"
    A6 = "A6"


class PdfMarging(TypedDict):  # the Browser library's spelling
    """Margins of `Save Page As Pdf`: ``top``, ``right``, ``bottom``, ``left`` with units
    (``px``, ``in``, ``cm``, ``mm``)."""

    top: str
    right: str
    bottom: str
    left: str


def _output_dir() -> str:
    try:
        return BuiltIn().get_variable_value("${OUTPUT DIR}") or os.getcwd()
    except RobotNotRunningError:
        return os.getcwd()


class PdfKeywords(LibraryComponent):

    @concurrent_keyword(returns=str)
    def save_page_as_pdf(self, path: str, *, displayHeaderFooter: bool = False,  # noqa: N803
                         footerTemplate: str = "",  # noqa: N803 (Browser's names)
                         format: PdfFormat = PdfFormat.Letter,  # noqa: A002
                         headerTemplate: str = "", height: str = "0px",  # noqa: N803
                         landscape: bool = False,
                         margin: PdfMarging = {"top": "0px", "right": "0px",  # noqa: B006
                                               "bottom": "0px", "left": "0px"},
                         outline: bool = False, pageRanges: str = "",  # noqa: N803
                         preferCSSPageSize: bool = False,  # noqa: N803
                         printBackground: bool = False,  # noqa: N803
                         scale: float = 1, tagged: bool = False, width: str = "0px") -> Step:
        """Saves the current page as a PDF at ``path`` and returns the file's full path.

        A relative ``path`` is in the output directory (``${OUTPUT DIR}``); the file is
        readable by its owner only. ``width`` and ``height`` (``8.5in``, ``210mm``), when
        given, replace ``format``. ``headerTemplate`` and ``footerTemplate`` are HTML with
        the classes ``date``, ``title``, ``url``, ``pageNumber`` and ``totalPages``. The
        page is printed with the ``print`` media type unless `Emulate Media` set
        ``media=screen``. Same as the Browser library's keyword.

        | ${pdf}= | Save Page As Pdf | invoice.pdf | |
        | Save Page As Pdf | report.pdf | format=A4 | landscape=True |
        """
        if not 0.1 <= scale <= 2:
            raise ParallelSessionsError(f"Invalid scale '{scale:g}': give 0.1 to 2 (1 is 100 %).")
        unknown = set(margin) - {"top", "right", "bottom", "left"}
        if unknown:
            raise ParallelSessionsError(
                f"Invalid margin key {', '.join(sorted(unknown))}: give top, right, bottom "
                f"and left, such as {{'top': '1cm', 'bottom': '1cm'}}.")
        target = os.path.abspath(os.path.join(_output_dir(), os.path.expanduser(path)))
        folder = os.path.dirname(target)
        if not os.path.isdir(folder):
            raise ParallelSessionsError(
                f"Cannot save the PDF as '{target}': the folder '{folder}' does not exist.")
        options = {"display_header_footer": displayHeaderFooter,
                   "footer_template": footerTemplate, "header_template": headerTemplate,
                   "landscape": landscape, "margin": dict(margin), "outline": outline,
                   "page_ranges": pageRanges, "prefer_css_page_size": preferCSSPageSize,
                   "print_background": printBackground, "scale": scale, "tagged": tagged}
        if width != "0px" or height != "0px":
            options.update(width=width, height=height)
        else:
            options["format"] = format.value

        async def save(s):
            data = await s.page.pdf(**options)
            temporary = f"{target}.part"
            descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
            try:
                with os.fdopen(descriptor, "wb") as file:
                    file.write(data)
                make_private(temporary)
                os.replace(temporary, target)
            except BaseException as error:
                if os.path.exists(temporary):
                    os.unlink(temporary)
                if isinstance(error, OSError):
                    raise ParallelSessionsError(
                        f"Could not write the PDF '{target}': {error.strerror}.") from None
                raise
            return target

        return self.step(f"Save Page As Pdf: {os.path.basename(target)}", save,
                         outcome=lambda saved: saved)

"""Test support: search Robot Framework's outputs and the library's files for texts.

log.html stores its texts zlib-compressed and base64-encoded, and traces are
zip files, so a plain grep would find nothing either way; this decodes every
stored text of log.html and reads every entry of every zip first. File names
are searched too.
"""

import base64
import fnmatch
import json
import os
import re
import stat
import zipfile
import zlib
from pathlib import Path

from robot.api.deco import keyword, library


def readable_text(path: str) -> str:
    content = Path(path).read_text(encoding="utf-8", errors="replace")
    if not path.endswith(".html"):
        return content
    texts = [content]
    for block in re.findall(r'window\.output\["strings"\] = window\.output\["strings"\]'
                            r'\.concat\((\[.*?\])\);', content, re.S):
        for item in json.loads(block.replace("\\x", "\\u00")):
            if item.startswith("*"):
                texts.append(item[1:])
            else:
                texts.append(zlib.decompress(base64.b64decode(item)).decode("utf-8"))
    return "\n".join(texts)


def readable_files(folder: str, pattern: str = "*"):
    """(name, text) of every file under ``folder`` matching ``pattern``, and of every zip entry.

    A zip's entries are named ``<file>!<entry>``; binary contents are read as
    UTF-8 with replacement, so texts in them are still found.
    """
    for root, _, files in os.walk(folder):
        for name in sorted(files):
            path = os.path.join(root, name)
            relative = os.path.relpath(path, folder)
            if not fnmatch.fnmatch(name, pattern):
                continue
            yield f"{relative} (file name)", relative
            if name.endswith(".zip"):
                with zipfile.ZipFile(path) as archive:
                    for entry in archive.namelist():
                        yield f"{relative}!{entry}", \
                            entry + "\n" + archive.read(entry).decode("utf-8", "replace")
            else:
                yield relative, readable_text(path)


@library(scope="GLOBAL", auto_keywords=False)
class OutputSearch:

    @keyword
    def texts_should_not_appear_in_output(self, path: str, *texts: str) -> None:
        """Fails if any of ``texts`` appears in output.xml or (decoded) log.html ``path``."""
        content = readable_text(path)
        found = [f"text #{i + 1}" for i, text in enumerate(texts) if text in content]
        if found:
            raise AssertionError(f"{Path(path).name} contains {', '.join(found)}.")

    @keyword
    def texts_should_appear_in_output(self, path: str, *texts: str) -> None:
        """Fails unless every one of ``texts`` appears (proves the search can find things)."""
        content = readable_text(path)
        missing = [text for text in texts if text not in content]
        if missing:
            raise AssertionError(f"{Path(path).name} lacks {', '.join(missing)}.")

    @keyword
    def texts_should_not_appear_in_files(self, folder: str, *texts: str, files: str = "*") -> int:
        """Fails if any of ``texts`` is in a file, a zip entry or a name under ``folder``.

        The texts are not shown in the failure (they are secrets): it names them by
        position and says where each was found. Returns how many files and entries
        were searched.
        """
        searched, found = 0, []
        for where, content in readable_files(folder, files):
            searched += 1
            found += [f"text #{i + 1} in {where}" for i, text in enumerate(texts)
                      if text in content]
        if found:
            raise AssertionError(f"Found {'; '.join(found)}.")
        return searched

    @keyword
    def texts_should_appear_in_files(self, folder: str, *texts: str, files: str = "*") -> None:
        """Fails unless each of ``texts`` is in some file or zip entry under ``folder``.

        The positive control of `Texts Should Not Appear In Files`: it proves that
        the same search finds a text that is there.
        """
        contents = [content for _, content in readable_files(folder, files)]
        missing = [text for text in texts if not any(text in content for content in contents)]
        if missing:
            raise AssertionError(f"No file under {folder} matching {files} contains "
                                 f"{', '.join(missing)}.")

    @keyword
    def pattern_should_not_appear_in_files(self, folder: str, pattern: str) -> None:
        """Fails if regular expression ``pattern`` matches in a file, zip entry or name."""
        found = [where for where, content in readable_files(folder) if re.search(pattern, content)]
        if found:
            raise AssertionError(f"'{pattern}' matches in {', '.join(found)}.")

    @keyword
    def pattern_should_appear_in_files(self, folder: str, pattern: str, files: str = "*") -> None:
        """Fails unless ``pattern`` matches somewhere (the positive control of the above)."""
        if not any(re.search(pattern, content) for _, content in readable_files(folder, files)):
            raise AssertionError(f"'{pattern}' matches in no file under {folder}.")

    @keyword
    def files_should_be_owner_only(self, folder: str) -> int:
        """Fails unless ``folder`` and every folder under it are 0700 and every file 0600.

        Returns how many files were checked.
        """
        wrong, files = [], 0
        for root, folders, names in os.walk(folder):
            for path, expected in [(root, 0o700)] + [(os.path.join(root, n), 0o600)
                                                      for n in names]:
                mode = stat.S_IMODE(os.stat(path).st_mode)
                if mode != expected:
                    wrong.append(f"{os.path.relpath(path, folder)} is {mode:o}, not {expected:o}")
            files += len(names)
        if wrong:
            raise AssertionError("; ".join(wrong))
        return files

    @keyword
    def image_links_in_log(self, path: str) -> list:
        """The distinct image sources that a log.html embeds, relative to its folder."""
        return sorted(set(re.findall(r'<img src="([^"]+)"', readable_text(path))))

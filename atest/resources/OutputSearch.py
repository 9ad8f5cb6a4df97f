"""Test support: search Robot Framework's output.xml and log.html for texts.

log.html stores its texts zlib-compressed and base64-encoded, so a plain grep
would find nothing either way; this decodes every stored text first.
"""

import base64
import json
import re
import zlib
from pathlib import Path

from robot.api.deco import keyword, library


def readable_text(path: str) -> str:
    content = Path(path).read_text(encoding="utf-8")
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
    def image_links_in_log(self, path: str) -> list:
        """The distinct image sources that a log.html embeds, relative to its folder."""
        return sorted(set(re.findall(r'<img src="([^"]+)"', readable_text(path))))

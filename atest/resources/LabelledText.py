"""Test support: a plugin configured by the arguments written after ';' in its plugins= entry,
e.g. plugins=${CURDIR}/LabelledText.py;h1;label=Heading (strings, a name=value one by name)."""

from ParallelSessions import LibraryComponent
from robot.api.deco import keyword


class LabelledText(LibraryComponent):
    def __init__(self, library, selector: str, label: str = "Text"):
        super().__init__(library)
        self.selector, self.label = selector, label

    @keyword
    def get_labelled_text(self) -> str:
        """Returns ``label: text`` of the first element matching the plugin's ``selector``."""
        async def read(session):
            text = await session.page.locator(self.selector).first.inner_text()
            return f"{self.label}: {text}"
        return self.act("Get Labelled Text", read, outcome=repr)

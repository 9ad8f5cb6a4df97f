"""Test support: a plugin configured by the arguments written after ';' in its plugins= entry,
e.g. plugins=${CURDIR}/LabelledText.py;h1;label=Heading (strings, a name=value one by name)."""

from enum import Enum

from ParallelSessions import LibraryComponent
from robot.api.deco import keyword


class Case(Enum):
    """How the text is written: as on the page, or in upper or lower case."""

    upper = "upper"
    lower = "lower"


class LabelledText(LibraryComponent):
    def __init__(self, library, selector: str, label: str = "Text"):
        super().__init__(library)
        self.selector, self.label = selector, label

    @keyword
    def get_labelled_text(self, case: Case | None = None) -> str:
        """Returns ``label: text`` of the first element matching the plugin's ``selector``,
        the text in ``case`` when given."""
        async def read(session):
            text = await session.page.locator(self.selector).first.inner_text()
            text = getattr(text, case.value)() if case else text
            return f"{self.label}: {text}"
        return self.act("Get Labelled Text", read, outcome=repr)

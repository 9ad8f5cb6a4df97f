"""Test support: a stand-in for the Browser library or SeleniumLibrary, with keywords
whose names ParallelSessions has too, that only record that they were called."""

from robot.api.deco import keyword, library


@library(scope="TEST", auto_keywords=False)
class Clashing:

    def __init__(self):
        self.calls = []

    @keyword
    def click(self, selector: str) -> str:
        self.calls.append(f"Click {selector}")
        return "clicked by Clashing"

    @keyword
    def get_text(self, selector: str) -> str:
        self.calls.append(f"Get Text {selector}")
        return "text from Clashing"

    @keyword
    def calls_to_clashing(self) -> list:
        return list(self.calls)

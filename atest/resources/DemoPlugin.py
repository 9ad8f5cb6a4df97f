from ParallelSessions import LibraryComponent, concurrent_keyword
from robot.api.deco import keyword


class DemoPlugin(LibraryComponent):
    @concurrent_keyword()
    def get_heading(self) -> str:
        """Returns the text of the first h1 of the current session's page."""
        return self.act("Get Heading", lambda s: s.page.locator("h1").first.inner_text(),
                        outcome=repr)

    @keyword
    def count_cookies(self) -> int:
        """Returns how many cookies the current session's browser context holds."""
        return len(self.runtime.run(self.current_session().context.cookies()))

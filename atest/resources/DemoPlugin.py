from ParallelSessions import LibraryComponent, Step, concurrent_keyword
from robot.api.deco import keyword


class DemoPlugin(LibraryComponent):
    @concurrent_keyword(returns=str)
    def get_heading(self) -> Step:
        """Returns the text of the first h1 of the current session's page."""
        return self.step("Get Heading", lambda s: s.page.locator("h1").first.inner_text(),
                         outcome=repr)

    @keyword
    def count_cookies(self) -> int:
        """Returns how many cookies the current session's browser context holds."""
        return len(self.runtime.run(self.current_session().context.cookies()))

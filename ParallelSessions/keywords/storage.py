"""Cookies, local storage and session storage of the current session."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from enum import Enum
from typing import Any

from assertionengine import AssertionOperator, verify_assertion
from robot.utils import DotDict

from ..concurrency.step import Step
from ..core.errors import ParallelSessionsError
from ..core.selectors import locate
from ..rf.component import LibraryComponent, concurrent_keyword
from ..rf.inputs import absolute_address, cookie_name


class CookieType(Enum):
    """What `Get Cookie` and `Get Cookies` return: dictionaries, or ``name=value`` text."""

    dictionary = "dictionary"
    dict = "dictionary"
    string = "string"
    str = "string"


class SameSite(Enum):
    """The SameSite attribute of a cookie."""

    Strict = "Strict"
    Lax = "Lax"
    None_ = "None"


_STORAGES = {"local": "localStorage", "session": "sessionStorage"}
# A page without an origin of its own (about:blank, data:) has no web storage: the browser's
# SecurityError becomes a sentence that says what to do.
_STORAGE_GUARD = """(arg) => {
    try { return (SCRIPT)(arg); } catch (error) {
        if (error && error.name === 'SecurityError')
            throw new Error(`the page ${location.href.slice(0, 100)} has no local or session `
                            + 'storage: go to a page of the site first');
        throw error;
    }
}"""


def _cookie_as_dot_dict(cookie: dict) -> DotDict:
    """A cookie as the Browser library returns it: a dot dictionary, ``expires`` a datetime."""
    found = DotDict(cookie)
    if "expires" in found:
        try:
            found["expires"] = datetime.fromtimestamp(cookie["expires"], tz=timezone.utc)
        except (OSError, OverflowError, ValueError, TypeError):
            found["expires"] = None
    return found


def _cookie_as_string(cookie: dict) -> str:
    return f"{cookie['name']}={cookie['value']}"


class StorageKeywords(LibraryComponent):

    @concurrent_keyword(returns=list[DotDict] | str)
    def get_cookies(self, return_type: CookieType = CookieType.dictionary, *,
                    timeout: timedelta | None = None) -> Step:
        """Returns the cookies of the current session.

        With ``return_type=dictionary`` (default) a list of dot dictionaries, one
        per cookie, with the keys `Get Cookie` describes; with ``string`` the
        text ``name1=value1; name2=value2``. Without cookies it returns an empty
        list, as in the Browser library.

        | ${cookies}= | Get Cookies |
        | Length Should Be | ${cookies} | 0 |
        | ${header}= | Get Cookies | string |
        """
        async def cookies(s):
            found = await s.context.cookies()
            if not found:
                return []
            if return_type is CookieType.string:
                return "; ".join(_cookie_as_string(cookie) for cookie in found)
            return [_cookie_as_dot_dict(cookie) for cookie in found]

        return self.step("Get Cookies", cookies, timeout_ms=self.timeout_ms(timeout))

    @concurrent_keyword(returns=Any)
    def get_cookie(self, cookie: str, return_type: CookieType = CookieType.dictionary,
                   assertion_operator: AssertionOperator | None = None,
                   assertion_expected: Any = None, message: str | None = None, *,
                   timeout: timedelta | None = None) -> Step:
        """Returns cookie ``cookie`` of the current session, or checks its value.

        ``return_type=dictionary`` (default) returns a dot dictionary of every
        attribute (``name``, ``value``, ``domain``, ``path``, ``expires`` as a
        datetime, ``httpOnly``, ``secure``, ``sameSite``); ``string`` returns
        ``name=value``, as in the Browser library. Assertion operators, which
        the Browser library's `Get Cookie` does not take, check the value (see
        `Assertions`). A missing cookie fails naming the ones the session has.

        | ${cookie}= | Get Cookie | theme |
        | Should Be Equal | ${cookie.value} | dark |
        | ${pair}= | Get Cookie | theme | string |
        | Get Cookie | theme | string | == | dark |
        """
        ms = self.timeout_ms(timeout)

        async def read(s, remaining):
            cookies = {c["name"]: c for c in await s.context.cookies()}
            if cookie not in cookies:
                raise ParallelSessionsError(
                    f"Get Cookie '{cookie}' failed in session '{s.session_id}': Cookie with name "
                    f"{cookie} is not found; the session has "
                    f"{', '.join(sorted(cookies)) or 'no cookies'}.")
            return cookies[cookie]

        def check(found: dict) -> Any:
            verify_assertion(found["value"], assertion_operator, assertion_expected,
                             f"Cookie {cookie}", message)
            return _cookie_as_string(found) if return_type is CookieType.string else \
                _cookie_as_dot_dict(found)

        return self.assertion_step(f"Get Cookie '{cookie}'", read, check, ms, message)

    @concurrent_keyword(returns=None)
    def add_cookie(self, name: str, value: str, url: str | None = None,
                   domain: str | None = None, path: str | None = None,
                   expires: datetime | None = None, httpOnly: bool | None = None,
                   secure: bool | None = None, sameSite: SameSite | None = None, *,
                   timeout: timedelta | None = None) -> Step:
        """Adds a cookie to the current session.

        Give ``url``, or ``domain`` and ``path`` (``/`` unless given), not both, as
        in the Browser library; with neither, the cookie is for the origin of the
        current page.

        | Add Cookie | theme | dark |
        | Add Cookie | lang | fi | url=http://127.0.0.1:8000/account |
        | Add Cookie | consent | yes | domain=127.0.0.1 | path=/ | sameSite=Lax |
        """
        ms = self.timeout_ms(timeout)
        cookie_name(name)
        if url is not None:
            absolute_address(url)
        if url and (domain or path):
            given = " and ".join(f"{name}='{value}'" for name, value in
                                 (("domain", domain), ("path", path)) if value)
            raise ParallelSessionsError(
                f"Add Cookie '{name}' got url='{url}' and {given}: give url, or domain and "
                f"path, not both (the url says the cookie's domain and path).")
        if path and not domain and not url:
            raise ParallelSessionsError(
                f"Add Cookie '{name}' got path='{path}' without a domain: give url, or domain "
                f"and path.")

        async def add(s):
            entry: dict[str, Any] = {"name": name, "value": value}
            if url:
                entry["url"] = url
            elif domain:
                entry.update(domain=domain, path=path or "/")
            else:
                entry["url"] = s.page.url if s.page.url.startswith("http") else s.base_url
                if not entry["url"]:
                    raise ParallelSessionsError(
                        f"Add Cookie '{name}' in session '{s.session_id}': the page has no web "
                        f"address yet; give url= or domain=, or Go To a page first.")
            optional = {"expires": expires.timestamp() if expires else None,
                        "httpOnly": httpOnly, "secure": secure,
                        "sameSite": sameSite.value if sameSite else None}
            entry.update({k: v for k, v in optional.items() if v is not None})
            await s.context.add_cookies([entry])

        return self.step(f"Add Cookie '{name}'", add, timeout_ms=ms)

    @concurrent_keyword(returns=None)
    def delete_all_cookies(self, *, timeout: timedelta | None = None) -> Step:
        """Deletes every cookie of the current session (it is logged out of cookie logins).

        | Delete All Cookies |
        """
        return self.step("Delete All Cookies", lambda s: s.context.clear_cookies(),
                        timeout_ms=self.timeout_ms(timeout))

    @concurrent_keyword(returns=str | None)
    def get_local_storage_item(self, key: str, *, timeout: timedelta | None = None) -> Step:
        """Returns ``localStorage[key]`` of the current page's origin, ``None`` if unset.

        The same as `LocalStorage Get Item` without an assertion.

        | ${user}= | Get Local Storage Item | portal.user |
        """
        return self._get_item("local", key, None, None, None, None, timeout)

    @concurrent_keyword("LocalStorage Get Item", returns=Any)
    def local_storage_get_item(self, key: str,
                               assertion_operator: AssertionOperator | None = None,
                               assertion_expected: Any = None, message: str | None = None,
                               frame_selector: str | None = None, *,
                               timeout: timedelta | None = None) -> Step:
        """Returns ``localStorage[key]`` of the current page's origin, or checks it.

        ``None`` when the key is not set. With ``frame_selector`` (an element in a
        frame, such as ``iframe#shop >>> body``) it is the storage of that frame's
        origin.

        | ${user}= | LocalStorage Get Item | portal.user |
        | LocalStorage Get Item | portal.theme | == | dark |
        | LocalStorage Get Item | cart | == | 2 items | frame_selector=iframe#shop >>> body |
        """
        return self._get_item("local", key, assertion_operator, assertion_expected, message,
                              frame_selector, timeout)

    @concurrent_keyword("LocalStorage Set Item", returns=None)
    def local_storage_set_item(self, key: str, value: str, frame_selector: str | None = None,
                               *, timeout: timedelta | None = None) -> Step:
        """Sets ``localStorage[key]`` of the current page's origin to ``value``.

        ``frame_selector`` (an element in a frame) sets it in that frame's origin.

        | LocalStorage Set Item | portal.theme | dark |
        | LocalStorage Set Item | cart | 2 items | iframe#shop >>> body |
        """
        return self._change("local", "setItem", [key, value], frame_selector, timeout)

    @concurrent_keyword("LocalStorage Remove Item", returns=None)
    def local_storage_remove_item(self, key: str, frame_selector: str | None = None, *,
                                  timeout: timedelta | None = None) -> Step:
        """Removes ``key`` from the local storage of the current page's origin.

        ``frame_selector`` (an element in a frame) removes it in that frame's origin.

        | LocalStorage Remove Item | portal.theme |
        """
        return self._change("local", "removeItem", [key], frame_selector, timeout)

    @concurrent_keyword("LocalStorage Clear", returns=None)
    def local_storage_clear(self, frame_selector: str | None = None, *,
                            timeout: timedelta | None = None) -> Step:
        """Empties the local storage of the current page's origin.

        ``frame_selector`` (an element in a frame) empties that frame's origin's.

        | LocalStorage Clear |
        """
        return self._change("local", "clear", [], frame_selector, timeout)

    @concurrent_keyword("SessionStorage Get Item", returns=Any)
    def session_storage_get_item(self, key: str,
                                 assertion_operator: AssertionOperator | None = None,
                                 assertion_expected: Any = None, message: str | None = None,
                                 frame_selector: str | None = None, *,
                                 timeout: timedelta | None = None) -> Step:
        """Returns ``sessionStorage[key]`` of the current page, or checks it.

        ``None`` when the key is not set. With ``frame_selector`` (an element in a
        frame) it is that frame's session storage.

        | SessionStorage Get Item | wizard.step | == | 2 |
        """
        return self._get_item("session", key, assertion_operator, assertion_expected, message,
                              frame_selector, timeout)

    @concurrent_keyword("SessionStorage Set Item", returns=None)
    def session_storage_set_item(self, key: str, value: str, frame_selector: str | None = None,
                                 *, timeout: timedelta | None = None) -> Step:
        """Sets ``sessionStorage[key]`` of the current page to ``value``.

        ``frame_selector`` (an element in a frame) sets it in that frame's storage.

        | SessionStorage Set Item | wizard.step | 2 |
        """
        return self._change("session", "setItem", [key, value], frame_selector, timeout)

    @concurrent_keyword("SessionStorage Remove Item", returns=None)
    def session_storage_remove_item(self, key: str, frame_selector: str | None = None, *,
                                    timeout: timedelta | None = None) -> Step:
        """Removes ``key`` from the session storage of the current page.

        ``frame_selector`` (an element in a frame) removes it in that frame's storage.

        | SessionStorage Remove Item | wizard.step |
        """
        return self._change("session", "removeItem", [key], frame_selector, timeout)

    @concurrent_keyword("SessionStorage Clear", returns=None)
    def session_storage_clear(self, frame_selector: str | None = None, *,
                              timeout: timedelta | None = None) -> Step:
        """Empties the session storage of the current page.

        ``frame_selector`` (an element in a frame) empties that frame's storage.

        | SessionStorage Clear |
        """
        return self._change("session", "clear", [], frame_selector, timeout)

    def _in_page_or_frame(self, page, frame_selector: str | None, script: str, arg: Any,
                          timeout_ms: float):
        """Runs ``script`` (a function of ``arg``) in the page, or in the frame of the element
        ``frame_selector`` matches, as the Browser library does."""
        script = _STORAGE_GUARD.replace("SCRIPT", script)
        if frame_selector is None:
            return page.evaluate(script, arg)
        return locate(page, frame_selector, strict=self.strict).evaluate(
            f"(el, arg) => ({script})(arg)", arg, timeout=timeout_ms)

    def _get_item(self, kind: str, key: str, operator: AssertionOperator | None,
                  expected: Any, message: str | None, frame_selector: str | None,
                  timeout: timedelta | None) -> Step:
        storage = _STORAGES[kind]
        framed = f" in '{frame_selector}'" if frame_selector else ""
        return self.assertion_step(
            f"{'LocalStorage' if kind == 'local' else 'SessionStorage'} Get Item '{key}'{framed}",
            lambda s, remaining: self._in_page_or_frame(
                s.page, frame_selector, f"k => window.{storage}.getItem(k)", key, remaining),
            lambda value: verify_assertion(value, operator, expected, storage, message),
            self.timeout_ms(timeout), message, selector=frame_selector)

    def _change(self, kind: str, method: str, arguments: list[str], frame_selector: str | None,
                timeout: timedelta | None) -> Step:
        storage = _STORAGES[kind]
        name = f"{'LocalStorage' if kind == 'local' else 'SessionStorage'} " + {
            "setItem": "Set Item", "removeItem": "Remove Item", "clear": "Clear"}[method]
        shown = f" '{arguments[0]}'" if arguments else ""
        framed = f" in '{frame_selector}'" if frame_selector else ""
        ms = self.timeout_ms(timeout)
        return self.step(f"{name}{shown}{framed}",
                        lambda s: self._in_page_or_frame(
                            s.page, frame_selector,
                            f"args => window.{storage}.{method}(...args)", arguments, ms),
                        timeout_ms=ms, selector=frame_selector)

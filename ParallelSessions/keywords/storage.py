"""Cookies, local storage and session storage of the current session."""

from __future__ import annotations

import os
from datetime import datetime, timedelta
from enum import Enum
from typing import Any

from assertionengine import AssertionOperator, verify_assertion
from robot.api.deco import keyword

from ..concurrency.step import Step
from ..core.errors import ParallelSessionsError
from ..core.options import SessionOptionsError
from ..rf.component import LibraryComponent, concurrent_keyword
from ..rf.inputs import absolute_address, cookie_name


class CookieType(Enum):
    """What `Get Cookie` returns: the whole cookie, or only its value."""

    dictionary = "dictionary"
    string = "string"


class SameSite(Enum):
    """The SameSite attribute of a cookie."""

    Strict = "Strict"
    Lax = "Lax"
    None_ = "None"


_STORAGES = {"local": "localStorage", "session": "sessionStorage"}


class StorageKeywords(LibraryComponent):

    @concurrent_keyword(returns=list[dict[str, Any]])
    def get_cookies(self, *, timeout: timedelta | None = None) -> Step:
        """Returns the cookies of the current session as a list of dictionaries.

        | ${cookies}= | Get Cookies |
        | Length Should Be | ${cookies} | 0 |
        """
        return self.step("Get Cookies", lambda s: s.context.cookies(),
                        timeout_ms=self.timeout_ms(timeout))

    @concurrent_keyword(returns=Any)
    def get_cookie(self, cookie: str, return_type: CookieType = CookieType.dictionary,
                   assertion_operator: AssertionOperator | None = None,
                   assertion_expected: Any = None, message: str | None = None, *,
                   timeout: timedelta | None = None) -> Step:
        """Returns cookie ``cookie`` of the current session, or checks its value.

        ``return_type=dictionary`` (default) returns every attribute (``name``,
        ``value``, ``domain``, ``path``, ``expires``, ``httpOnly``, ``secure``,
        ``sameSite``); ``string`` only the value. Assertion operators check the
        value (see `Assertions`). A missing cookie fails naming the ones the
        session has.

        | ${sid}= | Get Cookie | session_id | string |
        | Get Cookie | theme | string | == | dark |
        """
        ms = self.timeout_ms(timeout)

        async def read(s, remaining):
            cookies = {c["name"]: c for c in await s.context.cookies()}
            if cookie not in cookies:
                raise ParallelSessionsError(
                    f"Get Cookie '{cookie}' failed in session '{s.session_id}': it has no such "
                    f"cookie; it has {', '.join(sorted(cookies)) or 'none'}.")
            return cookies[cookie]

        def check(found: dict) -> Any:
            verify_assertion(found["value"], assertion_operator, assertion_expected,
                             f"Cookie {cookie}", message)
            return found["value"] if return_type is CookieType.string else found

        return self.assertion_step(f"Get Cookie '{cookie}'", read, check, ms, message)

    @concurrent_keyword(returns=None)
    def add_cookie(self, name: str, value: str, url: str | None = None,
                   domain: str | None = None, path: str | None = None,
                   expires: datetime | None = None, httpOnly: bool | None = None,
                   secure: bool | None = None, sameSite: SameSite | None = None, *,
                   timeout: timedelta | None = None) -> Step:
        """Adds a cookie to the current session.

        Give ``url``, or ``domain`` and ``path``; with neither, the cookie is for
        the origin of the current page.

        | Add Cookie | theme | dark |
        | Add Cookie | consent | yes | domain=127.0.0.1 | path=/ | sameSite=Lax |
        """
        ms = self.timeout_ms(timeout)
        cookie_name(name)
        if url is not None:
            absolute_address(url)

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
        return self._get_item("local", key, None, None, None, timeout)

    @concurrent_keyword("LocalStorage Get Item", returns=Any)
    def local_storage_get_item(self, key: str,
                               assertion_operator: AssertionOperator | None = None,
                               assertion_expected: Any = None, message: str | None = None, *,
                               timeout: timedelta | None = None) -> Step:
        """Returns ``localStorage[key]`` of the current page's origin, or checks it.

        | ${user}= | LocalStorage Get Item | portal.user |
        | LocalStorage Get Item | portal.theme | == | dark |
        """
        return self._get_item("local", key, assertion_operator, assertion_expected, message,
                              timeout)

    @concurrent_keyword("LocalStorage Set Item", returns=None)
    def local_storage_set_item(self, key: str, value: str, *,
                               timeout: timedelta | None = None) -> Step:
        """Sets ``localStorage[key]`` of the current page's origin to ``value``.

        | LocalStorage Set Item | portal.theme | dark |
        """
        return self._change("local", "setItem", [key, value], timeout)

    @concurrent_keyword("LocalStorage Remove Item", returns=None)
    def local_storage_remove_item(self, key: str, *, timeout: timedelta | None = None) -> Step:
        """Removes ``key`` from the local storage of the current page's origin.

        | LocalStorage Remove Item | portal.theme |
        """
        return self._change("local", "removeItem", [key], timeout)

    @concurrent_keyword("LocalStorage Clear", returns=None)
    def local_storage_clear(self, *, timeout: timedelta | None = None) -> Step:
        """Empties the local storage of the current page's origin.

        | LocalStorage Clear |
        """
        return self._change("local", "clear", [], timeout)

    @concurrent_keyword("SessionStorage Get Item", returns=Any)
    def session_storage_get_item(self, key: str,
                                 assertion_operator: AssertionOperator | None = None,
                                 assertion_expected: Any = None, message: str | None = None, *,
                                 timeout: timedelta | None = None) -> Step:
        """Returns ``sessionStorage[key]`` of the current page, or checks it.

        | SessionStorage Get Item | wizard.step | == | 2 |
        """
        return self._get_item("session", key, assertion_operator, assertion_expected, message,
                              timeout)

    @concurrent_keyword("SessionStorage Set Item", returns=None)
    def session_storage_set_item(self, key: str, value: str, *,
                                 timeout: timedelta | None = None) -> Step:
        """Sets ``sessionStorage[key]`` of the current page to ``value``.

        | SessionStorage Set Item | wizard.step | 2 |
        """
        return self._change("session", "setItem", [key, value], timeout)

    @concurrent_keyword("SessionStorage Remove Item", returns=None)
    def session_storage_remove_item(self, key: str, *,
                                    timeout: timedelta | None = None) -> Step:
        """Removes ``key`` from the session storage of the current page.

        | SessionStorage Remove Item | wizard.step |
        """
        return self._change("session", "removeItem", [key], timeout)

    @concurrent_keyword("SessionStorage Clear", returns=None)
    def session_storage_clear(self, *, timeout: timedelta | None = None) -> Step:
        """Empties the session storage of the current page.

        | SessionStorage Clear |
        """
        return self._change("session", "clear", [], timeout)

    def _get_item(self, kind: str, key: str, operator: AssertionOperator | None,
                  expected: Any, message: str | None, timeout: timedelta | None) -> Step:
        storage = _STORAGES[kind]
        return self.assertion_step(
            f"{'LocalStorage' if kind == 'local' else 'SessionStorage'} Get Item '{key}'",
            lambda s, remaining: s.page.evaluate(f"k => window.{storage}.getItem(k)", key),
            lambda value: verify_assertion(value, operator, expected, f"{storage}['{key}']",
                                           message),
            self.timeout_ms(timeout), message)

    def _change(self, kind: str, method: str, arguments: list[str],
                timeout: timedelta | None) -> Step:
        storage = _STORAGES[kind]
        name = f"{'LocalStorage' if kind == 'local' else 'SessionStorage'} " + {
            "setItem": "Set Item", "removeItem": "Remove Item", "clear": "Clear"}[method]
        shown = f" '{arguments[0]}'" if arguments else ""
        return self.step(f"{name}{shown}",
                        lambda s: s.page.evaluate(
                            f"args => window.{storage}.{method}(...args)", arguments),
                        timeout_ms=self.timeout_ms(timeout))

    @keyword
    def save_storage_state(self, path: str, id: str | None = None) -> str:
        """Saves the cookies and local storage of session ``id`` (the current one) to ``path``.

        The file is JSON readable by its owner only (0600; missing folders are
        created 0700), as it holds the session's login cookies: keep it out of
        shared folders. No cookie or storage value is logged. Returns the
        absolute path. A session opened with ``storage_state=<path>`` (see
        `Browser options`) starts with these cookies and storage.

        | ${state}= | Save Storage State | ${OUTPUT DIR}/alice-state.json |
        | Open Session | account | id=alice_again | storage_state=${state} |
        """
        handle = self.current_session() if id is None else self.manager.require_session(id)
        if handle.context is None or handle.page is None:
            raise SessionOptionsError(
                f"Save Storage State needs a browser session; '{handle.session_id}' is an API "
                f"session, which keeps its cookies in the browser session it was opened from.")
        target = os.path.abspath(os.path.expanduser(str(path)))
        if os.path.isdir(target):
            raise SessionOptionsError(
                f"Save Storage State got the folder '{target}'; give a file path such as "
                f"{os.path.join(target, 'state.json')}.")
        counts = self.runtime.run(self.manager.save_storage_state(handle.session_id, target))
        handle.touch()
        self.log(handle.session_id,
                 f"Saved the storage state ({counts['cookies']} cookies, {counts['origins']} "
                 f"origins with local storage) to {target} (owner-only).")
        return target

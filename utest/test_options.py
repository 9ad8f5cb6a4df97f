"""Browser options of sessions: validation sentences, layering, secrets, and a real Chromium."""

import base64
import json
import os
import stat
from enum import Enum

import pytest

from ParallelSessions.core.manager import ParallelSessionManager
from ParallelSessions.core.option_values import one_of
from ParallelSessions.core.options import (OPTION_NAMES, SessionOptions, SessionOptionsError,
                                      context_arguments)


class Secret:
    """Stands in for robot.api.types.Secret: options.py recognises a secret by its value."""

    def __init__(self, value):
        self.value = value

    def __repr__(self):
        return "<secret>"


PHONE = {"user_agent": "Phone/1.0", "viewport": {"width": 390, "height": 664},
         "device_scale_factor": 3, "is_mobile": True, "has_touch": True,
         "default_browser_type": "webkit"}
DEVICES = {"iPhone 13": PHONE, "Pixel 7": dict(PHONE, user_agent="Pixel/7")}


def test_values_are_converted_once():
    options = SessionOptions.parse({
        "viewport": "800 x 600", "geolocation": "52.52, 13.405",
        "permissions": "geolocation, notifications",
        "color_scheme": "DARK", "offline": "true", "ignore_https_errors": "no",
        "record_video": "retain_on_failure", "timezone_id": "UTC", "locale": "de-DE",
        "user_agent": "Agent/1", "extra_http_headers": '{"X-Env": "staging"}', "device": None,
    }, "Open Session")
    assert options.values == {
        "color_scheme": "dark", "extra_http_headers": {"X-Env": "staging"},
        "geolocation": {"latitude": 52.52, "longitude": 13.405}, "ignore_https_errors": False,
        "locale": "de-DE", "offline": True, "permissions": ["geolocation", "notifications"],
        "record_video": "RETAIN_ON_FAILURE", "timezone_id": "UTC", "user_agent": "Agent/1",
        "viewport": {"width": 800, "height": 600}}
    assert SessionOptions.parse({"viewport": {"width": "1024", "height": 768}}).values == {
        "viewport": {"width": 1024, "height": 768}}


def test_a_choice_takes_any_case_or_an_enum_member_and_returns_it_as_written():
    parse = one_of("reduce", "no-preference")

    class Motion(Enum):  # matched by value, as Robot's enums of Playwright's words are
        reduce = "reduce"
        no_preference = "no-preference"

    class Trace(Enum):  # matched by name when its value is none of the choices
        RETAIN_ON_FAILURE = 3

    assert parse(" REDUCE ") == "reduce"
    assert parse(Motion.no_preference) == "no-preference"
    assert one_of("OFF", "ON", "RETAIN_ON_FAILURE")(Trace.RETAIN_ON_FAILURE) == "RETAIN_ON_FAILURE"
    with pytest.raises(ValueError, match="^reduce or no-preference$"):
        parse("no_preference")


@pytest.mark.parametrize("options, expected", [
    ({"colour_scheme": "dark"}, "Open Session got the unknown option 'colour_scheme'; valid "
     f"options are {', '.join(OPTION_NAMES)}."),
    ({"viewport": "1280by720"}, "Open Session got an invalid viewport '1280by720': expected "
     "WIDTHxHEIGHT such as 1280x720, or a dictionary with width and height, from 200x200 to "
     "7680x4320."),
    ({"viewport": "100x100"}, "Open Session got an invalid viewport '100x100': expected "
     "WIDTHxHEIGHT such as 1280x720, or a dictionary with width and height, from 200x200 to "
     "7680x4320."),
    ({"geolocation": "95,10"}, "Open Session got an invalid geolocation '95,10': expected "
     "LATITUDE,LONGITUDE such as 52.52,13.405, or a dictionary with latitude, longitude and "
     "optionally accuracy (latitude -90 to 90, longitude -180 to 180)."),
    ({"locale": "english please"}, "Open Session got an invalid locale 'english please': "
     "expected a language tag such as en-US, de-DE or fi."),
])
def test_bad_values_fail_with_a_sentence(options, expected):
    with pytest.raises(SessionOptionsError) as error:
        SessionOptions.parse(options, "Open Session")
    assert str(error.value) == expected


def test_credentials_never_appear_in_an_error_or_a_description():
    with pytest.raises(SessionOptionsError) as error:
        SessionOptions.parse({"http_credentials": {"username": "u", "pasword": "hunter22"}})
    assert "hunter22" not in str(error.value)
    options = SessionOptions.parse({"http_credentials": {"username": "u",
                                                         "password": Secret("hunter22")},
                                    "extra_http_headers": {"Authorization": "Bearer tok-12345"}})
    assert options.values["http_credentials"] == {"username": "u", "password": "hunter22"}
    assert "hunter22" not in repr(options) and "hunter22" not in options.describe()
    assert "tok-12345" not in options.describe()
    assert set(options.secrets) == {"hunter22", base64.b64encode(b"u:hunter22").decode(),
                                    "Bearer tok-12345"}


def test_storage_state_files(tmp_path):
    state = {"cookies": [{"name": "s", "value": "v", "domain": "127.0.0.1", "path": "/"}],
             "origins": []}
    (tmp_path / "state.json").write_text(json.dumps(state))
    assert SessionOptions.parse({"storage_state": str(tmp_path / "state.json")}).values == {
        "storage_state": state}
    (tmp_path / "notes.json").write_text("notes")
    for name, reason in (("missing.json", "and there is no such file"),
                         ("notes.json", "and it is not"),
                         (".", "and it cannot be read: Is a directory")):
        with pytest.raises(SessionOptionsError, match=f"storage_state '{tmp_path / name}': .*"
                                                      f"{reason}"):
            SessionOptions.parse({"storage_state": str(tmp_path / name)}, "Open Session")


def test_layers_defaults_then_import_defaults_then_device_then_session_options():
    defaults = {"viewport": {"width": 1280, "height": 720}, "locale": "en-US", "base_url": None}
    imported = SessionOptions.parse({"user_agent": "Default/1", "timezone_id": "UTC",
                                     "extra_http_headers": {"X-Env": "a"}})
    session = SessionOptions.parse({"device": "iphone  13", "locale": "fi-FI",
                                    "extra_http_headers": {"X-Team": "qa"}})
    arguments = context_arguments(defaults, imported, session, DEVICES)
    assert arguments["user_agent"] == "Phone/1.0"  # the device beats the import default
    assert arguments["viewport"] == {"width": 390, "height": 664}
    assert arguments["is_mobile"] is True and "default_browser_type" not in arguments
    assert arguments["extra_http_headers"] == {"X-Env": "a", "X-Team": "qa"}
    assert (arguments["locale"], arguments["timezone_id"]) == ("fi-FI", "UTC")
    own = SessionOptions.parse({"device": "iPhone 13", "viewport": "600x900", "user_agent": "Own"})
    arguments = context_arguments(defaults, imported, own, DEVICES)
    assert (arguments["user_agent"], arguments["viewport"]) == ("Own", {"width": 600, "height": 900})


def test_an_unknown_device_lists_valid_ones():
    session = SessionOptions.parse({"device": "iPhone 99"}, "Open Session")
    with pytest.raises(SessionOptionsError) as error:
        context_arguments({}, SessionOptions(), session, DEVICES)
    assert str(error.value) == (
        "Open Session got the unknown device 'iPhone 99': did you mean iPhone 13? valid devices "
        "are Playwright's device names, for example iPhone 13, Pixel 7.")


# -- the Python API against a real Chromium ------------------------------------------------

@pytest.fixture
def manager(chromium, loop):
    manager = ParallelSessionManager(chromium, option_defaults={"user_agent": "Default/1"})
    yield manager
    loop.run(manager.close_all())


def test_create_session_takes_the_options_of_the_keywords(manager, loop):
    async def scenario():
        phone = await manager.create_session("anonymous", "phone", options={
            "device": "iPhone 13", "timezone_id": "Asia/Tokyo", "locale": "de-DE",
            "color_scheme": "dark", "offline": True})
        plain = await manager.create_session("anonymous", "plain")
        script = ("() => [navigator.userAgent, screen.width, navigator.maxTouchPoints > 0, "
                  "Intl.DateTimeFormat().resolvedOptions().timeZone, navigator.language, "
                  "matchMedia('(prefers-color-scheme: dark)').matches, navigator.onLine]")
        return await phone.page.evaluate(script), await plain.page.evaluate(script)

    phone, plain = loop.run(scenario())
    assert "iPhone" in phone[0] and phone[1:] == [390, True, "Asia/Tokyo", "de-DE", True, False]
    assert plain[0] == "Default/1" and plain[1:3] == [1280, False]
    assert plain[4:] == ["en-US", False, True]


def test_reset_keeps_the_options_unless_new_ones_are_given(manager, loop):
    async def user_agent_after(options):
        handle = await manager.reset_session("visitor", options)
        return await handle.page.evaluate("navigator.userAgent")

    loop.run(manager.create_session("anonymous", "visitor", options={"user_agent": "Mine/2"}))
    assert loop.run(user_agent_after(None)) == "Mine/2"
    assert loop.run(user_agent_after({})) == "Default/1"


def test_bad_options_open_nothing(manager, loop):
    with pytest.raises(SessionOptionsError, match="create_session got the unknown device"):
        loop.run(manager.create_session("anonymous", "phone", options={"device": "Nokia 3310"}))
    with pytest.raises(SessionOptionsError, match="browser refuses: Unknown permission: teleport"):
        loop.run(manager.create_session("anonymous", "x", options={"permissions": "teleport"}))
    assert manager.session_ids == []
    assert loop.run(manager.create_session("anonymous", "phone")).session_id == "phone"


def test_save_storage_state_is_owner_only_and_reopens(manager, loop, tmp_path):
    path = tmp_path / "new" / "state.json"

    async def scenario():
        first = await manager.create_session("anonymous", "first")
        await first.context.add_cookies([{"name": "sid", "value": "abc123",
                                          "url": "http://127.0.0.1:9/"}])
        counts = await manager.save_storage_state("first", str(path))
        second = await manager.create_session("anonymous", "second",
                                              options={"storage_state": str(path)})
        return counts, await second.context.cookies()

    counts, cookies = loop.run(scenario())
    assert counts == {"cookies": 1, "origins": 0}
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o600
    assert stat.S_IMODE(os.stat(path.parent).st_mode) == 0o700
    assert [(c["name"], c["value"]) for c in cookies] == [("sid", "abc123")]
    assert [p.name for p in path.parent.iterdir()] == ["state.json"]  # no temporary file left

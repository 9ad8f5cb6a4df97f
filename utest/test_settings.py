from datetime import timedelta

import pytest

from ParallelSessions.core.errors import ConfigurationError
from ParallelSessions.core.settings import SETTINGS, Settings


def test_defaults_without_arguments_or_environment():
    settings = Settings.load({}, environ={})
    assert settings == Settings()
    assert settings.max_sessions == 10
    assert settings.viewport == {"width": 1280, "height": 720}
    assert settings.session_timeout == 300
    assert settings.timeout == 10
    assert settings.headless is True
    assert settings.locale == "en-US"


def test_environment_variables_are_read():
    settings = Settings.load({}, environ={
        "PARALLEL_SESSION_BASE_URL": "http://127.0.0.1:9000",
        "PARALLEL_SESSION_MAX": "3",
        "PARALLEL_SESSION_VIEWPORT_WIDTH": "800",
        "PARALLEL_SESSION_VIEWPORT_HEIGHT": "600",
        "PARALLEL_SESSION_TIMEOUT": "1 min 30 s",
        "PARALLEL_SESSION_ACTION_TIMEOUT": "500 ms",
        "PARALLEL_SESSION_DEBUG": "true",
        "PARALLEL_SESSION_HEADLESS": "False",
        "PARALLEL_SESSION_BROWSER_PATH": "/opt/chrome",
    })
    assert settings.base_url == "http://127.0.0.1:9000"
    assert settings.max_sessions == 3
    assert settings.viewport == {"width": 800, "height": 600}
    assert settings.session_timeout == 90
    assert settings.timeout == 0.5
    assert settings.debug is True
    assert settings.headless is False
    assert settings.browser_path == "/opt/chrome"


def test_import_argument_wins_over_environment():
    settings = Settings.load({"max_sessions": 4, "timeout": timedelta(seconds=2)},
                             environ={"PARALLEL_SESSION_MAX": "7",
                                      "PARALLEL_SESSION_ACTION_TIMEOUT": "9s"})
    assert settings.max_sessions == 4
    assert settings.timeout == 2


def test_empty_environment_value_means_default():
    assert Settings.load({}, environ={"PARALLEL_SESSION_MAX": "  "}).max_sessions == 10


@pytest.mark.parametrize("variable, value, expected", [
    ("PARALLEL_SESSION_MAX", "many",
     "Invalid value 'many' for environment variable PARALLEL_SESSION_MAX: "
     "expected a whole number from 1 to 1000."),
    ("PARALLEL_SESSION_MAX", "0",
     "Invalid value '0' for environment variable PARALLEL_SESSION_MAX: "
     "expected a whole number from 1 to 1000."),
    ("PARALLEL_SESSION_TIMEOUT", "soon",
     "Invalid value 'soon' for environment variable PARALLEL_SESSION_TIMEOUT: "
     "expected a positive time such as \"10s\", \"1 min\" or \"500 ms\"."),
    ("PARALLEL_SESSION_DEBUG", "maybe",
     "Invalid value 'maybe' for environment variable PARALLEL_SESSION_DEBUG: "
     "expected true or false."),
    ("PARALLEL_SESSION_BASE_URL", "localhost:8000",
     "Invalid value 'localhost:8000' for environment variable PARALLEL_SESSION_BASE_URL: "
     "expected an absolute http:// or https:// URL."),
])
def test_invalid_environment_value_names_variable_and_accepted_form(variable, value, expected):
    with pytest.raises(ConfigurationError) as error:
        Settings.load({}, environ={variable: value})
    assert str(error.value) == expected


def test_invalid_import_argument_names_the_argument():
    with pytest.raises(ConfigurationError, match="for import argument viewport_width: expected a whole"):
        Settings.load({"viewport_width": "wide"}, environ={})


def test_every_setting_is_a_field():
    assert {s.name for s in SETTINGS} == set(Settings.__dataclass_fields__)


def test_source_of_names_argument_and_variable():
    assert Settings().source_of("max_sessions") == (
        "import argument max_sessions or environment variable PARALLEL_SESSION_MAX")


def test_browser_option_defaults_from_import_arguments_and_environment():
    settings = Settings.load({"ignore_https_errors": "yes", "user_agent": "Bot/1.0",
                              "extra_http_headers": {"X-Env": "staging"}},
                             environ={"PARALLEL_SESSION_TIMEZONE_ID": "Europe/Berlin"})
    assert settings.option_defaults == {
        "ignore_https_errors": True, "user_agent": "Bot/1.0", "timezone_id": "Europe/Berlin",
        "extra_http_headers": {"X-Env": "staging"}}
    assert Settings.load({}, environ={}).option_defaults == {}
    from_json = Settings.load({}, environ={"PARALLEL_SESSION_EXTRA_HTTP_HEADERS": '{"X-A": "1"}'})
    assert from_json.extra_http_headers == {"X-A": "1"}


@pytest.mark.parametrize("name, value, expected", [
    ("timezone_id", "Mars/Olympus", "Invalid value 'Mars/Olympus' for import argument timezone_id: "
     "expected an IANA time zone such as Europe/Berlin, America/New_York or UTC."),
    ("ignore_https_errors", "sometimes", "Invalid value 'sometimes' for import argument "
     "ignore_https_errors: expected true or false."),
])
def test_invalid_browser_option_defaults_name_the_argument(name, value, expected):
    with pytest.raises(ConfigurationError) as error:
        Settings.load({name: value}, environ={})
    assert str(error.value) == expected


def test_invalid_default_headers_are_not_repeated_in_the_error():
    """Header values may be credentials: the error names the form, not the value."""
    with pytest.raises(ConfigurationError) as error:
        Settings.load({"extra_http_headers": "Authorization: Bearer s3cr3t-value"}, environ={})
    assert "s3cr3t" not in str(error.value)
    assert str(error.value) == (
        "Invalid value for import argument extra_http_headers: expected a dictionary of header "
        "names and values, or JSON text such as {\"X-Env\": \"staging\"}.")


def test_plugins_are_a_comma_separated_list():
    assert Settings.load({}, environ={}).plugins == ()
    assert Settings.load({"plugins": " Mine.Keywords , ${CURDIR}/team.py,"}, environ={}).plugins \
        == ("Mine.Keywords", "${CURDIR}/team.py")
    assert Settings.load({"plugins": ["A", "B"]}, environ={}).plugins == ("A", "B")
    assert Settings.load({}, environ={"PARALLEL_SESSION_PLUGINS": "A,B"}).plugins == ("A", "B")


def test_login_state_dir_implies_reuse_and_is_absolute(monkeypatch, tmp_path):
    monkeypatch.chdir(tmp_path)
    settings = Settings.load({"login_state_dir": "logins"}, environ={})
    assert settings.reuse_logins is True
    assert settings.login_state_dir == str(tmp_path / "logins")
    elsewhere = str(tmp_path / "elsewhere")  # not a fixed /tmp path another run may hold
    from_env = Settings.load({}, environ={"PARALLEL_SESSION_LOGIN_STATE_DIR": elsewhere,
                                          "PARALLEL_SESSION_LOGIN_CHECK_KEYWORD": "Still In"})
    assert (from_env.login_state_dir, from_env.login_check_keyword) == (elsewhere, "Still In")
    assert Settings.load({}, environ={}).reuse_logins is False


def test_the_action_timeout_is_a_wait_playwright_can_take():
    """2**31 ms or more overflows Playwright's timers; every wait is capped at 24 hours."""
    with pytest.raises(ConfigurationError, match="at most 24 hours"):
        Settings.load({"timeout": "30 days"}, environ={})
    with pytest.raises(ConfigurationError, match="at most 24 hours"):
        Settings.load({"timeout": "25 hours"}, environ={})
    assert Settings.load({"timeout": "24 hours"}, environ={}).timeout == 24 * 3600
    assert Settings.load({"session_timeout": "60 days"}, environ={}).session_timeout == 60 * 86400

"""rf/inputs.py: the checks of keyword arguments that Robot's conversion lets through (issue 20)."""

from __future__ import annotations

from datetime import timedelta
from enum import Enum

import pytest

from ParallelSessions.rf.choices import choice_converters
from ParallelSessions.rf.inputs import (InvalidArgument, cookie_name, duration_ms, page_address,
                                        refuse_unclear_arguments, whole_number)


def test_durations_are_milliseconds_up_to_24_hours():
    assert duration_ms(timedelta(seconds=1.5), "delay") == 1500
    assert duration_ms("100 ms", "polling") == 100
    assert duration_ms(timedelta(0), "delay") == 0
    assert duration_ms(timedelta(hours=24), "delay") == 86_400_000


@pytest.mark.parametrize("value, message", [
    (timedelta(seconds=-1), "Invalid delay '-1 second': give 0 or a positive time of at most 24 hours"),
    (timedelta(hours=25), "Invalid delay '1 day 1 hour': "),
    (timedelta(days=99999999), "Invalid delay '99999999 days': "),
    ("sometimes", "Invalid delay 'sometimes': "),
])
def test_bad_durations_name_the_argument(value, message):
    with pytest.raises(InvalidArgument, match=f"^{message}"):
        duration_ms(value, "delay")


def test_zero_is_refused_where_it_makes_no_sense():
    with pytest.raises(InvalidArgument, match="give a positive time"):
        duration_ms(timedelta(0), "polling", zero=False)


def test_counts_start_at_one():
    assert whole_number(3, "count") == 3
    for bad in (0, -1, True):
        with pytest.raises(InvalidArgument, match="give a whole number of at least 1"):
            whole_number(bad, "count")


def keyword(selector: str, clear: bool = True, *, force: bool | None = None):
    """A keyword's signature, as the library sees it."""


def test_text_for_a_bool_argument_is_refused():
    refuse_unclear_arguments(keyword, ["h1", True], {"force": None})
    with pytest.raises(InvalidArgument, match=r"^Invalid clear 'maybe': give True or False"):
        refuse_unclear_arguments(keyword, ["h1", "maybe"], {})
    with pytest.raises(InvalidArgument, match=r"^Invalid force 'sometimes'"):
        refuse_unclear_arguments(keyword, ["h1"], {"force": "sometimes"})


def test_text_arguments_are_left_alone():
    refuse_unclear_arguments(keyword, ["maybe"], {})


@pytest.mark.parametrize("url, message", [
    ("", "Invalid url '': give an address"),
    ("not a url", "Invalid url 'not a url': an address has no blanks"),
    ("http://[::1", "Invalid url 'http://\\[::1': Invalid IPv6 URL"),
])
def test_bad_addresses(url, message):
    with pytest.raises(InvalidArgument, match=f"^{message}"):
        page_address(url)


def test_good_addresses():
    for url in ("/account", "https://example.com/a?b=c", "about:blank", "http://[::1]:8000/"):
        assert page_address(url) == url


def test_cookie_names():
    assert cookie_name("session_id") == "session_id"
    for bad in ("", "n;x", "a b", "a=b"):
        with pytest.raises(InvalidArgument, match="^Invalid name"):
            cookie_name(bad)


class _Site(Enum):
    Strict = "Strict"
    Lax = "Lax"
    None_ = "None"


def _keyword(selector: str, same_site: _Site | None = None, modes: list[_Site] | None = None):
    """A keyword with an optional choice and a list of choices."""


def test_a_value_that_is_none_of_the_choices_is_refused_listing_them():
    convert = choice_converters([_Components])[_Site]
    assert convert("lax") is _Site.Lax  # matched as Robot matches
    assert convert("NONE") is _Site.None_  # a member of this choice
    with pytest.raises(ValueError):
        convert("")  # no member: for an optional choice, Robot then tries None
    unknown = convert("Bogus")
    assert convert(unknown) is unknown  # converting twice changes nothing
    with pytest.raises(InvalidArgument, match=r"^Invalid same_site 'Bogus': give one of Strict, "
                                              r"Lax or None\.$"):
        refuse_unclear_arguments(_keyword, ["h1", unknown], {})
    with pytest.raises(InvalidArgument, match=r"^Invalid modes 'Bogus'"):
        refuse_unclear_arguments(_keyword, ["h1"], {"modes": [_Site.Lax, unknown]})


class _Components:
    """A keyword component: its keywords' choice types get converters."""

    def choose(self, site: _Site | None = None):
        """A keyword."""

    choose.robot_name = None

    def helper(self, ignored: _Other):
        """Not a keyword: its choice type gets no converter."""


class _Other(Enum):
    only = "only"


def test_converters_cover_the_keywords_choice_types_only():
    assert set(choice_converters([_Components])) == {_Site}

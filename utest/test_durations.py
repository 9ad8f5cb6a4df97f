"""The core reads Robot Framework's time format without importing Robot: the same seconds."""

import pytest
from robot.utils import timestr_to_secs

from ParallelSessions.core.durations import parse_duration

WRITTEN = ["10", "1.5", "500 ms", "3s", "1 min 30 s", "2 hours", "01:30", "1:02:03.5", "1d",
           "-1 min", "1 minute 2 seconds", "0.5s", "1h 1m 1s 1ms", "1.5 min", " 3 S ",
           "10 seconds", "100 milliseconds", "2 days", "1 us", "-00:01", "30 days"]
NOT_TIMES = ["x", "1 parsec", "", "1:2:3:4", "abc s", "1.2.3", "s", "ten seconds"]


@pytest.mark.parametrize("text", WRITTEN)
def test_a_time_string_means_what_it_means_in_robot(text):
    assert parse_duration(text) == pytest.approx(timestr_to_secs(text, round_to=None))


@pytest.mark.parametrize("text", NOT_TIMES)
def test_what_robot_refuses_is_refused(text):
    with pytest.raises(ValueError):
        timestr_to_secs(text)
    with pytest.raises(ValueError):
        parse_duration(text)

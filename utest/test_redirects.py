"""How Download and the API keywords say where a request ended (keywords/redirects.py)."""

from ParallelSessions.core.redirects import (absolute_url, max_redirects, was_redirected,
                                                 where_it_ended)

BASE = "http://127.0.0.1:8000"


def test_a_path_resolves_against_the_first_base_that_is_set():
    assert absolute_url("/media/x.txt", None, BASE) == f"{BASE}/media/x.txt"
    assert absolute_url("/x", "http://a.test/app/", BASE) == "http://a.test/x"
    assert absolute_url("http://b.test/y", BASE) == "http://b.test/y"
    assert absolute_url("/x", None, None) == "/x"


def test_false_means_playwrights_zero_and_true_its_default():
    assert max_redirects(False) == 0
    assert max_redirects(True) is None


def test_encoding_and_an_empty_path_are_no_redirect():
    assert not was_redirected(f"{BASE}/a b?q=1 2", f"{BASE}/a%20b?q=1%202")
    assert not was_redirected("http://HOST.test", "http://host.test/")
    assert was_redirected(f"{BASE}/media/x.txt", f"{BASE}/account/login?next=/media/x.txt")


def test_where_a_response_came_from_in_words():
    asked, login = f"{BASE}/media/x.txt", f"{BASE}/account/login?next=/media/x.txt"
    assert where_it_ended(200, asked, asked, None) == ""
    assert where_it_ended(200, asked, login, None) == f" from {login} (redirected from {asked})"
    assert where_it_ended(302, asked, asked, "/account/login") == \
        f" (a redirect to /account/login, not followed) from {asked}"
    assert where_it_ended(304, asked, asked, None) == ""

"""The Browser library's matcher forms of Wait For Request/Response (core/traffic.py)."""

import pytest

from ParallelSessions.core.traffic import (MalformedMatcher, UrlMatcher, is_js_predicate,
                                           js_regexp)


@pytest.mark.parametrize("text", [
    "response => response.status() === 200",
    "(request) => request.method() === 'POST'",
    "(a, b) => true",
    "function (response) { return response.ok(); }",
])
def test_javascript_functions_are_predicates(text):
    assert is_js_predicate(text)


@pytest.mark.parametrize("text", ["/api/items", "**/api/*", "/items\\?page=\\d+/i", "",
                                  "regexp=items\\d"])
def test_urls_globs_and_regular_expressions_are_not_predicates(text):
    assert not is_js_predicate(text)


def test_a_javascript_regular_expression_keeps_its_flags():
    pattern = js_regexp("/API\\/items\\?n=\\d+/i")
    assert pattern.search("http://host/api/items?n=3")
    assert js_regexp("/api/items") is None  # a path, no closing slash
    assert js_regexp("//") is None
    with pytest.raises(MalformedMatcher, match="not a regular expression"):
        js_regexp("/(/")


def test_waited_matchers_take_the_browser_librarys_forms_besides_ours():
    assert UrlMatcher.parse_waited("").matches("http://host/anything")
    assert UrlMatcher.parse_waited("/items/").matches("http://host/api/items/?x=1")
    assert UrlMatcher.parse_waited("/api/items").matches("http://host/api/items")
    assert not UrlMatcher.parse_waited("/api/items").matches("http://host/api/items/2")
    assert UrlMatcher.parse_waited("**/items*").matches("http://host/api/items?n=1")
    with pytest.raises(MalformedMatcher, match="is empty"):
        UrlMatcher.parse("")  # routes keep refusing an empty matcher

"""routes.py without a browser: file names from URLs, types, and what a folder may serve."""

import os

import pytest

from ParallelSessions.core.errors import ParallelSessionsError
from ParallelSessions.core.routes import _read_in, content_type_of, folder_answer, route_url
from ParallelSessions.core.traffic import UrlMatcher


@pytest.fixture
def folder(tmp_path):
    root = tmp_path / "cdn"
    (root / "npm" / "lib").mkdir(parents=True)
    (root / "npm" / "lib" / "app.js").write_text("ran")
    (root / "docs").mkdir()
    (root / "docs" / "index.html").write_text("<p>docs</p>")
    (tmp_path / "secret.txt").write_text("outside")
    return str(root)


def test_a_folder_serves_its_files_and_index_html(folder):
    assert _read_in(folder, "npm/lib/app.js") == (os.path.join(folder, "npm/lib/app.js"), b"ran")
    assert _read_in(folder, "docs/")[1] == b"<p>docs</p>"
    assert _read_in(folder, "npm/lib/missing.js") is None
    assert _read_in(folder, "npm") is None  # a folder without index.html


def test_nothing_outside_the_folder_is_served(folder):
    assert _read_in(folder, "../secret.txt") is None
    assert _read_in(folder, "npm/../../secret.txt") is None
    assert _read_in(folder, "/../secret.txt") is None
    assert _read_in(folder, "//npm/lib/app.js")[1] == b"ran"  # a doubled slash stays inside


@pytest.mark.parametrize("name, expected", [
    ("app.js", "text/javascript"), ("app.MJS", "text/javascript"), ("site.css", "text/css"),
    ("font.woff2", "font/woff2"), ("data.json", "application/json"),
    ("logo.svg", "image/svg+xml"), ("blob.unknownext", "application/octet-stream"),
])
def test_content_types_come_from_the_extension(name, expected):
    assert content_type_of(name) == expected


@pytest.mark.parametrize("matcher, url, matches", [
    ("https://cdn.example/**", "https://cdn.example/npm/a.js?v=1", True),
    ("https://cdn.example/**", "https://other.example/npm/a.js", False),
    ("**/static/*.css", "http://127.0.0.1:8000/static/site.css", True),
    ("**/static/*.css", "http://127.0.0.1:8000/static/x/site.css", False),
    ("/cdn/widget.js", "http://127.0.0.1:9/cdn/widget.js", True),
    ("/cdn/widget.js", "http://127.0.0.1:9/other/cdn/widget.js", False),
    ("/api/*", "https://host/api/items?page=2", True),
    ("regexp=items\\?n=\\d", "http://host/items?n=3", True),
])
def test_the_url_a_route_gets_matches_as_the_matcher_does(matcher, url, matches):
    parsed = UrlMatcher.parse(matcher)
    given = route_url(parsed)
    found = given(url) if callable(given) else given.search(url) is not None
    assert found == parsed.matches(url) == matches


@pytest.mark.parametrize("matcher", ["https://cdn.example/*.js", "regexp=cdn", "/cdn/app.js"])
def test_a_folder_needs_a_matcher_ending_in_two_stars(folder, matcher):
    with pytest.raises(ParallelSessionsError, match="needs a matcher ending in /\\*\\*"):
        folder_answer("Add Route failed", UrlMatcher.parse(matcher), folder, None)

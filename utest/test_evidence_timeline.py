"""The timeline SVG, the activity summary and the gallery's order (pure functions, no browser)."""

import re
import xml.etree.ElementTree as ElementTree

from ParallelSessions.concurrency.step import StepRecord
from ParallelSessions.evidence.activity import ActivityLog, Lane
from ParallelSessions.evidence.log_html import activity_summary_html, gallery_html
from ParallelSessions.core.secrets import SecretValues
from ParallelSessions.core.session import SessionHandle
from ParallelSessions.evidence.timeline import MAX_LANES, timeline_svg

SVG = "{http://www.w3.org/2000/svg}"


def svg_of(box: str) -> ElementTree.Element:
    """The <svg> of a timeline box, parsed: it must be well-formed XML."""
    return ElementTree.fromstring(re.search(r"<svg .*</svg>", box, re.S).group(0))


def lanes_of(svg) -> list[str]:
    return [g.get("data-session") for g in svg.iter(f"{SVG}g")
            if "lane" in (g.get("class") or "").split()]


def step(session, description, start, end, error=None, role="account"):
    return StepRecord(session, role, None, description, start, end, error)


def test_one_lane_per_session_bars_sync_and_failure():
    steps = [step("admin", "Go To '/'", 100.0, 100.5, role="admin"),
             step("alice", "Click 'button'", 100.2, 100.9),
             step("bob", "Get Text '.x'", 100.1, 101.2, error="Timeout 200ms exceeded.")]
    box = timeline_svg(steps, [100.6], failure=("bob", 101.2))
    svg = svg_of(box)
    assert svg.get("data-lanes") == "3"
    assert lanes_of(svg) == ["admin", "alice", "bob"]
    groups = {g.get("class"): g for g in svg.iter(f"{SVG}g")}
    assert groups["failure"].get("data-session") == "bob"
    assert "lane failing" in groups
    assert len([g for g in svg.iter(f"{SVG}g") if g.get("class") == "sync"]) == 1
    titles = [t.text for t in svg.iter(f"{SVG}title")]
    assert any("[bob] Get Text '.x'" in t and "took 1.10 s" in t and "FAIL: Timeout" in t
               for t in titles)
    assert "<script" not in box and "http://" not in box.replace("http://www.w3.org/2000/svg", "")


def test_sessions_beyond_twenty_share_one_lane_and_the_failing_one_keeps_its_own():
    steps = [step(f"user_{n:02}", "Go To '/'", 10.0 + n, 10.5 + n) for n in range(30)]
    steps.append(step("user_29", "Click 'x'", 41.0, 41.2, error="failed"))
    svg = svg_of(timeline_svg(steps, [], failure=("user_29", 41.2)))
    lanes = lanes_of(svg)
    assert len(lanes) == MAX_LANES
    assert "user_29" in lanes
    assert lanes[-1] == "11 more sessions"  # 19 lanes of their own + 11


def test_every_drawn_text_is_masked():
    secrets = SecretValues()
    secrets.add("hunter2-secret")
    steps = [step("alice", "Fill Text 'q' 'hunter2-secret'", 1.0, 2.0)]
    box = timeline_svg(steps, [], mask=secrets.mask)
    assert "hunter2-secret" not in box
    assert "*****" in box


def test_activity_summary_counts_steps_time_pages_and_masks():
    secrets = SecretValues()
    secrets.add("tok-123456")
    log = ActivityLog(secrets)
    log.steps = [
        StepRecord("alice", "account", "alice", "Go To '/a'", 1.0, 1.5, url="http://x/a?t=tok-123456"),
        StepRecord("alice", "account", "alice", "prepare Click 'b'", 1.5, 1.7, url="http://x/a"),
        StepRecord("alice", "account", "alice", "Click 'b'", 2.0, 2.25, error="boom", url="http://x/b",
             console_errors=2),
        StepRecord("bob", "account", "bob", "Go To '/a'", 1.0, 1.1, url="http://x/a"),
    ]
    log._note_request("alice", "404 GET http://x/missing")
    alice, bob = log.summary()
    assert (alice.steps, alice.failed_steps, round(alice.seconds, 2)) == (2, 1, 0.95)
    assert alice.pages == ["http://x/a?t=*****", "http://x/a", "http://x/b"]
    assert alice.console_errors == 2
    assert alice.failed_requests == ["404 GET http://x/missing"]
    assert bob.steps == 1 and bob.failed_requests == []
    html = activity_summary_html([alice, bob])
    assert "tok-123456" not in html
    assert "404 GET http://x/missing" in html and "2 (1 failed)" in html


def test_gallery_puts_the_failing_session_first_and_marks_it():
    shots = [(SessionHandle("admin", "admin"), "/out/a.png"),
             (SessionHandle("account_zoe", "account", username="zoe"), "/out/z.png"),
             (SessionHandle("anonymous", "anonymous"), "/out/n.png")]
    html = gallery_html("Sessions at the failure", shots, "/out", failing={"account_zoe"},
                        videos={"admin": "/out/videos/t-1-admin.webm"})
    figures = re.findall(r'<figure class="([^"]+)" data-session="([^"]+)"', html)
    assert figures == [("ps-shot failing", "account_zoe"), ("ps-shot", "admin"),
                       ("ps-shot", "anonymous")]
    assert "✕ Failed here</b> · account_zoe · role account · user zoe" in html
    assert 'href="videos/t-1-admin.webm"' in html
    assert 'target="_blank"' in html and "width:960px" in html

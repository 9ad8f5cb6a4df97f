"""HTML for log.html: the screenshot gallery and the table of open sessions."""

from __future__ import annotations

import html
import os
import re
from typing import Callable

from ..concurrency.runner import SessionOutcome
from ..core.endpoints import server_name
from ..core.session import SessionHandle


def file_stem(text: str, limit: int = 40) -> str:
    """A file-name-safe, short form of a test or suite name."""
    return re.sub(r"[^\w.-]+", "_", text).strip("_")[:limit] or "run"


def caption(handle: SessionHandle, url: str | None = None) -> str:
    parts = [handle.session_id, f"role {handle.role}"]
    if handle.username:
        parts.append(f"user {handle.username}")
    parts.append(url or handle.url or "no page")
    if server_name(handle):
        parts.append(server_name(handle))
    return " · ".join(parts)


# The failing session's screenshot is shown this wide, the others a little smaller: at a
# 1280-pixel viewport that is 75% and 62% of full size, where the page's text stays readable.
FAILING_WIDTH = 960
OTHER_WIDTH = 800


def gallery_html(title: str, shots: list[tuple[SessionHandle, str | BaseException]],
                 output_dir: str, *, failing: set[str] | frozenset[str] = frozenset(),
                 pages: dict[str, list[tuple[str, str | BaseException]]] | None = None,
                 videos: dict[str, str] | None = None,
                 mask: Callable[[str], str] = lambda text: text) -> str:
    """Captioned screenshots, the failing sessions first and marked, each linking to its file.

    ``pages`` adds a session's further pages (URL, screenshot), ``videos`` links
    each session's video; every caption goes through ``mask``.
    """
    pages, videos = pages or {}, videos or {}
    ordered = sorted(shots, key=lambda shot: shot[0].session_id not in failing)
    figures = []
    for handle, shot in ordered:
        is_failing = handle.session_id in failing
        width = FAILING_WIDTH if is_failing else OTHER_WIDTH
        colour = "#c62828" if is_failing else "#999"
        border = f"{4 if is_failing else 1}px solid {colour}"
        label = html.escape(mask(caption(handle)))
        if is_failing:
            label = f'<b style="color:#c62828">✕ Failed here</b> · {label}'
        images = [_image(shot, output_dir, width, border)]
        for number, (url, extra) in enumerate(pages.get(handle.session_id, []), start=2):
            images.append(f'<div style="font-size:12px;margin-top:6px">page {number} · '
                          f'{html.escape(mask(url))}</div>'
                          + _image(extra, output_dir, width, border))
        video = videos.get(handle.session_id)
        if video:
            link = html.escape(os.path.relpath(video, output_dir))
            label += (f' · <a href="{link}">video {html.escape(os.path.basename(video))}</a>')
        figures.append(
            f'<figure class="ps-shot{" failing" if is_failing else ""}" '
            f'data-session="{html.escape(handle.session_id)}" '
            f'style="margin:0 12px 16px 0;max-width:{width}px">'
            f'<figcaption style="font-size:13px;margin-bottom:4px;word-break:break-all">'
            f"{label}</figcaption>{''.join(images)}</figure>")
    return (f"<b>{html.escape(title)}</b>"
            f'<div class="ps-gallery" style="display:flex;flex-direction:column">'
            f'{"".join(figures)}</div>')


def _image(shot: str | BaseException, output_dir: str, width: int, border: str) -> str:
    """One screenshot at ``width`` (never wider than the log), opening full size when clicked."""
    if isinstance(shot, BaseException):
        return (f'<div style="width:320px;padding:8px;border:1px dashed #c00">'
                f'No screenshot: {html.escape(str(shot).splitlines()[0])}</div>')
    link = html.escape(os.path.relpath(shot, output_dir))
    return (f'<a href="{link}" target="_blank" title="Open full size">'
            f'<img src="{link}" style="width:{width}px;max-width:100%;border:{border}"></a>')


def sessions_table_html(handles: list[SessionHandle], current: str | None) -> str:
    """The open sessions; with a column naming each one's browser server when there are servers."""
    servers = any(server_name(handle) for handle in handles)
    rows = []
    for handle in handles:
        marker = " (current)" if handle.session_id == current else ""
        cells = [handle.session_id + marker, handle.role, handle.username or "",
                 handle.url or "", ", ".join(handle.pages.ids()),
                 handle.opened_at.strftime("%H:%M:%S"), f"{handle.idle_seconds():.1f} s"]
        cells += [server_name(handle) or ""] if servers else []
        rows.append("<tr>" + "".join(f"<td>{html.escape(c)}</td>" for c in cells) + "</tr>")
    header = "".join(f"<th>{h}</th>" for h in
                     ("id", "role", "username", "URL", "pages", "opened", "idle for")
                     + (("server",) if servers else ()))
    return f"<table><tr>{header}</tr>{''.join(rows)}</table>"


def steps_table_html(outcomes: list[SessionOutcome]) -> str:
    """Every session's concurrent steps with start times (ms since the keyword began)."""
    rows = []
    for outcome in outcomes:
        for record in outcome.records:
            if record.error is None:
                state = "PASS"
            else:
                state = f'<span style="color:#c00">FAIL: {html.escape(record.error)}</span>'
            if record.note:
                state += f" ({html.escape(record.note)})"
            rows.append(
                f"<tr><td>{html.escape(outcome.session_id)}</td>"
                f"<td>{html.escape(record.description)}</td>"
                f"<td style='text-align:right'>{(record.start - outcome.started) * 1000:.1f}</td>"
                f"<td style='text-align:right'>{record.seconds * 1000:.1f}</td>"
                f"<td>{state}</td></tr>")
    header = "".join(f"<th>{h}</th>" for h in ("session", "step", "start (ms)", "took (ms)", "result"))
    return f"<table><tr>{header}</tr>{''.join(rows)}</table>"


def trace_links_html(traces: list[tuple[str, str]], output_dir: str) -> str:
    """Links to saved traces, each with the command that opens it."""
    items = "".join(
        f'<li>[{html.escape(session_id)}] '
        f'<a href="{html.escape(os.path.relpath(path, output_dir))}">'
        f"{html.escape(os.path.basename(path))}</a>: open with "
        f"<code>playwright show-trace {html.escape(path)}</code></li>"
        for session_id, path in traces)
    return f"Playwright traces:<ul>{items}</ul>"


def videos_html(videos: list[tuple[str, str]], output_dir: str) -> str:
    """Links to kept videos of sessions."""
    items = "".join(
        f'<li>[{html.escape(session_id)}] '
        f'<a href="{html.escape(os.path.relpath(path, output_dir))}">'
        f"{html.escape(os.path.basename(path))}</a></li>"
        for session_id, path in videos)
    return f"Videos of sessions:<ul>{items}</ul>"


def activity_summary_html(activities, mask: Callable[[str], str] = lambda text: text) -> str:
    """Per session: steps, time spent, pages visited, console errors, failed requests."""
    rows = []
    for activity in activities:
        lane = activity.lane
        who = f"{lane.session_id} (role {lane.role}" + \
            (f", user {lane.username})" if lane.username else ")")
        steps = f"{activity.steps}" + (f" ({activity.failed_steps} failed)"
                                       if activity.failed_steps else "")
        pages = "<br>".join(html.escape(p) for p in activity.pages) or "-"
        requests = "<br>".join(html.escape(r) for r in activity.failed_requests) or "-"
        if activity.failed_requests_dropped:
            requests += f"<br>... and {activity.failed_requests_dropped} more"
        cells = [html.escape(mask(who)), steps, f"{activity.seconds:.2f} s", pages,
                 str(activity.console_errors), requests]
        rows.append("<tr>" + "".join(f'<td style="vertical-align:top">{c}</td>' for c in cells)
                    + "</tr>")
    header = "".join(f"<th>{h}</th>" for h in (
        "session", "steps", "time in steps", "pages visited", "console errors",
        "failed requests (status >= 400)"))
    return (f'<b>Session activity in this test</b><table class="ps-activity">'
            f"<tr>{header}</tr>{''.join(rows)}</table>")

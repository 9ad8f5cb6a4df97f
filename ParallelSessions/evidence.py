"""HTML for log.html: the screenshot gallery and the table of open sessions."""

from __future__ import annotations

import html
import os
import re

from .concurrency import SessionOutcome
from .session import SessionHandle


def file_stem(text: str, limit: int = 40) -> str:
    """A file-name-safe, short form of a test or suite name."""
    return re.sub(r"[^\w.-]+", "_", text).strip("_")[:limit] or "run"


def caption(handle: SessionHandle) -> str:
    parts = [handle.session_id, f"role {handle.role}"]
    if handle.username:
        parts.append(f"user {handle.username}")
    parts.append(handle.url or "no page")
    return " · ".join(parts)


def gallery_html(title: str, shots: list[tuple[SessionHandle, str | BaseException]],
                 output_dir: str) -> str:
    """One row of captioned screenshots, each linking to its full-size file."""
    figures = []
    for handle, shot in shots:
        label = html.escape(caption(handle))
        if isinstance(shot, BaseException):
            body = (f'<div style="width:320px;padding:8px;border:1px dashed #c00">'
                    f'No screenshot: {html.escape(str(shot).splitlines()[0])}</div>')
        else:
            link = html.escape(os.path.relpath(shot, output_dir))
            body = (f'<a href="{link}"><img src="{link}" style="width:320px;'
                    f'border:1px solid #999"></a>')
        figures.append(f'<figure style="margin:0 12px 12px 0">{body}'
                       f'<figcaption style="max-width:320px;font-size:12px;'
                       f'word-break:break-all">{label}</figcaption></figure>')
    return (f"<b>{html.escape(title)}</b>"
            f'<div style="display:flex;flex-wrap:wrap">{"".join(figures)}</div>')


def sessions_table_html(handles: list[SessionHandle], current: str | None) -> str:
    rows = []
    for handle in handles:
        marker = " (current)" if handle.session_id == current else ""
        cells = [handle.session_id + marker, handle.role, handle.username or "",
                 handle.url or "", handle.opened_at.strftime("%H:%M:%S"),
                 f"{handle.idle_seconds():.1f} s"]
        rows.append("<tr>" + "".join(f"<td>{html.escape(c)}</td>" for c in cells) + "</tr>")
    header = "".join(f"<th>{h}</th>" for h in
                     ("id", "role", "username", "URL", "opened", "idle for"))
    return f"<table><tr>{header}</tr>{''.join(rows)}</table>"


def steps_table_html(outcomes: list[SessionOutcome]) -> str:
    """Every session's concurrent steps with start times (ms since the keyword began)."""
    rows = []
    for outcome in outcomes:
        for record in outcome.records:
            if record.error is None:
                state = "PASS"
            else:
                reason = html.escape(str(record.error).splitlines()[0])
                state = f'<span style="color:#c00">FAIL: {reason}</span>'
            rows.append(
                f"<tr><td>{html.escape(outcome.session_id)}</td>"
                f"<td>{html.escape(record.description)}</td>"
                f"<td style='text-align:right'>{record.started_ms:.1f}</td>"
                f"<td style='text-align:right'>{record.ended_ms - record.started_ms:.1f}</td>"
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

"""The timeline picture of log.html: one lane per session, one bar per step.

Inline SVG, so log.html needs no other file and no script to show it: a
bar runs from a step's start to its end, green when it passed, red when it
failed, grey while a step was prepared ahead of a ``SYNC``; a dashed blue
line is a ``SYNC`` release; a red line and cross mark the failure. Hovering
a bar shows the step, when it started and how long it took (SVG ``<title>``).
At most :data:`MAX_LANES` lanes are drawn; further sessions share one lane.
"""

from __future__ import annotations

import html
from typing import Callable, Iterable

from ..concurrency.step import StepRecord
from .activity import Lane

MAX_LANES = 20
WIDTH = 960
LABEL_WIDTH = 190
RIGHT_PAD = 24
AXIS_HEIGHT = 30
LANE_HEIGHT = 30
BAR_HEIGHT = 18
COLOURS = {"pass": "#43a047", "fail": "#d32f2f", "prepare": "#b0bec5"}
NICE_STEPS = [n * 10 ** e for e in range(-3, 5) for n in (1, 2, 5)]


def describe_duration(seconds: float) -> str:
    if seconds < 1:
        return f"{seconds * 1000:.0f} ms"
    return f"{seconds:.2f} s" if seconds < 60 else f"{seconds / 60:.1f} min"


def _escape(text: str) -> str:
    return html.escape(text, quote=True)


def _lanes(steps: list[StepRecord], lanes: Iterable[Lane],
           failing: set[str]) -> tuple[list[Lane], int | None]:
    """Lanes in order of first activity (given ones first), and the index of the lane
    the sessions beyond MAX_LANES share (failing sessions keep a lane of their own)."""
    ordered: dict[str, Lane] = {}
    for lane in lanes:
        ordered.setdefault(lane.session_id, lane)
    for step in steps:
        ordered.setdefault(step.session_id, Lane(step.session_id, step.role, step.username))
    result = list(ordered.values())
    if len(result) <= MAX_LANES:
        return result, None
    kept = [lane for lane in result if lane.session_id in failing][:MAX_LANES - 1]
    kept += [lane for lane in result if lane not in kept][:MAX_LANES - 1 - len(kept)]
    rest = [lane for lane in result if lane not in kept]
    kept = [lane for lane in result if lane in kept]  # back in their order
    return kept + [Lane(f"{len(rest)} more sessions", "several", None)], len(kept)


def timeline_svg(steps: list[StepRecord], syncs: list[float], *, lanes: Iterable[Lane] = (),
                 failure: tuple[str, float] | None = None,
                 mask: Callable[[str], str] = lambda text: text,
                 title: str = "Timeline of the sessions") -> str:
    """The SVG of ``steps`` by session. ``failure`` is (session id, time) of the failure.

    Every text drawn goes through ``mask``. Times are seconds since the epoch.
    """
    failing = {failure[0]} if failure else set()
    failing |= {s.session_id for s in steps if s.failed}
    drawn, grouped = _lanes(steps, lanes, failing)
    index = {lane.session_id: i for i, lane in enumerate(drawn) if i != grouped}
    times = [s.start for s in steps] + [s.end for s in steps] + list(syncs)
    if failure:
        times.append(failure[1])
    if not times:
        return ""
    start, end = min(times), max(times)
    span = max(end - start, 0.001)
    plot = WIDTH - LABEL_WIDTH - RIGHT_PAD
    height = AXIS_HEIGHT + LANE_HEIGHT * max(len(drawn), 1) + 8

    def x(moment: float) -> float:
        return LABEL_WIDTH + (moment - start) / span * plot

    def lane_of(session_id: str) -> int:
        return index.get(session_id, grouped if grouped is not None else 0)

    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" class="ps-timeline" '
             f'data-lanes="{len(drawn)}" width="{WIDTH}" height="{height}" '
             f'viewBox="0 0 {WIDTH} {height}" role="img" aria-label="{_escape(title)}" '
             f'style="max-width:100%;height:auto;font-family:sans-serif;background:#fff;'
             f'border:1px solid #ddd">',
             f"<title>{_escape(title)}</title>"]
    # the time axis
    tick = next((n for n in NICE_STEPS if span / n <= 10), NICE_STEPS[-1])
    moment, number = 0.0, 0
    while moment <= span + 1e-9:
        left = x(start + moment)
        label = f"{moment * 1000:.0f} ms" if span < 2 else f"{moment:g} s"
        parts.append(f'<line x1="{left:.1f}" y1="{AXIS_HEIGHT - 6}" x2="{left:.1f}" '
                     f'y2="{height - 4}" stroke="#eee"/>'
                     f'<text x="{left:.1f}" y="{AXIS_HEIGHT - 10}" font-size="10" '
                     f'text-anchor="middle" fill="#666">{label}</text>')
        number += 1
        moment = number * tick
    # the lanes and their labels
    for i, lane in enumerate(drawn):
        top = AXIS_HEIGHT + i * LANE_HEIGHT
        is_failing = lane.session_id in failing
        who = f"role {lane.role}" + (f" · user {lane.username}" if lane.username else "")
        colour = "#c62828" if is_failing else "#222"
        mark = " ✕" if is_failing else ""
        parts.append(
            f'<g class="lane{" failing" if is_failing else ""}" '
            f'data-session="{_escape(mask(lane.session_id))}">'
            f'<rect x="0" y="{top}" width="{WIDTH}" height="{LANE_HEIGHT}" '
            f'fill="{"#fdecea" if is_failing else ("#f7f7f7" if i % 2 else "#fff")}"/>'
            f'<text x="6" y="{top + 13}" font-size="12" font-weight="bold" fill="{colour}">'
            f'{_escape(mask(lane.session_id))}{mark}</text>'
            f'<text x="6" y="{top + 25}" font-size="10" fill="#666">{_escape(mask(who))}</text>'
            f"</g>")
    # the steps
    for step in steps:
        top = AXIS_HEIGHT + lane_of(step.session_id) * LANE_HEIGHT + (LANE_HEIGHT - BAR_HEIGHT) / 2
        left, right = x(step.start), x(max(step.end, step.start))
        width = max(right - left, 2.0)
        kind = "fail" if step.failed else ("prepare" if step.prepared else "pass")
        outcome = f"FAIL: {step.error}" if step.failed else "PASS"
        hover = (f"[{step.session_id}] {step.description}\nstarted at +"
                 f"{describe_duration(step.start - start)}, took "
                 f"{describe_duration(step.seconds)}\n{outcome}")
        parts.append(f'<g class="step {kind}"><title>{_escape(mask(hover))}</title>'
                     f'<rect x="{left:.1f}" y="{top:.1f}" width="{width:.1f}" '
                     f'height="{BAR_HEIGHT}" rx="3" fill="{COLOURS[kind]}"/>')
        room = int((width - 6) / 6.2)
        if room >= 4:
            text = mask(step.description)
            text = text if len(text) <= room else text[:room - 1] + "…"
            parts.append(f'<text x="{left + 3:.1f}" y="{top + 13:.1f}" font-size="11" '
                         f'fill="#fff">{_escape(text)}</text>')
        parts.append("</g>")
    # SYNC releases
    for release in syncs:
        left = x(release)
        parts.append(f'<g class="sync"><title>SYNC: sessions released at +'
                     f'{describe_duration(release - start)}</title>'
                     f'<line x1="{left:.1f}" y1="{AXIS_HEIGHT - 4}" x2="{left:.1f}" '
                     f'y2="{height - 4}" stroke="#1565c0" stroke-width="1.5" '
                     f'stroke-dasharray="4 3"/>'
                     f'<text x="{left + 3:.1f}" y="{AXIS_HEIGHT - 1}" font-size="9" '
                     f'fill="#1565c0">SYNC</text></g>')
    # the failure
    if failure:
        session_id, moment = failure
        left = x(moment)
        middle = AXIS_HEIGHT + lane_of(session_id) * LANE_HEIGHT + LANE_HEIGHT / 2
        parts.append(f'<g class="failure" data-session="{_escape(mask(session_id))}">'
                     f'<title>{_escape(mask(f"The failure, in session {session_id}"))}</title>'
                     f'<line x1="{left:.1f}" y1="{AXIS_HEIGHT - 4}" x2="{left:.1f}" '
                     f'y2="{height - 4}" stroke="#c62828" stroke-width="2"/>'
                     f'<circle cx="{left:.1f}" cy="{middle:.1f}" r="8" fill="#c62828"/>'
                     f'<text x="{left:.1f}" y="{middle + 4:.1f}" font-size="11" fill="#fff" '
                     f'text-anchor="middle" font-weight="bold">✕</text></g>')
    parts.append("</svg>")
    legend = ('<div style="font-size:11px;color:#555;margin:2px 0 8px">'
              '<span style="color:#43a047">■</span> passed '
              '<span style="color:#d32f2f">■</span> failed '
              '<span style="color:#b0bec5">■</span> prepared before SYNC '
              '<span style="color:#1565c0">┆</span> SYNC release '
              '<span style="color:#c62828">✕</span> the failure · hover a bar for its step '
              'and duration</div>')
    return (f'<div class="ps-timeline-box"><b>{_escape(title)}</b><br>'
            f'{"".join(parts)}{legend}</div>')

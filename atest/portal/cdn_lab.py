"""/lab/cdn: a page whose script, stylesheet and data come from a CDN nobody answers for.

``https://cdn.invalid/`` never resolves (``.invalid`` is reserved), so only a route
(`Add Route` with ``folder=``, see atest/toolbox/routes_for_all_sessions.robot) makes
the assets load. Both are loaded as a CDN snippet loads them, with ``crossorigin``:
the answer must allow the page's origin. With ``?absent=1`` the page also loads a
script the folder lacks.
"""

CDN = "https://cdn.invalid/lab/1.0"


def page(absent=False):
    extra = (f'<script src="{CDN}/absent.js" crossorigin="anonymous" '
             "onerror=\"document.getElementById('absent').textContent = 'absent.js failed'\">"
             "</script>") if absent else ""
    return f"""<!doctype html><html><head><meta charset="utf-8"><title>CDN lab</title>
<link rel="stylesheet" href="{CDN}/lab.css?v=1" crossorigin="anonymous"></head><body>
<h1>CDN lab</h1>
<p>Script: <span id="script">did not run</span></p>
<p id="styled" hidden>The stylesheet shows this line.</p>
<p><button id="load">Load data</button> <span id="data">not loaded</span></p>
<p>Absent: <span id="absent">not asked</span></p>
<script src="{CDN}/lab.js?v=1" crossorigin="anonymous"
  onerror="document.getElementById('script').textContent = 'unavailable'"></script>
{extra}</body></html>"""

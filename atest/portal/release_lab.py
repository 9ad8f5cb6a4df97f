"""/lab/release: a page whose buttons POST with fetch() from an onclick, one without a body
(``fetch('/lab/release/token', {method: 'POST'})``, as many single-page applications do) and
one with a form body, for the release of `SYNC` (concurrency suites and
benchmarks/release_spread). The portal records the POSTs' arrivals (/_test/arrivals).
"""

import itertools
import threading
from urllib.parse import parse_qs

PAGE = """<!doctype html><html><head><title>Release lab</title></head><body>
<h1>Release lab</h1>
<p><button id="bodyless" onclick="fetch('/lab/release/token', {method: 'POST'})
  .then(r => r.json()).then(d => show(d))">Token</button>
<button id="with-body" onclick="fetch('/lab/release/token', {method: 'POST',
  body: new URLSearchParams({name: document.getElementById('name').value})})
  .then(r => r.json()).then(d => show(d))">Named token</button>
<input id="name" value="lab"></p>
<p><span id="token">none</span> <span id="named">none</span></p>
<script>
function show(data) {
  document.getElementById('token').textContent = data.token;
  document.getElementById('named').textContent = data.name || 'no body';
  document.getElementById('token').className = 'issued';
}
</script></body></html>"""

_numbers = itertools.count(1)
_lock = threading.Lock()


def route(handler, method, path, query):
    """Serves /lab/release (the page) and /lab/release/token (POST: a new token, JSON)."""
    if path == "/lab/release":
        handler.only(method, "GET") and handler.html(200, PAGE)
    elif path == "/lab/release/token":
        if handler.only_json(method, "POST"):
            length = int(handler.headers.get("Content-Length") or 0)
            body = handler.rfile.read(length).decode("utf-8") if length else ""
            name = (parse_qs(body).get("name") or [None])[0]
            with _lock:
                number = next(_numbers)
            handler.json(200, {"token": f"token-{number}", "name": name})
    else:
        handler.not_found(path)

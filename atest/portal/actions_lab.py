"""/lab/actions: what the Browser-style action and page keywords act on (atest/browser_compat/).

- ``/lab/actions`` has a click target (``#target``) that shows every press on
  it: ``#presses`` counts them and ``#last`` says ``button=right count=2
  mods=Alt+Shift at=10,20``; a disabled button (``#disabled``); a checkbox and a
  text field that only ``force`` reaches (``#covered-check`` under its label,
  ``#aria-disabled-text`` in an ``aria-disabled`` paragraph); a key field
  (``#keys``) whose ``#key-log`` lists keydowns; two secret fields
  (``#secret-text``, ``#secret-password``) whose SHA-256 digests, not values,
  show in ``#secret-text-digest`` and ``#secret-password-digest``; and a hover
  target (``#hover-me``) that shows its modifiers in ``#hovered``.
- ``/lab/actions/leave`` asks before it is left (a ``beforeunload`` handler; Chromium
  shows its dialog once the page was touched, e.g. ``#touch`` clicked).
- ``/lab/actions/held?key=K`` is a page whose image ``/lab/actions/image?key=K`` is
  answered only once ``/lab/actions/release?key=K`` was requested (at most 15 s
  later): its DOM is ready, its load event waits.

Released keys are kept by the portal process.
"""

import threading

HOLD_SECONDS = 15
_lock = threading.Lock()
_released: dict[str, threading.Event] = {}

SCRIPT = """
const mods = e => ['Alt', 'Control', 'Meta', 'Shift']
  .filter(k => e[k === 'Control' ? 'ctrlKey' : k.toLowerCase() + 'Key']).join('+') || 'none';
const buttons = ['left', 'middle', 'right'];
target.addEventListener('mouseup', e => {
  presses.textContent = String(Number(presses.textContent) + 1);
  last.textContent = `button=${buttons[e.button]} count=${e.detail} mods=${mods(e)} ` +
    `at=${Math.round(e.offsetX)},${Math.round(e.offsetY)}`;
});
target.addEventListener('contextmenu', e => e.preventDefault());
keys.addEventListener('keydown', e => {
  keylog.textContent += (keylog.textContent ? ' ' : '') + e.key;
});
hoverme.addEventListener('mouseover', e => { hovered.textContent = 'hovered mods=' + mods(e); });
async function digest(field, out) {
  const bytes = new TextEncoder().encode(field.value);
  const hash = await crypto.subtle.digest('SHA-256', bytes);
  out.textContent = [...new Uint8Array(hash)].map(b => b.toString(16).padStart(2, '0')).join('');
}
for (const [field, out] of [[secrettext, secrettextdigest], [secretpw, secretpwdigest]]) {
  field.addEventListener('input', () => digest(field, out));
}
"""

BODY = """<h1>Actions</h1>
<div id="target" style="width:200px;height:100px;background:#ddf">press here</div>
<p>Presses: <span id="presses">0</span>; last: <span id="last">none</span></p>
<p><button id="disabled" disabled>Disabled</button></p>
<div style="position:relative;width:300px;height:40px">
  <input type="checkbox" id="covered-check">
  <label id="cover" for="covered-check"
         style="position:absolute;inset:0;background:#eee">cover</label>
</div>
<p aria-disabled="true"><input id="aria-disabled-text"></p>
<p><input id="keys"> <span id="key-log"></span></p>
<p><input id="secret-text"> <span id="secret-text-digest">none</span></p>
<p><input type="password" id="secret-password"> <span id="secret-password-digest">none</span></p>
<p><span id="hover-me">hover me</span> <span id="hovered">not hovered</span></p>
"""

ALIASES = """const target = document.getElementById('target'),
  presses = document.getElementById('presses'),
  last = document.getElementById('last'), keys = document.getElementById('keys'),
  keylog = document.getElementById('key-log'), hoverme = document.getElementById('hover-me'),
  hovered = document.getElementById('hovered'),
  secrettext = document.getElementById('secret-text'),
  secrettextdigest = document.getElementById('secret-text-digest'),
  secretpw = document.getElementById('secret-password'),
  secretpwdigest = document.getElementById('secret-password-digest');
"""


def _page(title, body):
    return (f"<!doctype html><html><head><meta charset=\"utf-8\"><title>{title}</title></head>"
            f"<body>{body}</body></html>")


def _event(key):
    with _lock:
        return _released.setdefault(key, threading.Event())


def route(h, method, path, query):
    """Serves /lab/actions...; False for any other path."""
    key = query.get("key", [""])[0]
    if path == "/lab/actions":
        h.only(method, "GET") and h.html(200, _page(
            "Actions", f"{BODY}<script>{ALIASES}{SCRIPT}</script>"))
    elif path == "/lab/actions/leave":
        h.only(method, "GET") and h.html(200, _page(
            "Leave", "<button id=touch>Touch</button><script>window.onbeforeunload = e => "
                     "{ e.preventDefault(); e.returnValue = ''; };</script>"))
    elif path == "/lab/actions/held":
        h.only(method, "GET") and h.html(200, _page(
            "Held", f"<h1 id=held>Held</h1><img id=late src='/lab/actions/image?key={key}'>"))
    elif path == "/lab/actions/image":
        if h.only(method, "GET"):
            _event(key).wait(HOLD_SECONDS)
            h.send(204, b"", "image/png")
    elif path == "/lab/actions/release":
        if h.only(method, "GET"):
            _event(key).set()
            h.send(200, "released", "text/plain; charset=utf-8")
    else:
        return False
    return True

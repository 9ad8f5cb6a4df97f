"""/lab/storage: a page with a frame of another origin, for the storage keywords' frame_selector.

``/lab/storage?frame=<origin>`` shows its frame ``iframe#other`` from ``<origin>`` (the
racy portal on another port of 127.0.0.1, say: another origin of the same site, since a
frame of another site gets no storage in Playwright's contexts), so the frame has its own
local and session storage; without ``frame`` the frame is of the page's origin. The frame shows what its
storage holds under ``lab.note`` when ``#show`` is clicked; the page shows its own.
``#remember`` stores a record in the IndexedDB database ``lab-db`` (for Save Storage State's
``indexedDB``) and then says "remembered".
"""

import html

SHOW_SCRIPT = """<script>
document.getElementById('show').addEventListener('click', () => {
  document.getElementById('local').textContent = String(localStorage.getItem('lab.note'));
  document.getElementById('session').textContent = String(sessionStorage.getItem('lab.note'));
});
document.getElementById('remember').addEventListener('click', () => {
  const opening = indexedDB.open('lab-db', 1);
  opening.onupgradeneeded = () => opening.result.createObjectStore('notes');
  opening.onsuccess = () => {
    const saving = opening.result.transaction('notes', 'readwrite');
    saving.objectStore('notes').put('kept in IndexedDB', 'lab.note');
    saving.oncomplete = () => { document.getElementById('remembered').textContent = 'remembered'; };
  };
});
</script>"""


def _document(title, body):
    return f"""<!doctype html><html><head><meta charset="utf-8"><title>{title}</title></head>
<body>{body}
<p><button id="show">Show storage</button>
<button id="remember">Remember in IndexedDB</button> <span id="remembered">not yet</span></p>
<p>Local: <span id="local">not shown</span></p>
<p>Session: <span id="session">not shown</span></p>
{SHOW_SCRIPT}</body></html>"""


def page(origin):
    frame = html.escape(f"{origin}/lab/storage/frame")
    return _document("Storage lab", f'<h1>Storage lab</h1>\n<iframe id="other" src="{frame}" '
                                    f'width="400" height="200"></iframe>')


def frame():
    return _document("Storage frame", "<h2>Framed origin</h2>")


def route(handler, method, path, query):
    """Serves the lab's two paths; False for any other path."""
    if path == "/lab/storage":
        handler.only(method, "GET") and handler.html(200, page(query.get("frame", [""])[0]))
    elif path == "/lab/storage/frame":
        handler.only(method, "GET") and handler.html(200, frame())
    else:
        return False
    return True

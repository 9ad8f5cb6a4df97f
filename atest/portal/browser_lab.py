"""Pages for the browser options of sessions (atest/toolbox/browser_options.robot).

- ``/lab/client`` shows what the portal received (scheme, User-Agent, Accept-Language
  and every ``X-`` header) and what the page sees in the browser (time zone,
  language, number format, viewport, touch, colour scheme, online state,
  notification permission, and the position after "Locate me").
- ``/lab/staging`` is behind HTTP basic auth: a portal account's username and
  password let the browser in; anything else gets 401 with a Basic challenge.
- ``/lab/popups/...`` are pop-ups that close themselves (popup_lab.py).

The handler extends the portal's: every other path is the portal's own.
"""

import base64
import binascii
import html

from portal import popup_lab, store
from portal.app import Handler

SHOWN_HEADERS = ("user-agent", "accept-language")

CLIENT_SCRIPT = """
const show = (id, text) => { document.getElementById(id).textContent = String(text); };
show('timezone', Intl.DateTimeFormat().resolvedOptions().timeZone);
show('language', navigator.language);
show('number', new Intl.NumberFormat().format(1234.5));
show('viewport', window.innerWidth + 'x' + window.innerHeight);
show('touch', navigator.maxTouchPoints > 0 ? 'touch' : 'no touch');
show('color-scheme', matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light');
show('online', navigator.onLine ? 'online' : 'offline');
navigator.permissions.query({name: 'notifications'})
  .then(status => show('notifications', status.state), error => show('notifications', error));
document.getElementById('locate').addEventListener('click', () => {
  show('position', 'locating');
  navigator.geolocation.getCurrentPosition(
    place => show('position', place.coords.latitude + ',' + place.coords.longitude),
    error => show('position', 'denied: ' + error.message), {timeout: 5000});
});
"""


def client_page(handler):
    scheme = "https" if getattr(handler.server, "tls", None) else "http"
    rows = []
    for name, value in handler.headers.items():
        lower = name.lower()
        if lower in SHOWN_HEADERS or lower.startswith("x-"):
            rows.append(f'<tr><th>{html.escape(lower)}</th>'
                        f'<td data-header="{html.escape(lower)}">{html.escape(value)}</td></tr>')
    fields = "".join(
        f'<tr><th>{label}</th><td id="{name}">unknown</td></tr>'
        for name, label in (("timezone", "Time zone"), ("language", "Language"),
                            ("number", "1234.5 reads"), ("viewport", "Viewport"),
                            ("touch", "Touch"), ("color-scheme", "Colour scheme"),
                            ("online", "Network"), ("notifications", "Notifications"),
                            ("position", "Position")))
    return f"""<!doctype html>
<html><head><meta charset="utf-8"><title>Client lab</title>
<meta name="viewport" content="width=device-width, initial-scale=1"></head>
<body>
<h1>What the portal and the page see</h1>
<p>Scheme: <span id="scheme">{scheme}</span></p>
<h2>Request headers</h2>
<table id="headers">{"".join(rows)}</table>
<h2>In the page</h2>
<table id="page">{fields}</table>
<button id="locate" type="button">Locate me</button>
<script>{CLIENT_SCRIPT}</script>
</body></html>"""


def staging_page(username):
    return f"""<!doctype html>
<html><head><meta charset="utf-8"><title>Staging</title></head>
<body><h1>Staging area</h1>
<p class="basic-auth-user">Signed in with basic auth as {html.escape(username)}</p>
</body></html>"""


class LabHandler(Handler):

    def misc(self, method, path, query):
        # Pop-ups that close themselves (popup_lab.py).
        if path.startswith("/lab/popups/"):
            popup_lab.route(self, method, path, query) or self.not_found(path)
            return
        if path == "/lab/client":
            self.only(method, "GET") and self.html(200, client_page(self))
        elif path == "/lab/staging":
            self.only(method, "GET") and self.staging()
        else:
            super().misc(method, path, query)

    def basic_credentials(self):
        """(username, password) of a Basic Authorization header, or None."""
        auth = self.headers.get("Authorization", "")
        if auth[:6].lower() != "basic ":
            return None
        try:
            decoded = base64.b64decode(auth[6:].strip(), validate=True).decode("utf-8")
        except (binascii.Error, UnicodeDecodeError):
            return None
        username, colon, password = decoded.partition(":")
        return (username, password) if colon else None

    def staging(self):
        credentials = self.basic_credentials()
        if credentials and store.check_login(self.conn, "account", *credentials):
            self.html(200, staging_page(credentials[0]))
            return
        self.send(401, "<!doctype html><title>Staging</title><h1>Authentication required</h1>",
                  "text/html; charset=utf-8",
                  [("WWW-Authenticate", 'Basic realm="Staging", charset="UTF-8"')])

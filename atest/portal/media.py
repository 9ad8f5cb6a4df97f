"""/media/<name>: files only a logged-in account may fetch.

A visitor without an account session gets a 302 (Found) to the account login
page, as many web frameworks answer a protected file, so a test can see the
redirect itself or where a download ended. ``moved.txt`` has moved to a file
that is gone: a redirect that ends at a 404.
"""

from urllib.parse import unquote

from portal import store
from portal.web import login_redirect

FILES = {"x.txt": "x: a file only accounts may download\n"}
MOVED = {"moved.txt": "/media/gone.txt"}


def route(h, method, path, query):
    if not path.startswith("/media/"):
        return False
    if not h.only(method, "GET"):
        return True
    if store.session_user(h.conn, "account", h.cookies.get("account_session")) is None:
        found(h, login_redirect("/account/login", path))
        return True
    name = unquote(path[len("/media/"):])
    if name in MOVED:
        found(h, MOVED[name])
    elif name in FILES:
        h.send(200, FILES[name], "text/plain; charset=utf-8",
               [("Content-Disposition", f'attachment; filename="{name}"')])
    else:
        h.not_found(path)
    return True


def found(h, location):
    """A 302 redirect (the shared ``h.redirect`` answers 303 See Other)."""
    h.send(302, f"Found: {location}\n", "text/plain; charset=utf-8", [("Location", location)])

"""The common door of the /admin/ and /account/ areas."""

from portal import store
from portal.web import login_redirect, safe_next, session_cookie


def enter_area(h, method, path, query, area, public):
    """Returns the logged-in user of ``area``, or None when the request was answered here.

    Answered here: the area root (redirect to its dashboard), its public pages
    (``public``: path -> handler(h, method, query)), the login wall for visitors
    without a session, and logout.
    """
    root, cookie = f"/{area}", f"{area}_session"
    if path == root:
        h.redirect(f"{root}/dashboard")
        return None
    if path in public:
        public[path](h, method, query)
        return None
    user = store.session_user(h.conn, area, h.cookies.get(cookie))
    if user is None:
        h.redirect(login_redirect(f"{root}/login", path))
        return None
    if path == f"{root}/logout":
        store.delete_session(h.conn, h.cookies.get(cookie))
        h.redirect(f"{root}/login", [session_cookie(cookie, "", clear=True)])
        return None
    return user


def log_in(h, method, query, area, render, flash=None):
    """The login form of ``area``: GET shows it, POST checks the credentials.

    ``render(error=None, flash=None, username="", next_url=None)`` draws the page.
    """
    next_url = safe_next(query.get("next", [None])[0])
    if method == "GET":
        h.html(200, render(flash=flash, next_url=next_url))
        return
    if not h.only(method, "GET", "POST"):
        return
    form = h.form()
    next_url = safe_next(form.get("next")) or next_url
    username = form.get("username", "")
    if store.check_login(h.conn, area, username, form.get("password", "")):
        token = store.new_session(h.conn, area, username)
        h.redirect(next_url or f"/{area}/dashboard", [session_cookie(f"{area}_session", token)])
    else:
        h.html(200, render("Invalid username or password", username=username, next_url=next_url))

"""HTML routes under /admin/."""

import re
from urllib.parse import quote, unquote

from portal import pages, store
from portal.web import login_redirect, safe_next, session_cookie

APPROVE_RE = re.compile(r"^/admin/accounts/([^/]+)/approve$")
COOKIE = "admin_session"


def route(h, method, path, query):
    if path == "/admin":
        h.redirect("/admin/dashboard")
        return True
    if not path.startswith("/admin/"):
        return False
    if path == "/admin/login":
        login(h, method, query)
        return True
    admin = store.session_user(h.conn, "admin", h.cookies.get(COOKIE))
    if admin is None:
        h.redirect(login_redirect("/admin/login", path))
        return True
    h.admin = admin
    if path == "/admin/logout":
        store.delete_session(h.conn, h.cookies.get(COOKIE))
        h.redirect("/admin/login", [session_cookie(COOKIE, "", clear=True)])
    elif path in ("/admin/", "/admin/dashboard"):
        h.only(method, "GET") and h.html(
            200, pages.admin_dashboard(admin, store.pending_count(h.conn)))
    elif path == "/admin/accounts/pending":
        if h.only(method, "GET"):
            pending(h, admin, query)
    elif path == "/admin/accounts":
        h.only(method, "GET") and h.html(
            200, pages.all_accounts(admin, store.list_accounts(h.conn)))
    elif APPROVE_RE.match(path):
        name = unquote(APPROVE_RE.match(path).group(1))
        if method != "POST":
            h.redirect("/admin/accounts/pending")
        elif store.approve(h.conn, name, admin):
            h.redirect(f"/admin/accounts/pending?approved={quote(name)}")
        else:
            h.redirect(f"/admin/accounts/pending?not_pending={quote(name)}")
    else:
        h.not_found(path)
    return True


def login(h, method, query):
    next_url = safe_next(query.get("next", [None])[0])
    if method == "GET":
        h.html(200, pages.admin_login(next_url=next_url))
        return
    if not h.only(method, "GET", "POST"):
        return
    form = h.form()
    next_url = safe_next(form.get("next")) or next_url
    username = form.get("username", "")
    if store.check_login(h.conn, "admin", username, form.get("password", "")):
        token = store.new_session(h.conn, "admin", username)
        h.redirect(next_url or "/admin/dashboard", [session_cookie(COOKIE, token)])
    else:
        h.html(200, pages.admin_login("Invalid username or password", username,
                                      next_url))


def pending(h, admin, query):
    flash = error = None
    if "approved" in query:
        flash = f"Account {query['approved'][0]} approved"
    if "not_pending" in query:
        error = f"Account {query['not_pending'][0]} is not pending"
    rows = store.list_accounts(h.conn, status="Pending")
    h.html(200, pages.pending_accounts(admin, rows, error, flash))

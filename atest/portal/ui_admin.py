"""HTML routes under /admin/."""

import re
from urllib.parse import quote, unquote

from portal import pages, store
from portal.areas import enter_area, log_in

APPROVE_RE = re.compile(r"^/admin/accounts/([^/]+)/approve$")


def route(h, method, path, query):
    if path != "/admin" and not path.startswith("/admin/"):
        return False
    admin = enter_area(h, method, path, query, "admin", {"/admin/login": login})
    if admin is None:
        return True
    h.admin = admin
    if path in ("/admin/", "/admin/dashboard"):
        h.only(method, "GET") and h.html(
            200, pages.admin_dashboard(admin, store.pending_count(h.conn)))
    elif path == "/admin/accounts/pending":
        if h.only(method, "GET"):
            pending(h, admin, query)
    elif path == "/admin/accounts":
        h.only(method, "GET") and h.html(
            200, pages.all_accounts(admin, store.list_accounts(h.conn)))
    elif path == "/admin/accounts/export":
        # A download, as an export button starts one: CSV with Content-Disposition.
        h.only(method, "GET") and h.send(
            200, pages.accounts_csv(store.list_accounts(h.conn)), "text/csv; charset=utf-8",
            [("Content-Disposition", 'attachment; filename="accounts.csv"')])
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
    log_in(h, method, query, "admin", pages.admin_login)


def pending(h, admin, query):
    flash = error = None
    if "approved" in query:
        flash = f"Account {query['approved'][0]} approved"
    if "not_pending" in query:
        error = f"Account {query['not_pending'][0]} is not pending"
    rows = store.list_accounts(h.conn, status="Pending")
    h.html(200, pages.pending_accounts(admin, rows, error, flash))

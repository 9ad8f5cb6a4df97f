"""HTML routes under /account/."""

from urllib.parse import quote

from portal import pages, store
from portal.areas import enter_area, log_in



PUBLIC = {
    "/account/register": lambda h, method, query: register(h, method),
    "/account/login": lambda h, method, query: login(h, method, query),
}


def route(h, method, path, query):
    if path != "/account" and not path.startswith("/account/"):
        return False
    account = enter_area(h, method, path, query, "account", PUBLIC)
    if account is None:
        return True
    if path in ("/account/", "/account/dashboard"):
        h.only(method, "GET") and h.html(200, pages.account_dashboard(account))
    elif path == "/account/realms":
        realms(h, method, query, account)
    elif path == "/account/tokens":
        h.only(method, "GET") and h.html(
            200, pages.tokens(account, store.list_tokens(h.conn, account["username"])))
    elif path == "/account/tokens/new":
        new_token(h, method, account)
    elif path == "/account/tokens/revoke":
        if h.only(method, "POST"):
            name = h.form().get("name", "")
            store.revoke_token(h.conn, account["username"], name)
            h.redirect(f"/account/tokens?revoked={quote(name)}")
    elif path == "/account/preferences":
        preferences(h, method, query, account)
    else:
        h.not_found(path)
    return True


def register(h, method):
    if method == "GET":
        h.html(200, pages.register())
        return
    if not h.only(method, "GET", "POST"):
        return
    form = h.form()
    username = form.get("username", "")
    outcome = store.create_account(h.conn, username, form.get("password", ""))
    if outcome.ok:
        h.redirect(f"/account/login?registered={quote(username)}")
    else:
        h.html(outcome.status, pages.register(outcome.message, username))


def login(h, method, query):
    # Registration always creates a Pending account.
    flash = (f"Account {query['registered'][0]} registered; status Pending"
             if "registered" in query else None)
    log_in(h, method, query, "account", pages.account_login, flash)


def realms(h, method, query, account):
    owner = account["username"]
    if method == "GET":
        flash = f"Realm {query['created'][0]} created" if "created" in query else None
        h.html(200, pages.realms(account, store.list_realms(h.conn, owner), flash=flash))
        return
    if not h.only(method, "GET", "POST"):
        return
    name = h.form().get("name", "").strip()
    cfg = h.server.config
    outcome = store.create_realm(h.conn, account, name, cfg.racy, cfg.race_window_ms)
    if outcome.ok:
        h.redirect(f"/account/realms?created={quote(name)}")
    else:
        h.html(outcome.status, pages.realms(account, store.list_realms(h.conn, owner),
                                            error=outcome.message, value=name))


def new_token(h, method, account):
    if method == "GET":
        h.html(200, pages.new_token(account))
        return
    if not h.only(method, "GET", "POST"):
        return
    name = h.form().get("name", "").strip()
    outcome, secret = store.create_token(h.conn, account, name)
    if outcome.ok:
        # One-time display of the secret: 200, deliberately no redirect.
        h.html(200, pages.token_created(account, name, secret))
    else:
        h.html(outcome.status, pages.new_token(account, outcome.message, name))


def preferences(h, method, query, account):
    owner = account["username"]
    if method == "GET":
        flash = "Preferences saved" if "saved" in query else None
        h.html(200, pages.preferences(account, store.get_preferences(h.conn, owner),
                                      store.LANGUAGES, flash=flash))
        return
    if not h.only(method, "GET", "POST"):
        return
    form = h.form()
    outcome = store.save_preferences(h.conn, owner, form.get("language", ""),
                                     form.get("newsletter") == "yes")
    if outcome.ok:
        h.redirect("/account/preferences?saved=1")
    else:
        h.html(outcome.status, pages.preferences(account, store.get_preferences(h.conn, owner),
                                                 store.LANGUAGES, error=outcome.message))

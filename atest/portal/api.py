"""JSON API under /api/ (bearer token or the browser's account_session cookie)."""

from portal import store


def route(h, method, path, query):
    if path != "/api" and not path.startswith("/api/"):
        return False
    secret = h.bearer()
    if secret is not None:
        account = store.account_for_token(h.conn, secret)
        if account is None:
            h.json_error(401, "The bearer token is invalid")
            return True
    else:
        account = store.session_user(h.conn, "account",
                                     h.cookies.get("account_session"))
        if account is None:
            h.json_error(401, "Authentication is required")
            return True
    owner = account["username"]
    if path == "/api/me":
        if h.only_json(method, "GET"):
            h.json(200, {"username": owner, "status": account["status"]})
    elif path == "/api/realms":
        if method == "GET":
            h.json(200, {"realms": [dict(r) for r in store.list_realms(h.conn, owner)]})
        elif method == "POST":
            create_realm(h, account)
        else:
            h.only_json(method, "GET", "POST")
    elif path == "/api/tokens":
        if method == "GET":
            h.json(200, {"tokens": [dict(r) for r in store.list_tokens(h.conn, owner)]})
        elif method == "POST":
            create_token(h, account)
        else:
            h.only_json(method, "GET", "POST")
    else:
        h.json_error(404, f"No API endpoint at {path}")
    return True


def create_realm(h, account):
    data = h.json_body()
    if data is None or not isinstance(data.get("name"), str):
        h.json_error(400, "The body must be a JSON object with a string name")
        return
    cfg = h.server.config
    outcome = store.create_realm(h.conn, account, data["name"], cfg.racy,
                                 cfg.race_window_ms)
    if outcome.ok:
        h.json(201, {"name": data["name"]})
    else:
        h.json_error(outcome.status, outcome.message)


def create_token(h, account):
    """Creates a token; the response is the only place its secret is ever shown."""
    data = h.json_body()
    if data is None or not isinstance(data.get("name"), str):
        h.json_error(400, "The body must be a JSON object with a string name")
        return
    outcome, secret = store.create_token(h.conn, account, data["name"])
    if outcome.ok:
        h.json(201, {"name": data["name"], "token": secret})
    else:
        h.json_error(outcome.status, outcome.message)

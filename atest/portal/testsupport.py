"""Test support endpoints under /_test/ (only with --test-support)."""

from portal import store


def route(h, method, path, query):
    if path != "/_test" and not path.startswith("/_test/"):
        return False
    if not h.server.config.test_support:
        h.not_found(path)
        return True
    if path == "/_test/accounts":
        if h.only_json(method, "POST"):
            create_account(h)
    elif path == "/_test/reset":
        if h.only_json(method, "POST"):
            store.reset(h.conn)
            h.server.arrivals.clear()
            h.json(200, {"reset": True})
    elif path == "/_test/arrivals":
        if method == "GET":
            h.json(200, {"arrivals": h.server.arrivals.snapshot()})
        elif method == "DELETE":
            h.server.arrivals.clear()
            h.json(200, {"arrivals": []})
        else:
            h.only_json(method, "GET", "DELETE")
    elif path == "/_test/realms":
        if h.only_json(method, "GET"):
            name = query.get("name", [""])[0]
            h.json(200, {"name": name, "count": store.count_realms(h.conn, name)})
    else:
        h.json_error(404, f"No test endpoint at {path}")
    return True


def create_account(h):
    data = h.json_body() or {}
    username, password = data.get("username"), data.get("password")
    status = data.get("status", "Active")
    if not isinstance(username, str) or not isinstance(password, str):
        h.json_error(400, "username and password must be strings")
        return
    if status not in ("Active", "Pending"):
        h.json_error(400, "status must be Active or Pending")
        return
    outcome = store.create_account(h.conn, username, password, status)
    if outcome.ok:
        h.json(201, {"username": username, "status": status})
    else:
        h.json_error(outcome.status, outcome.message)

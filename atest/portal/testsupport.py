"""Test support endpoints under /_test/ (only with --test-support)."""

from dataclasses import replace

from portal import store

# /_test/big streams at most this many megabytes (enough to exhaust a careless client).
MAX_BIG_MB = 500
CHUNK = b"x" * (1 << 20)


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
    elif path == "/_test/race-window":
        if h.only_json(method, "PUT"):
            set_race_window(h)
    elif path == "/_test/big":
        if h.only_json(method, "GET"):
            send_big(h, query)
    else:
        h.json_error(404, f"No test endpoint at {path}")
    return True


def set_race_window(h):
    """Sets the pause between the check and the insert of racy realm creation (this server)."""
    milliseconds = (h.json_body() or {}).get("ms")
    if not isinstance(milliseconds, (int, float)) or not 0 <= milliseconds <= 10_000:
        h.json_error(400, "ms must be a number of milliseconds from 0 to 10000")
        return
    h.server.config = replace(h.server.config, race_window_ms=float(milliseconds))
    h.json(200, {"race_window_ms": float(milliseconds)})


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


def send_big(h, query):
    """``?mb=N`` megabytes of text, written a megabyte at a time (never held whole).

    With ``length=no`` the response has no Content-Length: the body ends when
    the connection closes, so a client learns its size only by reading it.
    """
    try:
        mb = int(query.get("mb", ["1"])[0])
    except ValueError:
        mb = -1
    if not 0 <= mb <= MAX_BIG_MB:
        h.json_error(400, f"mb must be a whole number from 0 to {MAX_BIG_MB}")
        return
    h.response_status = 200
    h.send_response(200)
    h.send_header("Content-Type", "text/plain; charset=utf-8")
    if query.get("length", ["yes"])[0] != "no":
        h.send_header("Content-Length", str(mb * len(CHUNK)))
    h.send_header("Cache-Control", "no-store")
    h.end_headers()
    for _ in range(mb):
        h.wfile.write(CHUNK)

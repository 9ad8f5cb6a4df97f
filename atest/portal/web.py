"""Request handler base: parsing input and writing HTML/JSON/redirect responses."""

import json
from http.cookies import SimpleCookie
from http.server import BaseHTTPRequestHandler
from urllib.parse import parse_qs, quote

MAX_BODY = 1_000_000


def safe_next(value):
    """Return ``value`` if it is a safe local path, else None."""
    if (value and value.startswith("/") and not value.startswith("//")
            and "\\" not in value and not any(ord(c) < 32 for c in value)):
        return value
    return None


def login_redirect(login_path, path):
    return f"{login_path}?next={quote(path, safe='/')}"


def session_cookie(name, value, clear=False):
    if clear:
        return f"{name}=; Path=/; HttpOnly; SameSite=Lax; Max-Age=0"
    return f"{name}={value}; Path=/; HttpOnly; SameSite=Lax"


class BaseHandler(BaseHTTPRequestHandler):
    server_version = "DemoPortal/1.0"
    protocol_version = "HTTP/1.0"
    response_status = None
    _body_cache = None

    # --- input -------------------------------------------------------------
    @property
    def cookies(self):
        jar = SimpleCookie()
        try:
            jar.load(self.headers.get("Cookie", ""))
        except Exception:
            return {}
        return {key: morsel.value for key, morsel in jar.items()}

    def body(self):
        if self._body_cache is None:
            try:
                length = int(self.headers.get("Content-Length") or 0)
            except ValueError:
                length = 0
            self._body_cache = self.rfile.read(min(max(length, 0), MAX_BODY))
        return self._body_cache

    def form(self):
        data = parse_qs(self.body().decode("utf-8", "replace"), keep_blank_values=True)
        return {key: values[0] for key, values in data.items()}

    def json_body(self):
        """Parsed JSON object, or None when the body is not a JSON object."""
        try:
            data = json.loads(self.body() or b"null")
        except ValueError:
            return None
        return data if isinstance(data, dict) else None

    def bearer(self):
        auth = self.headers.get("Authorization", "")
        if auth[:7].lower() == "bearer ":
            return auth[7:].strip()
        return None

    # --- output ------------------------------------------------------------
    def send(self, status, body, content_type, headers=()):
        data = body.encode("utf-8") if isinstance(body, str) else body
        self.response_status = status
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(data)))
        self.send_header("Cache-Control", "no-store")
        for name, value in headers:
            self.send_header(name, value)
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(data)

    def html(self, status, page, headers=()):
        self.send(status, page, "text/html; charset=utf-8", headers)

    def json(self, status, obj, headers=()):
        self.send(status, json.dumps(obj), "application/json", headers)

    def json_error(self, status, message):
        self.json(status, {"error": message})

    def redirect(self, location, cookies=()):
        headers = [("Location", location)] + [("Set-Cookie", c) for c in cookies]
        self.send(303, f"See {location}\n", "text/plain; charset=utf-8", headers)

    def log_message(self, fmt, *args):
        # Keep the log on stderr (the controller redirects it to a file).
        super().log_message(fmt, *args)

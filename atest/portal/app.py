"""The request handler: records arrivals, opens a DB connection, dispatches."""

import hashlib
import socket
import sys
import time
import traceback
from urllib.parse import parse_qs, urlsplit

from portal import (api, cdn_lab, db, media, pages, store, testsupport, toolbox_lab,
                    pointer_lab,
                    ui_account,
                    ui_admin)
from portal import emulation_lab
from portal import waiting_lab
from portal import geometry_lab
from portal import select_lab
from portal import actions_lab
from portal import elements_lab
from portal import masking_lab
from portal import storage_lab
from portal import release_lab
from portal.web import BaseHandler

RECORDED_PREFIXES = ("/account/", "/admin/", "/api/")
RECORDED_PREFIXES += ("/lab/release/",)  # release_lab: fetch() POSTs released by SYNC
ROUTERS = (testsupport.route, api.route, ui_admin.route, ui_account.route, media.route)


def unused_port():
    """A port of 127.0.0.1 nothing listens on (free a moment ago): a host that is down."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class Handler(BaseHandler):
    conn = None
    admin = None

    def do_GET(self):
        self.dispatch("GET")

    def do_HEAD(self):
        self.dispatch("HEAD")

    def do_POST(self):
        started = time.perf_counter() * 1000  # very first thing: arrival time
        self.dispatch("POST", started)

    def do_DELETE(self):
        self.dispatch("DELETE")

    def do_PUT(self):
        self.dispatch("PUT")

    def do_PATCH(self):
        self.dispatch("PATCH")

    # --- helpers used by the routers --------------------------------------
    def only(self, method, *allowed):
        if method in allowed or (method == "HEAD" and "GET" in allowed):
            return True
        self.send(405, "Method not allowed\n", "text/plain; charset=utf-8",
                  [("Allow", ", ".join(allowed))])
        return False

    def only_json(self, method, *allowed):
        if method in allowed:
            return True
        self.json(405, {"error": f"Method {method} is not allowed here"},
                  [("Allow", ", ".join(allowed))])
        return False

    def not_found(self, path):
        self.html(404, pages.not_found(path))

    # --- dispatch ---------------------------------------------------------
    def dispatch(self, method, started=None):
        split = urlsplit(self.path)
        path, query = split.path, parse_qs(split.query)
        server = self.server
        record = None
        if (started is not None and server.config.test_support
                and path.startswith(RECORDED_PREFIXES)):
            record = server.arrivals.start(path, method, started,
                                           self.session_id(path))
        try:
            self.conn = db.connect(server.config.db_path)
            for router in ROUTERS:
                if router(self, method, path, query):
                    break
            else:
                self.misc(method, path, query)
        except (BrokenPipeError, ConnectionResetError):
            pass
        except Exception:
            traceback.print_exc(file=sys.stderr)
            if self.response_status is None:
                try:
                    self.send(500, "Internal server error\n", "text/plain; charset=utf-8")
                except OSError:
                    pass
        finally:
            if self.conn is not None:
                self.conn.close()
            if record is not None:
                server.arrivals.finish(record, time.perf_counter() * 1000,
                                       self.response_status)

    def session_id(self, path):
        """Short, non-secret id of the caller's credential (for arrivals)."""
        cookie = "admin_session" if path.startswith("/admin/") else "account_session"
        credential = self.bearer() or self.cookies.get(cookie)
        if not credential:
            return None
        return hashlib.sha256(credential.encode("utf-8")).hexdigest()[:8]

    def misc(self, method, path, query):
        if path == "/":
            if self.only(method, "GET"):
                cookies = self.cookies
                admin = store.session_user(self.conn, "admin", cookies.get("admin_session"))
                account = store.session_user(self.conn, "account",
                                             cookies.get("account_session"))
                self.html(200, pages.home(admin=admin,
                                          account=account["username"] if account else None))
        elif path == "/broken":
            self.only(method, "GET") and self.html(200, pages.broken())
        elif path == "/slow":
            if self.only(method, "GET"):
                try:
                    ms = float(query.get("ms", ["0"])[0])
                except ValueError:
                    ms = 0
                ms = min(max(ms, 0), 10000)
                time.sleep(ms / 1000.0)
                self.html(200, pages.slow(ms))
        elif path == "/lab/emulation":
            self.only(method, "GET") and self.html(200, emulation_lab.page())
        elif path == "/lab/selects":
            self.only(method, "GET") and self.html(200, select_lab.page())
        elif path.startswith("/lab/actions"):
            actions_lab.route(self, method, path, query) or self.not_found(path)
        elif path == "/lab/elements":
            self.only(method, "GET") and self.html(200, elements_lab.page())
        elif path == "/lab/pointer":
            self.only(method, "GET") and self.html(200, pointer_lab.page())
        elif storage_lab.route(self, method, path, query):
            pass
        elif path == "/lab/toolbox":
            self.only(method, "GET") and self.html(200, toolbox_lab.page())
        elif path == "/lab/geometry":
            self.only(method, "GET") and self.html(200, geometry_lab.page())
        elif path == "/lab/cdn":
            self.only(method, "GET") and self.html(200, cdn_lab.page(
                absent=query.get("absent", ["0"])[0] == "1"))
        elif path == "/lab/forms":
            self.only(method, "GET") and self.html(200, pages.form_lab())
        elif path == "/lab/network":
            self.only(method, "GET") and self.html(200, pages.network_lab(
                f"http://127.0.0.1:{unused_port()}"))
        elif path == "/lab/network/save":
            if self.only_json(method, "POST"):
                data = self.json_body() or {}
                self.json(200, {"saved": True, "note": data.get("note"),
                                "via": self.headers.get("X-Lab")})
        elif path == "/lab/network/items":
            if self.only(method, "GET"):
                try:
                    ms = min(max(float(query.get("ms", ["0"])[0]), 0), 5000)
                except ValueError:
                    ms = 0
                time.sleep(ms / 1000.0)  # a slow service, so a test can wait for it
                number = query.get("n", ["1"])[0]
                self.json(200, {"items": [f"item {number}.1", f"item {number}.2"]})
        elif path.startswith("/lab/release"):
            release_lab.route(self, method, path, query)
        elif path.startswith("/lab/waiting"):
            waiting_lab.route(self, method, path, query)
        elif path.startswith("/lab/masking"):
            masking_lab.route(self, method, path, query) or self.not_found(path)
        elif path == "/favicon.ico":
            self.send(204, b"", "image/x-icon")
        else:
            self.not_found(path)

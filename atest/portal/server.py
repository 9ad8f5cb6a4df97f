"""Demo portal server (stdlib only): the system under test of the acceptance tests.

Usage:
    python atest/portal/server.py --port 0 --db PATH [--racy]
        [--race-window-ms N] [--test-support] [--exit-on-stdin-eof] [--https]

Binds 127.0.0.1, prints exactly one line ``PORTAL_URL http://127.0.0.1:<port>``
and serves until SIGTERM/SIGINT (exit status 0).

With ``--https`` it also serves the same portal over HTTPS on a second free port,
with a self-signed certificate made at start-up in a ``tls`` folder beside the
database, and first prints ``PORTAL_HTTPS_URL https://127.0.0.1:<port>`` (or
``PORTAL_HTTPS_UNAVAILABLE <reason>`` when no certificate could be made).
"""

import argparse
import os
import signal
import ssl
import subprocess
import sys
import threading
from dataclasses import dataclass
from http.server import ThreadingHTTPServer
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from portal import db, tls  # noqa: E402
from portal.arrivals import Arrivals  # noqa: E402
from portal.browser_lab import LabHandler  # noqa: E402


@dataclass(frozen=True)
class Config:
    db_path: str
    racy: bool = False
    race_window_ms: float = 50.0
    test_support: bool = False


class PortalServer(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True
    request_queue_size = 64

    def __init__(self, port, config, arrivals=None):
        super().__init__(("127.0.0.1", port), LabHandler)
        self.config = config
        self.arrivals = arrivals or Arrivals()


class HttpsPortalServer(PortalServer):
    """The same portal over TLS; the handshake runs in the request's thread."""

    def __init__(self, port, config, arrivals, context):
        super().__init__(port, config, arrivals)
        self.tls = context

    def get_request(self):
        connection, address = super().get_request()
        return self.tls.wrap_socket(connection, server_side=True,
                                    do_handshake_on_connect=False), address

    def handle_error(self, request, client_address):
        # A browser that rejects the self-signed certificate closes the connection
        # mid-handshake: expected, and no traceback.
        if isinstance(sys.exc_info()[1], (ssl.SSLError, ConnectionError)):
            return
        super().handle_error(request, client_address)


def parse_args(argv=None):
    parser = argparse.ArgumentParser(description="Demo portal server")
    parser.add_argument("--port", type=int, default=0, help="0 picks a free port")
    parser.add_argument("--db", required=True, help="SQLite database file")
    parser.add_argument("--racy", action="store_true",
                        help="check-then-insert realm creation without a UNIQUE "
                             "constraint (makes a race observable)")
    parser.add_argument("--race-window-ms", type=float, default=50.0,
                        help="pause between check and insert in racy mode")
    parser.add_argument("--test-support", action="store_true",
                        help="enable the /_test/ endpoints")
    parser.add_argument("--exit-on-stdin-eof", action="store_true",
                        help="shut down when stdin closes (parent died)")
    parser.add_argument("--https", action="store_true",
                        help="also serve HTTPS with a self-signed certificate")
    return parser.parse_args(argv)


def main(argv=None):
    args = parse_args(argv)
    db.init(args.db, racy=args.racy)
    config = Config(args.db, args.racy, args.race_window_ms, args.test_support)
    server = PortalServer(args.port, config)
    https = None
    if args.https:
        try:
            context = tls.self_signed_context(
                os.path.join(os.path.dirname(os.path.abspath(args.db)), "tls"))
        except (tls.TlsUnavailable, OSError, ssl.SSLError, subprocess.SubprocessError) as error:
            print(f"PORTAL_HTTPS_UNAVAILABLE {error}", flush=True)
        else:
            https = HttpsPortalServer(0, config, server.arrivals, context)
            threading.Thread(target=https.serve_forever, kwargs={"poll_interval": 0.2},
                             daemon=True).start()
            print(f"PORTAL_HTTPS_URL https://127.0.0.1:{https.server_address[1]}", flush=True)
    stopping = threading.Event()

    def stop(*_):
        if not stopping.is_set():
            stopping.set()
            # shutdown() blocks until serve_forever returns: not from its thread.
            threading.Thread(target=server.shutdown, daemon=True).start()
            if https is not None:
                threading.Thread(target=https.shutdown, daemon=True).start()

    signal.signal(signal.SIGTERM, stop)
    signal.signal(signal.SIGINT, stop)
    if args.exit_on_stdin_eof:
        def watch_stdin():
            # os.read on the raw fd: a daemon thread blocked in a buffered
            # read would make interpreter shutdown abort.
            try:
                while os.read(sys.stdin.fileno(), 4096):
                    pass
            except (OSError, ValueError):
                pass
            stop()
        threading.Thread(target=watch_stdin, daemon=True).start()

    print(f"PORTAL_URL http://127.0.0.1:{server.server_address[1]}", flush=True)
    try:
        server.serve_forever(poll_interval=0.2)
    finally:
        server.server_close()
        if https is not None:
            https.server_close()
    return 0


if __name__ == "__main__":
    sys.exit(main())

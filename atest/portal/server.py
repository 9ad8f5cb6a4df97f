"""Demo portal server (stdlib only): the system under test of the acceptance tests.

Usage:
    python atest/portal/server.py --port 0 --db PATH [--racy]
        [--race-window-ms N] [--test-support] [--exit-on-stdin-eof]

Binds 127.0.0.1, prints exactly one line ``PORTAL_URL http://127.0.0.1:<port>``
and serves until SIGTERM/SIGINT (exit status 0).
"""

import argparse
import os
import signal
import sys
import threading
from dataclasses import dataclass
from http.server import ThreadingHTTPServer
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from portal import db  # noqa: E402
from portal.app import Handler  # noqa: E402
from portal.arrivals import Arrivals  # noqa: E402


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

    def __init__(self, port, config):
        super().__init__(("127.0.0.1", port), Handler)
        self.config = config
        self.arrivals = Arrivals()


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
    return parser.parse_args(argv)


def main(argv=None):
    args = parse_args(argv)
    db.init(args.db, racy=args.racy)
    config = Config(args.db, args.racy, args.race_window_ms, args.test_support)
    server = PortalServer(args.port, config)
    stopping = threading.Event()

    def stop(*_):
        if not stopping.is_set():
            stopping.set()
            # shutdown() blocks until serve_forever returns: not from its thread.
            threading.Thread(target=server.shutdown, daemon=True).start()

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
    return 0


if __name__ == "__main__":
    sys.exit(main())

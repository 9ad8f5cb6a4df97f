"""Thread-safe in-memory log of POST request arrivals (test support)."""

import threading


class Arrivals:
    def __init__(self):
        self._lock = threading.Lock()
        self._items = []

    def start(self, path, method, t_ms, session):
        entry = {"path": path, "method": method, "t_ms": t_ms,
                 "done_ms": None, "session": session, "status": None}
        with self._lock:
            self._items.append(entry)
        return entry

    def finish(self, entry, done_ms, status):
        with self._lock:
            entry["done_ms"] = done_ms
            entry["status"] = status

    def snapshot(self):
        with self._lock:
            return [dict(item) for item in self._items]

    def clear(self):
        with self._lock:
            self._items.clear()

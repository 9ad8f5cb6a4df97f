"""SQLite schema, connections and password hashing for the demo portal."""

import hashlib
import hmac
import secrets
import sqlite3
from datetime import datetime, timezone

PBKDF2_ITERATIONS = 50_000
SEEDED_ADMINS = (("admin", "admin-pass"), ("auditor", "auditor-pass"))

_SCHEMA = """
CREATE TABLE IF NOT EXISTS admins (
    username TEXT PRIMARY KEY,
    salt BLOB NOT NULL,
    pw_hash BLOB NOT NULL
);
CREATE TABLE IF NOT EXISTS accounts (
    id INTEGER PRIMARY KEY,
    username TEXT NOT NULL UNIQUE,
    salt BLOB NOT NULL,
    pw_hash BLOB NOT NULL,
    status TEXT NOT NULL DEFAULT 'Pending',
    created_at TEXT NOT NULL,
    approved_by TEXT
);
CREATE TABLE IF NOT EXISTS sessions (
    token TEXT PRIMARY KEY,
    kind TEXT NOT NULL CHECK (kind IN ('admin', 'account')),
    username TEXT NOT NULL,
    created_at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS tokens (
    id INTEGER PRIMARY KEY,
    account TEXT NOT NULL,
    name TEXT NOT NULL,
    secret_hash TEXT NOT NULL UNIQUE,
    prefix TEXT NOT NULL,
    created_at TEXT NOT NULL,
    UNIQUE (account, name)
);
CREATE TABLE IF NOT EXISTS preferences (
    account TEXT PRIMARY KEY,
    language TEXT NOT NULL CHECK (language IN ('en', 'fi', 'de')),
    newsletter INTEGER NOT NULL CHECK (newsletter IN (0, 1))
);
"""

# The correct schema enforces realm-name uniqueness in the database.
_REALMS_CORRECT = """
CREATE TABLE IF NOT EXISTS realms (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    owner TEXT NOT NULL,
    created_at TEXT NOT NULL
);
"""
# Racy mode deliberately has no constraint: uniqueness is only checked in code.
_REALMS_RACY = """
CREATE TABLE IF NOT EXISTS realms (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    owner TEXT NOT NULL,
    created_at TEXT NOT NULL
);
"""


def now():
    """Current UTC time as an ISO 8601 string with milliseconds."""
    return datetime.now(timezone.utc).isoformat(timespec="milliseconds")


def connect(path):
    """New autocommit connection; callers use explicit BEGIN for writes."""
    conn = sqlite3.connect(path, timeout=5.0, isolation_level=None,
                           check_same_thread=False)
    conn.row_factory = sqlite3.Row
    conn.execute("PRAGMA busy_timeout = 5000")
    conn.execute("PRAGMA foreign_keys = ON")
    return conn


def hash_password(password, salt=None):
    salt = salt if salt is not None else secrets.token_bytes(16)
    digest = hashlib.pbkdf2_hmac("sha256", password.encode("utf-8"), salt,
                                 PBKDF2_ITERATIONS)
    return salt, digest


def verify_password(password, salt, expected):
    return hmac.compare_digest(hash_password(password, salt)[1], expected)


def init(path, racy=False):
    """Create the schema (if missing) and seed the admins."""
    conn = connect(path)
    try:
        conn.execute("PRAGMA journal_mode = WAL")
        conn.executescript(_SCHEMA + (_REALMS_RACY if racy else _REALMS_CORRECT))
        conn.execute("BEGIN IMMEDIATE")
        for username, password in SEEDED_ADMINS:
            if conn.execute("SELECT 1 FROM admins WHERE username = ?",
                            (username,)).fetchone() is None:
                salt, digest = hash_password(password)
                conn.execute("INSERT INTO admins (username, salt, pw_hash) "
                             "VALUES (?, ?, ?)", (username, salt, digest))
        conn.execute("COMMIT")
    finally:
        conn.close()

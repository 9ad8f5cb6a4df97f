"""Data operations of the demo portal (accounts, sessions, realms, tokens).

Every function takes an open connection from ``db.connect``; writes run in
explicit ``BEGIN IMMEDIATE`` transactions.  Operations shared by the HTML UI
and the JSON API return an ``Outcome`` so both speak the same messages.
"""

import hashlib
import re
import secrets
import sqlite3
import time
from collections import namedtuple
from contextlib import contextmanager

from portal import db

NAME_RE = re.compile(r"^[A-Za-z0-9_.-]{3,32}$")
TOKEN_NAME_RE = re.compile(r"^[A-Za-z0-9_.-]{1,64}$")
NAME_RULE = "must be 3-32 letters, digits, '.', '_' or '-'"

Outcome = namedtuple("Outcome", "ok status message")


@contextmanager
def write(conn):
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield conn
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")


def valid_name(name):
    return bool(NAME_RE.match(name or ""))


def sha256(text):
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


# --- accounts -------------------------------------------------------------

def create_account(conn, username, password, status="Pending"):
    if not valid_name(username):
        return Outcome(False, 400, f"Username {NAME_RULE}")
    if not password:
        return Outcome(False, 400, "Password must not be empty")
    salt, digest = db.hash_password(password)
    try:
        with write(conn):
            conn.execute(
                "INSERT INTO accounts (username, salt, pw_hash, status, created_at)"
                " VALUES (?, ?, ?, ?, ?)",
                (username, salt, digest, status, db.now()))
    except sqlite3.IntegrityError:
        return Outcome(False, 409, f"Username {username} is already taken")
    return Outcome(True, 201, f"Account {username} registered; status {status}")


def check_login(conn, kind, username, password):
    table = "admins" if kind == "admin" else "accounts"
    row = conn.execute(f"SELECT salt, pw_hash FROM {table} WHERE username = ?",
                       (username or "",)).fetchone()
    if row is None:
        db.hash_password(password or "")  # similar timing for unknown users
        return False
    return db.verify_password(password or "", row["salt"], row["pw_hash"])


def get_account(conn, username):
    return conn.execute("SELECT username, status, created_at, approved_by "
                        "FROM accounts WHERE username = ?", (username,)).fetchone()


def list_accounts(conn, status=None):
    sql = "SELECT username, status, created_at, approved_by FROM accounts"
    args = ()
    if status:
        sql += " WHERE status = ?"
        args = (status,)
    return conn.execute(sql + " ORDER BY created_at, id", args).fetchall()


def pending_count(conn):
    return conn.execute("SELECT count(*) FROM accounts WHERE status = 'Pending'"
                        ).fetchone()[0]


def approve(conn, username, admin):
    with write(conn):
        cur = conn.execute("UPDATE accounts SET status = 'Active', approved_by = ?"
                           " WHERE username = ? AND status = 'Pending'",
                           (admin, username))
    return cur.rowcount == 1


# --- sessions -------------------------------------------------------------

def new_session(conn, kind, username):
    token = secrets.token_urlsafe(32)
    with write(conn):
        conn.execute("INSERT INTO sessions (token, kind, username, created_at)"
                     " VALUES (?, ?, ?, ?)", (token, kind, username, db.now()))
    return token


def session_user(conn, kind, token):
    """The admin name or the account row of a valid session, else None."""
    if not token:
        return None
    if kind == "admin":
        row = conn.execute(
            "SELECT a.username FROM sessions s JOIN admins a"
            " ON a.username = s.username WHERE s.token = ? AND s.kind = 'admin'",
            (token,)).fetchone()
        return row["username"] if row else None
    return conn.execute(
        "SELECT a.username, a.status FROM sessions s JOIN accounts a"
        " ON a.username = s.username WHERE s.token = ? AND s.kind = 'account'",
        (token,)).fetchone()


def delete_session(conn, token):
    if token:
        with write(conn):
            conn.execute("DELETE FROM sessions WHERE token = ?", (token,))


# --- realms ---------------------------------------------------------------

def create_realm(conn, account, name, racy=False, race_window_ms=50):
    """Create realm ``name`` for ``account`` (a row with username/status).

    Shared by the UI and the API.  The correct mode relies on the UNIQUE
    constraint inside one transaction; racy mode checks then inserts.
    """
    owner = account["username"]
    if account["status"] != "Active":
        return Outcome(False, 403, f"Account {owner} is pending approval")
    if not valid_name(name):
        return Outcome(False, 400, f"Realm name {NAME_RULE}")
    duplicate = Outcome(False, 409, f"Realm {name} already exists")
    if racy:
        with write(conn):
            exists = conn.execute("SELECT count(*) FROM realms WHERE name = ?",
                                  (name,)).fetchone()[0]
        if exists:
            return duplicate
        # Deliberate pause between check and insert: it models the latency of
        # a slow uniqueness check in a real service (remote call, cache miss)
        # so that the check-then-insert race is observable by concurrent
        # clients.  Sequential requests never produce duplicates.
        time.sleep(race_window_ms / 1000.0)
        with write(conn):
            conn.execute("INSERT INTO realms (name, owner, created_at)"
                         " VALUES (?, ?, ?)", (name, owner, db.now()))
        return Outcome(True, 201, f"Realm {name} created")
    try:
        with write(conn):
            conn.execute("INSERT INTO realms (name, owner, created_at)"
                         " VALUES (?, ?, ?)", (name, owner, db.now()))
    except sqlite3.IntegrityError:
        return duplicate
    return Outcome(True, 201, f"Realm {name} created")


def list_realms(conn, owner):
    return conn.execute("SELECT name, created_at FROM realms WHERE owner = ?"
                        " ORDER BY id", (owner,)).fetchall()


def count_realms(conn, name):
    return conn.execute("SELECT count(*) FROM realms WHERE name = ?",
                        (name,)).fetchone()[0]


# --- API tokens -----------------------------------------------------------

def create_token(conn, account, name):
    """Returns (Outcome, secret or None).  The secret is only shown once."""
    owner = account["username"]
    if account["status"] != "Active":
        return Outcome(False, 403, f"Account {owner} is pending approval"), None
    if not TOKEN_NAME_RE.match(name or ""):
        return Outcome(False, 400, "Token name must be 1-64 letters, digits, "
                                   "'.', '_' or '-'"), None
    secret = "pst_" + secrets.token_hex(20)
    try:
        with write(conn):
            conn.execute("INSERT INTO tokens (account, name, secret_hash, prefix,"
                         " created_at) VALUES (?, ?, ?, ?, ?)",
                         (owner, name, sha256(secret), secret[:6], db.now()))
    except sqlite3.IntegrityError:
        return Outcome(False, 409, f"Token {name} already exists"), None
    return Outcome(True, 201, f"Token {name} created"), secret


def revoke_token(conn, owner, name):
    with write(conn):
        conn.execute("DELETE FROM tokens WHERE account = ? AND name = ?", (owner, name))


def list_tokens(conn, owner):
    return conn.execute("SELECT name, prefix, created_at FROM tokens"
                        " WHERE account = ? ORDER BY id", (owner,)).fetchall()


def account_for_token(conn, secret):
    if not secret:
        return None
    return conn.execute(
        "SELECT a.username, a.status FROM tokens t JOIN accounts a"
        " ON a.username = t.account WHERE t.secret_hash = ?",
        (sha256(secret),)).fetchone()


LANGUAGES = {"en": "English", "fi": "Suomi", "de": "Deutsch"}


def get_preferences(conn, owner):
    row = conn.execute("SELECT language, newsletter FROM preferences WHERE account = ?",
                       (owner,)).fetchone()
    return {"language": row[0], "newsletter": bool(row[1])} if row else {
        "language": "en", "newsletter": False}


def save_preferences(conn, owner, language, newsletter):
    if language not in LANGUAGES:
        return Outcome(False, 400, f"Language must be one of {', '.join(LANGUAGES)}")
    with write(conn):
        conn.execute("INSERT INTO preferences (account, language, newsletter) VALUES (?, ?, ?) "
                     "ON CONFLICT (account) DO UPDATE SET language = excluded.language, "
                     "newsletter = excluded.newsletter", (owner, language, int(newsletter)))
    return Outcome(True, 200, "Preferences saved")


# --- test support ---------------------------------------------------------

def reset(conn):
    with write(conn):
        for table in ("tokens", "realms", "sessions", "preferences", "accounts"):
            conn.execute(f"DELETE FROM {table}")

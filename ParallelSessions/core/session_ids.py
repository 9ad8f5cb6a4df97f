"""Session ids: readable names such as ``admin`` or ``account_alice``, checked once.

Ids name screenshot, trace and video files, so they are short and safe in a file
name; the ids of the built-in roles (``admin``, ``anonymous``, ``account_<name>``)
cannot name a session of another role.
"""

from __future__ import annotations

from .errors import ParallelSessionsError
from .roles import SESSION_ID
from .session import reserved_role

MAX_ID_LENGTH = 64


def next_id(role: str, taken: set[str]) -> str:
    """``<role>_<n>`` with the smallest ``n`` not ``taken``."""
    number = 1
    while f"{role}_{number}" in taken:
        number += 1
    return f"{role}_{number}"


def checked_id(session_id: str, role: str) -> str:
    """``session_id`` (stripped) when it may name a session of ``role``; else a sentence."""
    session_id = str(session_id).strip()
    if not SESSION_ID.match(session_id):
        raise ParallelSessionsError(
            f"Session id '{session_id}' is not valid; use letters, digits and _ . - @ only.")
    if len(session_id) > MAX_ID_LENGTH:
        raise ParallelSessionsError(
            f"Session id '{session_id[:20]}...' is {len(session_id)} characters long; use at "
            f"most {MAX_ID_LENGTH} (ids name screenshot and trace files).")
    owner = reserved_role(session_id)
    if owner is not None and owner != role:
        raise ParallelSessionsError(
            f"Session id '{session_id}' belongs to role '{owner}' and cannot name a session "
            f"of role '{role}'; choose another id.")
    return session_id

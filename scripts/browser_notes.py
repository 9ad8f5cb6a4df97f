"""Why a Browser keyword is not the same here: read by scripts/browser_table.py."""

NOTES = {}

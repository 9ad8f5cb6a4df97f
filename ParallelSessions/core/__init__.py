"""The core: sessions and their manager, contexts, pages, logins, options, traffic, secrets,
files, selectors and settings. Playwright only, no Robot Framework: the keywords and the
pytest plugin both stand on it."""

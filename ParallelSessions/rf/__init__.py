"""The Robot Framework side: the listener, the session labels of the log, assertions, the
keyword component base with its one path to the browser, plugins and the introduction."""

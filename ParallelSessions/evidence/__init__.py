"""What a run leaves to read: the activity record of the sessions' steps, the timeline,
the gallery and tables for log.html, failure screenshots, traces and videos."""

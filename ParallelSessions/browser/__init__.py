"""The browser runtime: finding and launching Chromium, browser servers, the prewarm pool
and the event-loop thread that every Playwright call of the library runs on."""

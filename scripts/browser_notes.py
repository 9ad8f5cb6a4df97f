"""Why a Browser keyword is not the same here: read by scripts/browser_table.py.

Each note is (kind, text). Kinds: "same name, other arguments" (we have the keyword; the
text says what differs and why), "ours" (we do the job under another name: the text names
our keywords in backticks) and "left out" (the reason). A keyword that is the same needs no
note; a remark on it may be given with the kind "remark".
"""

OTHER, OURS, LEFT_OUT, REMARK = "same name, other arguments", "ours", "left out", "remark"

MACHINERY = "Browser's own machinery, not a step of a test: out of scope."

NOTES = {
    # Browsers, contexts and servers: here one shared Chromium runs every session.
    "Close Browser Server": (OURS, "Browser servers are started and stopped by the run; "
                             "the library connects to them with the import argument "
                             "browser_endpoint (see the guide), and `Close All Sessions` "
                             "closes our sessions on them."),
    "Launch Browser Server": (OURS, "A run starts its servers with playwright launch-server "
                              "and gives their addresses to the import argument "
                              "browser_endpoint; `Open Session` spreads sessions over them."),
    "Connect To Browser": (OURS, "The import argument browser_endpoint connects to one or "
                           "more running browser servers; `Open Session` then opens "
                           "sessions there."),
    "New Persistent Context": (LEFT_OUT, "A persistent context is one browser with one "
                               "profile folder, which the shared browser of every session "
                               "cannot be. `New Context` with `storageState` (or a saved "
                               "login, `login_state_dir`) keeps a session's state instead."),
    "Open Browser": (LEFT_OUT, "A debugging aid that opens a headed browser and pauses on "
                     "failure; this library runs headless on CI machines. Use `New Context` "
                     "and `New Page` (or `Open Session`), and the failure gallery."),
    "Get Browser Catalog": (LEFT_OUT, MACHINERY),
    "Merge Coverage Reports": (LEFT_OUT, MACHINERY),
    "Start Coverage": (LEFT_OUT, MACHINERY),
    "Stop Coverage": (LEFT_OUT, MACHINERY),
    "Set Presenter Mode": (LEFT_OUT, MACHINERY + " It slows every keyword down for a human "
                           "watching a headed browser."),
    "Show Keyword Banner": (LEFT_OUT, MACHINERY + " Part of presenter mode."),
    "Set Highlight On Failure": (LEFT_OUT, MACHINERY + " At a failure this library takes a "
                                 "screenshot of every session instead."),
    "Register Keyword To Run On Failure": (LEFT_OUT, "At a failure this library takes a "
                                           "screenshot of every session (the failure "
                                           "gallery); a suite adds its own steps with a "
                                           "test teardown and `Run Keyword If Test Failed`."),
    "Record Selector": (LEFT_OUT, "Needs a headed browser and a person picking elements; "
                        "use Playwright's `codegen`."),
    "Http": (OURS, "`API Request`, `API Get`, `API Post`... send HTTP requests with the "
             "current session's cookies or from an HTTP-only api session (`Open API Session`), "
             "and fail on a 4xx or 5xx unless expected_status says otherwise."),
    "New Context": (OTHER, "Opens an anonymous session with Browser's context options. "
                    "viewport defaults to the library's viewport (1280x720 unless the import "
                    "arguments viewport_width and viewport_height say otherwise), so one "
                    "setting sizes every session; tracing, recordVideo, recordHar, proxy and "
                    "clientCertificates are refused, naming the setting to use here."),
    "Crawl Site": (LEFT_OUT, "A site crawler rather than a test step; not yet built."),
    "Eat All Cookies": (OURS, "Browser removes banners with a list of known cookie-banner "
                        "makers; here `Add Locator Handler Click` accepts the application's "
                        "own banner whenever it shows, in the session it is added to."),
    "Create Credential": (LEFT_OUT, "Virtual WebAuthn authenticators (passkeys) need the "
                          "Chrome DevTools Protocol per session; not yet built."),
    "Delete Credential": (LEFT_OUT, "See `Create Credential`: not yet built."),
    "Get Credential": (LEFT_OUT, "See `Create Credential`: not yet built."),
    "Install Credential": (LEFT_OUT, "See `Create Credential`: not yet built."),
    "Set Default Run Before Unload": (LEFT_OUT, "Sessions close at the end of their test or "
                                      "suite without running beforeunload handlers; `Close "
                                      "Page` with `runBeforeUnload=True` runs them for one "
                                      "page."),
}

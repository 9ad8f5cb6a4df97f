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
    "Cancel Download": (LEFT_OUT, "`Download` and `Promise To Wait For Download` return once "
                        "the file is saved whole, so there is no unfinished download to cancel; "
                        "wait_for_finished=False is refused with a sentence."),
    "Get Download State": (LEFT_OUT, "See Cancel Download: a download is always finished "
                           "when its keyword returns."),
    "Save Storage State": (OTHER, "credentials (virtual WebAuthn authenticators) is left out "
                           "with the credential keywords; the rest is Browser's, and id names "
                           "another session than the current one."),
    "Set Assertion Formatters": (LEFT_OUT, "Not built yet: every getter would take the "
                                 "formatters. Until then the then operator normalises a value "
                                 "before it is compared, for example then  ' '.join(value.split())."),
    "Set Selector Prefix": (LEFT_OUT, "Not built yet. Frames are entered with >>> in each "
                            "selector, and `Get Element` returns a reference to chain from."),

    # Remarks: the same arguments, and what a Browser user should still know.
    "Set Retry Assertions For": (REMARK, "Without it, a getter's assertion is retried until the "
                                 "keyword's timeout, not for 1 s: sessions wait for each other, "
                                 "and another actor's change often lands later."),
    "Set Browser Timeout": (REMARK, "0 or a negative time is refused: every keyword is bounded."),
    "Evaluate JavaScript": (REMARK, "undefined comes back as None (Browser: an empty text); a "
                            "call without a function fails with a sentence showing the fix."),
    "Fill Secret": (REMARK, "$var and %ENV are resolved as in Browser; a plain text is still "
                    "accepted (and masked from then on), where Browser refuses it."),
    "Type Secret": (REMARK, "As Fill Secret."),
    "Close Page": (REMARK, "A context is a session: context=ALL means every session. Returns "
                   "the closed pages' ids and sessions; their errors are in the log."),
    "Get Page Ids": (REMARK, "Page ids repeat across sessions, so context=ALL lists the "
                     "current session's pages."),
    "Handle Future Dialogs": (REMARK, "Covers every page of the session, until changed; a "
                              "session accepts dialogs until told otherwise (Browser "
                              "dismisses them)."),
    "Wait For Alert": (REMARK, "Works after the click too: dialogs are answered when they "
                       "appear, and the keyword checks the answer given."),
    "Get Selected Options": (REMARK, "option_attribute=text returns each option's text "
                             "(Browser: its label)."),
    "Get Cookie": (REMARK, "Also takes assertion operators, which check the cookie's value."),
    "Get Checkbox State": (REMARK, "An expected state other than checked/unchecked, "
                           "true/false and their like is refused (Browser takes it as checked)."),
    "Take Screenshot": (REMARK, "A relative filename stays inside the screenshot folder; crop "
                        "with selector, and timeout=0, are refused."),
    "Download": (REMARK, "Fails on a status other than 2xx (expected_status= accepts others) "
                 "and returns status and url too; wait_for_finished=False is refused."),
    "Upload File By Selector": (REMARK, "A folder is refused (Browser uploads the files in it)."),
    "Wait For Navigation": (REMARK, "Also passes when the page is already at the URL."),
    "Promise To Wait For Download": (REMARK, "downloadID is None: there is no Get Download State."),
    "Mouse Button": (REMARK, "clickCount=2 fires dblclick, as a real double click does; x "
                     "without y is refused."),
    "Get Aria Snapshot": (REMARK, "return_type is yaml only (dict and parsed are refused)."),
    "New Browser": (REMARK, "Every session runs in one shared Chromium; launch options it "
                    "cannot apply are named in a warning."),
    "Tap": (REMARK, "Needs a touch device: a session opened with device= (a phone) or "
            "hasTouch=True."),
    "Highlight Elements": (REMARK, "The border never blocks a click and is not part of Get "
                           "Page Source."),
    "Go To": (REMARK, "Also takes expected_status=; returns 0 when there is no HTTP response."),
}

"""The second half of the library's introduction: evidence, secrets, lifecycle, options,
selectors, assertions, timeouts, configuration, plugins and examples."""

OPERATIONS = """= Failure evidence =

When a keyword fails and the failure fails the test (not one that
``Run Keyword And Expect Error``, ``Run Keyword And Ignore Error``,
``Wait Until Keyword Succeeds`` or a TRY/EXCEPT handles), the library logs,
right under the failing keyword, one gallery with a screenshot of every open
session. The failing session (whose step failed, else the current one) comes
first, framed in red and captioned "Failed here"; every image is captioned
with its id, role, username and URL, is shown large enough to read the page,
and opens full size when clicked; a session with several pages shows each.
A timeline follows: one lane per session, a bar per step of the test from
its start to its end (green passed, red failed, grey prepared before
``SYNC``), ``SYNC`` releases as dashed lines and the failure marked with a
cross; hovering a bar shows the step and its duration. It is inline SVG, so
log.html stays one file; more than 20 sessions share a last lane. The same
timeline follows every `Run In Sessions Concurrently`. Below come the console
errors and uncaught page errors each session had since the test started
(at most 50 per session, then a count of the rest). It happens once per
failure, whichever keyword failed (this library's, BuiltIn's or a user
keyword's) and however deeply nested, also in setups and teardowns.
The files are under ``${OUTPUT DIR}/parallel-sessions/``, named by test,
process id and session id, so pabot processes never overwrite each other.
``screenshot_on_failure=CURRENT`` captures only the current session,
``OFF`` none (the timeline is still logged); `Take Screenshots Of All
Sessions` takes the gallery on demand.

Every test ends with a summary per session: its steps (and failed ones),
the time spent in them, the pages it visited, its console errors and its
failed requests (status 400 or more).

With ``trace=ON`` or ``trace=RETAIN_ON_FAILURE`` every session also records
a Playwright trace (actions, DOM snapshots, network) per test, kept for every
test or only for failed ones, under ``${OUTPUT DIR}/parallel-sessions/traces/``
and linked from the log with the command that opens it
(``playwright show-trace <file>``).

With ``record_video=ON`` or ``record_video=RETAIN_ON_FAILURE`` (or
`Open Session` with ``record_video=``) every session is filmed. Playwright
finishes a video only when its page closes, so a video covers a session's
life: with ``auto_closing=TEST`` one video per session and test. It is named
``<test>-<pid>-<session id>.webm`` under
``${OUTPUT DIR}/parallel-sessions/videos/``, linked from the gallery and
from the end of the test, and kept for every test (``ON``) or when a test
the session lived in failed (``RETAIN_ON_FAILURE``). The video of a session
where `Fill Secret` typed into a field that shows its text is deleted.
Videos need ffmpeg: ``playwright install ffmpeg``, or the system's
(``apt-get install ffmpeg``), which the library then uses.

= Secrets =

Passwords and tokens reach the library best as Robot Framework ``Secret``
values: a variable declared ``${password: Secret}`` (for example
``VAR    ${password: Secret}    %{APP_PASSWORD}``), or the password a login
keyword receives. The library types and sends them but never writes them:

- `Fill Secret`, ``bearer_token`` and Secret header values are logged as
  ``*****``, and so are headers named like a credential (``Authorization``,
  ``Cookie``, ``X-Api-Key``, ``X-Custom-Token``...);
- every secret the library was given (passwords of sessions, `Fill Secret`
  values, tokens, Secret headers, values read with ``as_secret=True``, and
  credential-named fields of JSON API responses, such as a token the server
  issued) is masked in its raw, URL-, JSON- and HTML-encoded forms, in the log,
  in error messages and in Playwright traces;
- response excerpts in the log also mask what looks like a credential:
  ``"token": ...`` and ``password=...`` fields, ``Bearer`` values and runs of
  32 or more letters and digits (not UUIDs). The response an API keyword
  returns prints the same way, so ``${response}=    API Get    ...`` logs no token;
- every saved trace is rewritten before it is kept: secrets are cut out of
  action parameters, DOM snapshots, form posts and bodies, and cookie,
  authorization and password-named values are masked. A session where
  `Fill Secret` typed into a field that shows its text keeps no screencast
  (filmstrip) in its traces, since the frames would show the secret;
- a field that shows its text (not a password field) that `Fill Secret`
  typed into is blacked out in the screenshots of that session;
- the video of a session where `Fill Secret` typed into a field that shows
  its text is deleted; timelines, captions and summaries are masked;
- screenshots, traces, videos and their folders are readable by their owner only.

Not masked: a token a server issues in an HTML page or another non-JSON
body stays in traces (the log masks it only if it looks like a credential),
and a value a test reads from a page or a response without ``as_secret=True``
is a plain string.

At ``--loglevel TRACE`` Robot Framework itself logs the arguments and the
return value of every keyword, and at every level it logs what a keyword's
result is assigned to (``${x} = ...``). It shows a ``Secret`` as
``Secret(value=<secret>)``, but a plain string as written. So:

- keep credentials in ``Secret`` variables, never in plain ones or as literals;
- read tokens from the page with ``as_secret=True``;
- do not pass a value taken from a response to another keyword as ``${...}``:
  use it in an expression with ``$`` syntax, which Robot logs unexpanded:
  ``Should Be True    $response["json"]["token"].startswith("pst_")``;
- assign responses to ``${response}``, not ``&{response}`` (which logs every item).

= Lifecycle =

Sessions never leak between tests. With ``auto_closing=TEST`` (the default)
sessions opened in a test are closed when it ends, and sessions opened in a
suite setup when that suite ends. ``SUITE`` keeps sessions opened in tests
until the suite ends; ``MANUAL`` closes nothing automatically. A session
still open when its scope ends is closed and reported as a warning naming
it: close sessions in a teardown (`Close All Sessions`) to keep the log clean.
`Log Sessions` shows what is open; sessions idle longer than
``session_timeout`` are closed with a warning.

If Chromium or the Playwright driver dies during a test, that test fails
with a sentence naming the lost sessions, and the next session opens in a
fresh browser, so the suite goes on. If the page of a session crashes, its
keywords fail saying so until `Reload` gives it a fresh page. Every keyword
is bounded by its timeout: on a page stuck in a script, even `Get Title`
and `Evaluate JavaScript` fail after the timeout instead of hanging. At the end of the run, also after a failure, Ctrl-C or SIGTERM, the
browser is closed: no Chromium process is left behind.

= Browser options =

`Open Session`, `Open Admin Session`, `Open Account Session` and `Open Anonymous Session`
take browser options by name or as ``&{options}``; `Run Keyword In Temporary Session`
takes them as ``options=${dict}`` (its other named arguments go to the keyword it runs).
They are checked before anything opens; an unknown name or a bad value fails with a
sentence naming the keyword and what is valid.

| =Option= | =Value= |
| device | A Playwright device name such as ``iPhone 13``, ``Pixel 7`` or ``iPad Mini``: its user agent, viewport, scale, touch and mobile mode. |
| viewport | ``1280x720`` or a dictionary with ``width`` and ``height`` (200x200 to 7680x4320). |
| user_agent | The User-Agent header and ``navigator.userAgent``. |
| locale | A language tag such as ``de-DE``: ``navigator.language``, Accept-Language, number and date formats. |
| timezone_id | An IANA time zone such as ``Europe/Berlin``. |
| geolocation | ``52.52,13.405`` or a dictionary with ``latitude``, ``longitude`` and optionally ``accuracy``; give ``permissions=geolocation`` too. |
| permissions | Permission names, a list or separated by commas: ``geolocation``, ``notifications``, ``clipboard-read``... |
| color_scheme | ``light``, ``dark`` or ``no-preference``. |
| offline | ``True``: the session reaches no server. |
| ignore_https_errors | ``True``: invalid and self-signed certificates are accepted. |
| http_credentials | A dictionary with ``username``, ``password`` (a ``Secret``) and optionally ``origin``, for HTTP basic auth. |
| extra_http_headers | A dictionary of headers sent with every request; added to the library's ``extra_http_headers``. |
| storage_state | A file written by `Save Storage State`: the session starts with its cookies and local storage. It replaces a login kept by ``reuse_logins``; a login keyword still runs as usual. |
| record_video | ``ON``, ``RETAIN_ON_FAILURE`` or ``OFF``, see `Failure evidence`. |

A session starts from the library's settings (``viewport_width``, ``viewport_height``,
``locale`` and the import arguments ``ignore_https_errors``, ``user_agent``,
``timezone_id``, ``extra_http_headers``); a ``device`` replaces those it sets; the
options given to the keyword replace both. `Open Anonymous Session` applies the options
of each call to the fresh session (none: the library's defaults); giving options to an
admin or account session that is already open fails.

The ``http_credentials`` password and header values that are credentials
(Authorization, Cookie, X-Api-Key...) are masked wherever the library writes.
`Save Storage State` writes a file only its owner can read (0600), as it holds
login cookies; it logs how many cookies and origins it saved, never a value.

| Open Account Session | mia | ${MIA PASSWORD} | device=iPhone 13 |
| VAR | &{credentials} | username=staging | password=${STAGING PASSWORD} |
| Open Session | anonymous | http_credentials=${credentials} | ignore_https_errors=True |
| ${state}= | Save Storage State | ${OUTPUT DIR}/mia.json |
| Open Session | account | id=mia_again | storage_state=${state} |

= Selectors =

Page keywords take Playwright selectors: CSS by default (``button.primary``,
``tr[data-username="alice"]``), ``text=Approve``, ``id=username``,
``xpath=//h1`` (or just ``//h1``) and ``data-testid=submit``. Actions wait
until the element is attached, visible, enabled and stable before acting.

``>>>`` enters a frame, as in the Browser library: ``iframe#editor >>> #save``
is ``#save`` inside the frame ``iframe#editor`` matches, and frames nest
(``#outer >>> #inner >>> button``). It works in every keyword that takes a
selector, also in concurrent steps.

A keyword that checks one element fails when its selector matches several
and lists the first five of them, so a check never passes on the wrong one.

= Assertions =

The getters `Get Text`, `Get Url`, `Get Title`, `Get Element Count`,
`Get Attribute`, `Get Property`, `Get Checkbox State`, `Get Selected Options`
and `Get Element States` take ``assertion_operator``, ``assertion_expected``
and ``message`` after their own arguments, exactly as in the Browser
library, whose maintained ``robotframework-assertion-engine`` does the
comparing. Without an operator a getter returns the value. With one, it
reads the value again and again until the assertion holds or ``timeout``
ends, so a page that updates a moment later still passes; then it fails
with a sentence naming the keyword, the session, the selector, what was
expected and what the page had:

| Get Text | .status | == | Active |
| Get Url | *= | /dashboard |
| Get Element Count | tr.pending | > | 2 |
| Get Text | .flash | matches | Token .+ created |
| Get Text | .count | validate | int(value) > 3 |
| ${n}= | Get Text | .count | then | int(value) |

| = Operator = | = Alternatives = | = Holds when = |
| ``==`` | ``equal``, ``equals``, ``should be`` | the value equals the expected one |
| ``!=`` | ``inequal``, ``should not be`` | it does not |
| ``>`` ``>=`` ``<`` ``<=`` | ``greater than``, ``less than`` | the comparison holds (numbers for `Get Element Count`) |
| ``*=`` | ``contains`` | the value contains the expected text (lists: every given item) |
| | ``not contains`` | it does not |
| ``^=`` | ``should start with``, ``starts`` | the value starts with it |
| ``$=`` | ``should end with``, ``ends`` | the value ends with it |
| ``matches`` | | the regular expression is found in the value |
| ``validate`` | | the Python expression (with ``value``) is true |
| ``then`` | ``evaluate`` | always: the getter returns the expression's result |

Failure messages read ``Get Text '.status' failed in session 'admin':
Text 'Pending' (str) should be 'Active' (str)``; with ``message=`` the
failure is exactly that message (``{value}`` and ``{expected}`` are filled
in). A getter with an assertion is also a step of `Run In Sessions
Concurrently`; it fails only its own session's part.

``as_secret=True`` on `Get Text`, `Get Attribute` and `Get Property`
returns the value as a ``Secret`` and keeps it out of the log (see
`Secrets`): read a token the page shows and use it without it ever
appearing in log.html.

= Timeouts =

Keywords that wait take ``timeout=`` (e.g. ``timeout=3s``) and otherwise use
the library's ``timeout`` (default 10 seconds). Times are Robot Framework time
strings everywhere: ``3s``, ``1 min 30 s``, ``500 ms``; ``0`` and negative
times are refused. Assertions (getters with an operator, `Element Text
Should Be`, `Page Should Contain` ...) retry until they pass or the timeout
ends, so a page that updates a moment later still passes.

= Configuration =

Every setting is a keyword-only import argument and also an environment
variable; the import argument wins. An invalid value fails the import with a
sentence naming the setting and the accepted form.

| = Import argument = | = Environment variable = | = Default = | = Meaning = |
| base_url        | PARALLEL_SESSION_BASE_URL        | none     | Root that paths in `Go To` are relative to (see also `Set Base Url`). |
| headless        | PARALLEL_SESSION_HEADLESS        | true     | Run Chromium without a window. |
| max_sessions    | PARALLEL_SESSION_MAX             | 10       | Sessions that may be open at once. |
| viewport_width  | PARALLEL_SESSION_VIEWPORT_WIDTH  | 1280     | Page width in pixels. |
| viewport_height | PARALLEL_SESSION_VIEWPORT_HEIGHT | 720      | Page height in pixels. |
| session_timeout | PARALLEL_SESSION_TIMEOUT         | 5 min    | Idle time after which a session is closed with a warning. |
| timeout         | PARALLEL_SESSION_ACTION_TIMEOUT  | 10 s     | Default wait of page keywords. |
| debug           | PARALLEL_SESSION_DEBUG           | false    | Log every browser action with its session id and duration. |
| browser_path    | PARALLEL_SESSION_BROWSER_PATH    | discovered | Chromium executable to use. |
| browser_endpoint | PARALLEL_SESSION_BROWSER_ENDPOINT | none  | ``ws://`` address of a Playwright browser server to use instead of a local Chromium; several, comma-separated, spread the sessions over them (see below). |
| locale          | PARALLEL_SESSION_LOCALE          | en-US    | Browser locale. |
| reuse_logins    | PARALLEL_SESSION_REUSE_LOGINS    | false    | Log each identity in once and reuse the login, see `Logging in`. |
| screenshot_on_failure | PARALLEL_SESSION_SCREENSHOT_ON_FAILURE | ALL | ``ALL`` sessions, the ``CURRENT`` one or ``OFF``, see `Failure evidence`. |
| auto_closing    | PARALLEL_SESSION_AUTO_CLOSING    | TEST     | ``TEST``, ``SUITE`` or ``MANUAL``, see `Lifecycle`. |
| trace           | PARALLEL_SESSION_TRACE           | OFF      | ``OFF``, ``ON`` or ``RETAIN_ON_FAILURE``: Playwright traces, see `Failure evidence`. |
| record_video    | PARALLEL_SESSION_RECORD_VIDEO    | OFF      | ``OFF``, ``ON`` or ``RETAIN_ON_FAILURE``: a video of every session, see `Failure evidence`. |
| ignore_https_errors | PARALLEL_SESSION_IGNORE_HTTPS_ERRORS | false | Accept invalid and self-signed HTTPS certificates in every session, see `Browser options`. |
| user_agent          | PARALLEL_SESSION_USER_AGENT          | Chromium's | User-Agent header and ``navigator.userAgent`` of every session. |
| timezone_id         | PARALLEL_SESSION_TIMEZONE_ID         | system   | Time zone of every session's pages, an IANA name such as ``Europe/Berlin``. |
| extra_http_headers  | PARALLEL_SESSION_EXTRA_HTTP_HEADERS  | none     | Headers sent with every request of every session: JSON text such as ``{"X-Env": "staging"}`` or a dictionary variable. An invalid value is reported without repeating it. |
| login_state_dir | PARALLEL_SESSION_LOGIN_STATE_DIR | none | Folder where saved logins are shared by every process of a run (implies reuse_logins): each identity logs in once per run. |
| login_check_keyword | PARALLEL_SESSION_LOGIN_CHECK_KEYWORD | none | Keyword run in a session opened from a saved login; when it fails, the login keyword runs again. |
| prewarm             | PARALLEL_SESSION_PREWARM             | 0        | Fresh contexts (0 to 20), each with a page, kept ready for the next sessions, see `Sessions`. |
| plugins             | PARALLEL_SESSION_PLUGINS             | none     | Keyword classes of your own: module names, ``module.Class`` names or paths of ``.py`` files, comma-separated, see `Plugins`. |
| admin_login_keyword   | -                          | none     | Login keyword of the ``admin`` role. |
| account_login_keyword | -                          | none     | Login keyword of the ``account`` role. |

With ``browser_endpoint`` the sessions live in a browser on a Playwright
browser server (started with ``playwright launch-server --browser chromium``),
for example one per machine of a pabot run; closing the run disconnects and
leaves the server running.

Several addresses, comma-separated (a list in Python), spread the sessions
over several servers:
| Library | ParallelSessions | browser_endpoint=ws://10.0.0.5:3000/abc, ws://10.0.0.6:3000/def | max_sessions=40 |
Each new session goes to the server with the fewest open sessions of this
library (a tie goes to the server listed first); a server is connected to
when its first session opens. `Get Session Info` (its ``server``), `Log Sessions`
and the screenshots at a failure name each session's server as
``server 2 (ws://10.0.0.6:3000/...)``: the path of the address is not shown,
because the one ``playwright launch-server`` makes up is the secret that lets a
client in. A server that dies fails only the sessions on it: the next keyword
fails naming them and the server, the sessions on the other servers go on,
and new sessions open on the servers still running. A dead server is not
tried again while another listed server is up; when all are down, the next
session tries each again in order (one restarted at the same address is then
used). A server that cannot be reached fails the session being opened on it
and is treated as dead.

Without ``browser_path``, the library uses
Playwright's own Chromium when
``playwright install chromium`` has installed it, else the system Chromium
(``/usr/lib/chromium/chromium``, ``/usr/bin/chromium``) or Google Chrome.

= Plugins =

Keywords of your own, written in Python, become keywords of the library with
the ``plugins`` import argument: a comma-separated list of module names,
``module.Class`` names (found on the Python path, e.g. ``robot --pythonpath``)
and paths of ``.py`` files (write ``${CURDIR}/MyKeywords.py``; a relative path
is taken from the working directory). A plugin is a subclass of
``ParallelSessions.LibraryComponent``; a module stands for every such class
defined in it. The library creates each plugin with itself as the only
argument when it is imported, so a plugin must not start a browser then.

A plugin keyword gets what the library's own keywords have:
- ``self.current_session()`` is the current session: its ``page`` and
  ``context`` are Playwright async objects, ``session_id`` is its id.
- ``self.act(description, operation)`` runs ``await operation(session)`` in the
  current session: logged as ``[session id] description``, bounded by the
  library's timeout and with Playwright's errors turned into one sentence.
- A keyword marked ``@concurrent_keyword()`` whose body is a single
  ``return self.act(...)`` can be a step of `Run In Sessions Concurrently`.
- ``self.runtime.run(coroutine)`` runs any other coroutine on the library's
  event loop, where every Playwright object lives.

| Library | ParallelSessions | plugins=${CURDIR}/DemoPlugin.py |

A plugin that cannot be imported, is not a ``LibraryComponent``, has no
keywords, or has a keyword named like one of the library's or another
plugin's is reported as an error at import, and every keyword of that library
instance then fails with the same sentence. docs/python.md shows a complete
15-line plugin.

= Examples =

| *** Settings ***
| Library    ParallelSessions    base_url=http://127.0.0.1:8000
| ...        admin_login_keyword=Log In As Admin
| ...        account_login_keyword=Log In As Account
| Test Teardown    Close All Sessions
|
| *** Test Cases ***
| Admin Approves And User Sees Update
|     Open Account Session    alice    ${ALICE PASSWORD}
|     Element Text Should Be    .status    Pending
|     Open Admin Session
|     Go To    /admin/accounts/pending
|     Click    tr[data-username="alice"] button[data-action="approve"]
|     Switch To Session    account_alice
|     Reload
|     Element Text Should Be    .status    Active
"""

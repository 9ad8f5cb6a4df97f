"""The library's introduction in the keyword reference (libdoc), one constant per concept.

It is the first page a tester reads, so it stays short: what a session is, the roles,
the keywords to start with, one example and concurrency in a paragraph. The sections
that keyword docs link to by name (`Secrets`, `Configuration`...) give the rule in a
few lines and link to docs/guide.md, which holds the details. Links are relative to
docs/, where the generated reference lives.
"""

GUIDE = "guide.md"

OVERVIEW = f"""ParallelSessions tests a web application with many users at once. Every actor
of a test (an admin, each user, an anonymous visitor) gets a named, isolated
browser *session*, and all sessions live in one shared Chromium.

This page is the keyword reference. The [{GUIDE}|user guide] explains every topic
in depth, and [python.md|docs/python.md] shows the same sessions from pytest.

%TOC%
"""

SESSIONS = f"""= Sessions =

A session is one isolated browser context with its own cookies, storage, login
and pages: nothing done in one session is seen in another. Each session has a
readable id, such as ``admin`` or ``account_alice``.

Exactly one session is *current*, and page keywords such as `Click` and
`Get Text` act on it. Opening a session makes it current, `Switch To Session`
changes it, and `Run Keyword In Session` runs one keyword in another session
and comes back. Every log line starts with the id of the session that acted
(``[account_alice] Click 'button[type=submit]'``), so log.html shows who did
each step.

Sessions opened in a test are closed when it ends (``auto_closing``). The
browser starts with the first session and closes at the end of the run. More in
the user guide:
[{GUIDE}#sessions-and-the-current-session|sessions],
[{GUIDE}#pages|several pages in a session],
[{GUIDE}#prewarmed-sessions|prewarmed sessions] (``prewarm``) and
[{GUIDE}#lifecycle|when sessions close].
"""

ROLES = """= Roles =

Every session has a role that says what kind of actor it is:

| = Role =  | = Opened with =          | = Id =                 | = Who =                                                |
| admin     | `Open Admin Session`     | ``admin``              | the application's administrator                        |
| account   | `Open Account Session`   | ``account_<username>`` | one registered user, one session per username          |
| anonymous | `Open Anonymous Session` | ``anonymous``          | a visitor, not logged in, reset each time it is opened |
| api       | `Open API Session`       | ``api``                | an HTTP-only client without a page                     |
| any name  | `Open Session`           | ``<role>_<n>``         | a role you give a login keyword, e.g. ``moderator``    |

Any other role name is taken as a typo and fails with the list of valid roles.
"""

LOGGING_IN = f"""= Logging in =

The library does not know your application's login form: give each role a user
keyword that logs the current session in, with `Set Login Keyword` or the
``admin_login_keyword`` and ``account_login_keyword`` import arguments. It runs
right after a session of that role opens and gets the session's username and
password; the password is a ``Secret``, typed with `Fill Secret` and never
logged. When it fails, the new session is closed and the opening keyword fails.

With ``reuse_logins`` each user logs in once per run, and with
``login_state_dir`` once for all the processes of a pabot run:
[{GUIDE}#logging-in-once|Logging in once].
"""

FIRST_KEYWORDS = f"""= Keywords to start with =

| = Keyword =                                                  | = Does =                                                                   |
| `Open Admin Session`, `Open Account Session`, `Open Session` | opens a session of a role, logs it in and makes it current                 |
| `Go To`, `Click`, `Fill Text`, `Fill Secret`                 | acts in the current session                                                |
| `Get Text`, `Get Url`, `Get Element Count`                   | reads a value, or checks it with an operator until it holds (`Assertions`) |
| `Switch To Session`                                          | makes another session current                                              |
| `Run In Sessions Concurrently`                               | runs steps in several sessions at the same instant (`Concurrency`)         |
| `Close All Sessions`                                         | closes every session, for example in a test teardown                       |

Selectors are Playwright's: CSS by default, ``text=Approve``, ``id=username``,
``xpath=//h1``, and ``iframe#editor >>> #save`` inside a frame. Every keyword
waits at most its ``timeout=`` (the library's ``timeout``, 10 seconds by
default). See [{GUIDE}#selectors|Selectors] and
[{GUIDE}#waiting-and-timeouts|Waiting and timeouts].
"""

EXAMPLE = """= Example =

An admin approves an account while its user waits, each in a session of their
own. The suite imports the library with its two login keywords (see
`Logging in`) and closes the sessions after each test:

| Library       | ParallelSessions   | base_url=http://127.0.0.1:8000 | admin_login_keyword=Log In As Admin | account_login_keyword=Log In As Account |
| Test Teardown | Close All Sessions |

The test:

| Admin Approves, User Sees Update
|     Open Account Session    alice    ${ALICE PASSWORD}
|     Get Text    .status    ==    Pending
|     Open Admin Session
|     Go To    /admin/accounts/pending
|     Click    tr[data-username="alice"] button[data-action="approve"]
|     Switch To Session    account_alice
|     Reload
|     Get Text    .status    ==    Active

The whole suite is in the [../README.md|README]; ``make demo`` runs it against the
bundled demo portal.
"""

CONCURRENCY = f"""= Concurrency =

Robot Framework runs one keyword at a time; `Run In Sessions Concurrently` runs
this library's page and API keywords (tagged ``concurrent``) in several sessions
at the same instant. ``SYNC`` makes every session wait until all have arrived,
then releases the next step in all of them together: each session clicks as a
user would, and the first request each one's step sends is held where it leaves
the browser until all are waiting, so the requests reach the server together.
When some sessions fail, the others run to the end and the keyword fails once,
naming each failed session; log.html shows every session's steps on a timeline.
User keywords and other libraries' keywords cannot run concurrently:
`Run Keyword In Sessions` runs any keyword in each session, one after another.

| ${{tokens}}= | Run In Sessions Concurrently | account_amy, account_ben |
| ...        | Go To     | /account/tokens/new |
| ...        | AND       | Fill Text | id=name | Token-{{session}} |
| ...        | AND       | SYNC      |
| ...        | AND       | Click     | button[type=submit] |
| ...        | AND       | Get Text  | .token-value |

Releasing inside the pages (``release=page``), timing and failures:
[{GUIDE}#concurrency|Concurrency in the user guide].
"""

ASSERTIONS = f"""= Assertions =

The getters (`Get Text`, `Get Url`, `Get Title`, `Get Element Count`,
`Get Attribute`, `Get Property`, `Get Checkbox State`, `Get Selected Options`,
`Get Select Options`, `Get Element States`) take ``assertion_operator``, ``assertion_expected`` and
``message`` as in the Browser library. Without an operator they return the
value; with one they read it again until the assertion holds or ``timeout``
ends (or, once a value was read, `Set Retry Assertions For`'s time, when it is
set), then fail naming the session, the selector, what was expected and what
the page had.

| Get Text          | .status    | ==       | Active            |
| Get Element Count | tr.pending | >        | 2                 |
| Get Text          | .flash     | matches  | Token .+ created  |

Every operator and what it means: [{GUIDE}#assertions|Assertions in the user guide].
"""

BROWSER_OPTIONS = f"""= Browser options =

`Open Session`, `Open Admin Session`, `Open Account Session` and
`Open Anonymous Session` take browser options for that session by name:
``device=iPhone 13``, ``viewport=1280x720``, ``locale``, ``timezone_id``,
``geolocation``, ``permissions``, ``color_scheme``, ``offline``,
``ignore_https_errors``, ``http_credentials``, ``extra_http_headers``,
``storage_state`` (a file of `Save Storage State`) and ``record_video``. They
are checked before anything opens. Each option's values:
[{GUIDE}#browser-options|Browser options in the user guide].
"""

NETWORK = f"""= Network =

Every session notes its requests and responses from the moment it opens:
`Wait For Response` and `Wait For Request` see what came since the previous
keyword of the session began, so a response caused by the `Click` just before
is never missed. `Add Route` answers, blocks or changes a session's requests
until `Remove Routes`; with ``all_sessions=True`` it also reaches the sessions
opened later, for a test, a suite or the run (``folder=`` answers the assets
a page loads from a CDN). Matchers, results and routes:
[{GUIDE}#network|Network in the user guide].
"""

SECRETS = f"""= Secrets =

Give passwords and tokens as Robot Framework ``Secret`` values (for example
``VAR    ${{password: Secret}}    %{{APP_PASSWORD}}``). The library types and sends
them but never writes them: they are masked in the log (also where Robot
Framework itself logs a value the library knows, such as ``${{value}} = ...``,
and in the debug file), in error messages, in traces and in screenshots. Long
URLs and bodies are logged cut. What is not masked, and how to keep values out of
the log at ``--loglevel TRACE``: [{GUIDE}#secrets|Secrets in the user guide].
"""

FAILURE_EVIDENCE = f"""= Failure evidence =

When a failure fails the test, the log shows, right under the failing keyword,
a screenshot of every open session (the failing one first, framed in red), a
timeline of every session's steps and the console errors of each session.
``screenshot_on_failure``, ``trace`` and ``record_video`` choose what is kept:
[{GUIDE}#failure-evidence|Failure evidence in the user guide].
"""

CONFIGURATION = f"""= Configuration =

Every setting is a keyword-only import argument (see `Importing`) and also an
environment variable; the import argument wins. An invalid value fails the
import with a sentence naming the setting and what it accepts.

| Library | ParallelSessions | base_url=http://127.0.0.1:8000 | timeout=5s | max_sessions=20 |

Every setting with its environment variable and default:
[{GUIDE}#configuration|Configuration in the user guide].
"""

SECTIONS = (OVERVIEW, SESSIONS, ROLES, LOGGING_IN, FIRST_KEYWORDS, EXAMPLE, CONCURRENCY,
            ASSERTIONS, BROWSER_OPTIONS, NETWORK, SECRETS, FAILURE_EVIDENCE, CONFIGURATION)

INTRO = "\n".join(SECTIONS)

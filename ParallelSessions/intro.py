"""The library's introduction in the keyword reference (libdoc): its concepts, by section.

The sections about sessions and what they do are here; those about evidence,
secrets, options and settings are in intro_operations.py.
"""

from .intro_operations import OPERATIONS

CONCEPTS = """ParallelSessions drives several users of one web application at once, each in
a named, isolated browser session.

An admin approves an account while the user waits; two users create tokens in
the same second; an anonymous visitor must not see either. Each of these actors
gets its own *session*: a Playwright browser context with its own cookies,
storage and login, all inside one shared Chromium. Sessions are addressed by
readable ids such as ``admin`` or ``account_alice``, never by opaque handles.

%TOC%

= Sessions =

A session is one isolated browser context with one page. Nothing is shared
between sessions: a cookie set or a login done in one is invisible in the
others. Every session has an ``id``; exactly one session is *current*, and
page keywords such as `Click` or `Get Text` act on it. The keyword that opens a
session makes it current; `Switch To Session` changes it, and
`Run Keyword In Session` runs one keyword in another session and comes back.
Closing the current session makes the session used before it current again.

Each log line of a page keyword starts with the id of the session it acted in,
e.g. ``[account_alice] Click 'button[type=submit]'``, so log.html shows which
actor did each step.
The keyword's line in the log tree is named after the session too
(``[account_alice] Click  button[type=submit]``), so the tree shows who did
what without expanding anything; the arguments stay as written.

Sessions stay open until `Close Session` or `Close All Sessions`, or until
they are idle longer than ``session_timeout``: such a session is closed with a
warning the next time a keyword of this library runs. At most
``max_sessions`` sessions may be open at once. The browser starts at the
first session and closes at the end of the run, also when the run fails or
is stopped.

With ``prewarm=N`` (or ``PARALLEL_SESSION_PREWARM``) the library keeps N fresh
contexts, each with a page, ready for the next sessions, and refills them in
the background after each one is taken: `Open Session` (and `Open Admin
Session`, `Open Account Session`, `Open Anonymous Session`, `Open Sessions`)
then returns without waiting for Chromium. Only a session that needs exactly
the library's defaults takes one: its own browser options, a saved login
(``reuse_logins``) or a video of its own open a context as usual. While videos
are recorded (``record_video``) nothing is prewarmed: a ready context would
film its wait. A ready
context serves one session only and is closed with it. `Set Base Url` replaces
the ready contexts made with the old URL. Ready contexts are not sessions: not
in `Get Session Ids`, not counted by ``max_sessions``; `Log Sessions` says how
many are ready, `Get Session Info` whether a session had one (``prewarmed``),
and `Wait For Prewarmed Sessions` waits for the pool to be full. They are
closed when the run ends. A context the pool cannot make is reported once as a
warning; sessions then open on demand.

= Pages =

A session starts with one page (``page_1``) and may hold several: `New Page`
opens a tab, and the pop-ups and ``target=_blank`` links its pages open join
the session (never another one) as ``page_2``, ``page_3`` ... without becoming
current. Page keywords act on the session's current page; `Switch Page`
changes it (``NEW`` is the page opened since the previous keyword began),
`Get Page Ids` lists them, `Close Page` closes one. `Get Session Info` and
`Log Sessions` list a session's pages, and the failure gallery shows each.

| Click | a[target=_blank] |
| Switch Page | NEW |
| Get Url | *= | /help |
| Close Page |

= Roles =

Every session has a role that says what kind of actor it is:

| = Role =    | = Opened with = | = Default id = | = Meaning = |
| admin       | `Open Admin Session` | ``admin`` | The application's administrator. |
| account     | `Open Account Session` | ``account_<username>`` | One registered user; one session per username. |
| anonymous   | `Open Anonymous Session` | ``anonymous`` | A visitor who is not logged in; one shared session, reset each time it is opened. |
| api         | `Open API Session` | ``api`` | An HTTP-only client, see `API sessions`. |
| any name    | `Open Session` | ``<role>_<n>`` | A role a suite gives a login keyword, e.g. ``moderator``. |

`Open Session` opens any number of sessions of any valid role, with
ids ``<role>_1``, ``<role>_2`` and so on, or the ``id`` you choose. A role name
that is neither built in nor given a login keyword is treated as a typo and
fails with the list of valid roles.

= Logging in =

The library does not know your application's login form; you give each role
a user keyword that logs the *current* session in, with `Set Login Keyword`
or the ``admin_login_keyword`` and ``account_login_keyword`` import arguments.
The library runs it right after opening a session of that role, with the new
session current, and passes the session's username and password when it has
them. The password arrives as a Robot Framework ``Secret``, so it never shows
in log.html or output.xml; type it with `Fill Secret`.

| *** Keywords ***
| Log In As Account
|     [Arguments]    ${username}    ${password}
|     Go To          /account/login
|     Fill Text      id=username    ${username}
|     Fill Secret    id=password    ${password}
|     Click          button[type=submit]
|     Wait For Url   **/account/dashboard

When the login keyword fails, the session is closed and the opening keyword
fails with an error naming the role, so a half-logged-in session never
lingers. An account session opened without a password is not logged in.

With ``login_state_dir=<folder>`` (or ``PARALLEL_SESSION_LOGIN_STATE_DIR``) saved
logins are shared by every process of a run, such as the processes of a pabot
run: each identity (role and username) logs in once per run, not once per
process. Its cookies, storage and the URL where the login keyword left the page
are kept in a file readable by its owner only (0600, in a folder of the owner
only, 0700), named by a hash so that no username appears in the folder; no cookie
value is logged. While one process logs an identity in, another process opening
the same identity waits (and says so in its log), then starts from that login.
A session opened from a saved login starts on the page where the login keyword
left it. Give ``login_check_keyword=<keyword>`` to check such a session: the
keyword runs with the session current, and when it fails the saved login is
discarded, the session gets a fresh context and the login keyword runs again.
`Forget Saved Logins` removes the files, so every process logs in again.

| Library | ParallelSessions | login_state_dir=${OUTPUT DIR}/logins | login_check_keyword=Still Logged In |
| Still Logged In | Get Url | not contains | /login |

= Concurrency =

Robot Framework runs keywords one after another on one thread, and is not
thread-safe. ParallelSessions runs its browser work on an event loop of its
own, so *its* keywords can run in several sessions at the same instant:

| ${tokens}= | `Run In Sessions Concurrently` | ${users} |
| ...    | Go To | /account/tokens/new |
| ...    | AND | Fill Text | id=name | Token-{session} |
| ...    | AND | SYNC |
| ...    | AND | Click | button[type=submit] |
| ...    | AND | Get Text | .token-value |

`Open Sessions` opens several sessions at once (their browser contexts open
concurrently; their login keywords then run one after another):
``${users}=    Open Sessions    account    usernames=amy, ben    passwords=${pw}``.

What can run concurrently: the page and API keywords of this library (the
ones tagged ``concurrent`` in this reference). What cannot: user keywords,
BuiltIn and other libraries' keywords, because Robot executes those itself,
one at a time; `Run Keyword In Sessions` runs any keyword in each session
one after another instead. Session keywords (opening, switching, closing)
are not steps either: open the sessions first, then run steps in them.

``SYNC`` is a start barrier: each session waits there until all have arrived.
The step after it is *prepared* before the barrier (a `Click` finds its
element and waits until it is visible, enabled and stable), then released in
one of two ways:

| =Release= | =How= | =Use it for= |
| ``SYNC`` (``release=network``, the default) | Every session performs the step at once, as a user would (a `Click` is a real, trusted click with its hit test). The first request each step sends (a form post, navigating or not, a ``fetch()``/XHR, a link's navigation, any non-GET) is held where it leaves the browser; when every session's request is waiting, all are let go in one turn of the library's event loop. `API Post` and the other API steps wait for that same instant and send. | Races at the server: requests arrive together however long each renderer took to click, and navigating form posts as tightly as ``fetch()`` ones. |
| ``SYNC    release=page`` | A released `Click` fires inside each page from a timer at one agreed wall-clock instant, with the DOM's ``element.click()`` (an untrusted event, no hit test); other steps start at that instant. | Races inside the pages themselves (client-side state, events), where no request is involved. |

In a network release, a session whose step ends without sending a request
within 0.25 s leaves the release, and nobody waits for a session that
failed; the requests go at the latest after half the step's timeout, with
whichever arrived. The steps table in log.html says, for each session, how
long its request was held. Routes added with `Add Route` still answer a
held request. Measured figures (``benchmarks/release_spread.py``) are in
``docs/benchmarks.md``; a FOR loop of the same clicks spreads them over
hundreds of milliseconds.

When some sessions fail, the others still run to the end (a failed session
leaves the barriers), and the keyword fails once listing each failed
session's error. log.html shows a table of every session's steps with start
times and durations, and a timeline picture of them (see `Failure evidence`).

= API sessions =

`Open API Session` opens an HTTP-only session (role ``api``): no page and no
CORS, requests go through Playwright's request API. With ``from_session`` it
sends the cookies of a browser session (it is logged in as that user);
otherwise it starts with no cookies and keeps none. `API Request` and its
shortcuts `API Get`, `API Post`, `API Put`, `API Patch` and `API Delete`
act on the current session: in a browser session they carry its cookies.
Credentials are masked in the log, see `Secrets`; give tokens with
``bearer_token``. API keywords take ``timeout=`` (the library's ``timeout``
by default) and refuse a response body over ``max_body_size`` (10 MB by
default) from its Content-Length, before it is read: Playwright's driver
holds every body whole, and reading one of about 200 MB kills it.

= Network =

Every session notes its last 500 requests and responses (and failed requests) from the
moment it opens, with the time they came. `Wait For Response` and `Wait For Request` look
at what came since the previous keyword of the session began, then wait for more until
``timeout``: a response caused by the `Click` just before is never missed, and no promise
keyword is needed. Each response (request) is returned once, so two waits in a row return
two responses. Only the returned response's body is read, at most 1 MB of it.

| Click | button#save |
| ${response}= | Wait For Response | /api/preferences |
| Should Be Equal As Integers | ${response}[status] | 200 |

A matcher is one of:
| = Matcher = | = Matches = |
| ``/api/items`` | a path starting with ``/``: compared with the URL's path and query, on any host |
| ``http://cdn.example/app.js`` | the exact URL |
| ``**/api/*`` | a glob over the whole URL: ``*`` is anything but ``/``, ``**`` anything |
| ``regexp=/items\\\\?page=\\\\d+`` | a regular expression searched for in the whole URL |

The result is a dictionary with ``url``, ``method``, ``headers``, ``text``, ``truncated``
and, when the body is JSON, ``json``; a response also has ``status`` and ``status_text``, a
request ``resource_type``. It may hold credentials (Authorization and Cookie headers): the
log gets one summary line, and the dictionary prints with them masked.

`Add Route` answers (``fulfill``), blocks (``abort``) or passes on with extra headers
(``continue``) the session's requests whose URL matches, until `Remove Routes`, a reset of
the session or its close; the route added last wins. ``folder=`` answers with the files of
a folder: the matcher ends in ``/**``, and what ``**`` matches is the file's path in the
folder, so the assets a page loads from a CDN load with no network at all.

With ``all_sessions=True`` a route applies to every browser session: those open and those
opened later (prewarmed ones and reset ones too), until the running test ends (the suite,
when it was added in a suite setup), until the suite ends with ``scope=Suite``, or for the
whole run with ``scope=Global``; `Remove Routes` with ``all_sessions=True`` removes it
earlier. No session needs to be open when it is added.

| Add Route | https://cdn.jsdelivr.net/** | folder=${CURDIR}/cdn | all_sessions=True | scope=Global |
| Add Route | **/cdn/widget.js | body_file=${CURDIR}/assets/widget.js | all_sessions=True |
| Switch To Session | alice |
| Add Route | /api/preferences | status=500 | body={"error": "database down"} |
| Run In Sessions Concurrently | alice, bob | SYNC | AND | Click | button#save |
| ... | AND | Wait For Response | /api/preferences |
| Remove Routes | all_sessions=True |
"""

INTRO = CONCEPTS + "\n" + OPERATIONS

*** Settings ***
Documentation    Import arguments and PARALLEL_SESSION_* environment variables: their effect,
...              browser options given as defaults for every session, and bad values (a probe
...              per kind, since a bad import fails its own suite). Each library instance here
...              has its own name, so every keyword is called by its full name.

Library          OperatingSystem
Library          ParallelSessions    max_sessions=2    AS    Capped
Library          ParallelSessions    session_timeout=1s    AS    ShortLived
Library          ParallelSessions    viewport_width=800    viewport_height=600    debug=True
...              timeout=2s    AS    Custom
Library          ParallelSessions    ignore_https_errors=True    user_agent=Staging-Bot/2.0
...              timezone_id=${CHATHAM}    extra_http_headers=${ENV HEADER}    AS    Defaults
Library          ../resources/DemoPortal.py
Library          ../resources/Probes.py

Suite Setup      Start Portal For All Instances


*** Variables ***
${CHATHAM}       Pacific/Chatham
${ENV HEADER}    {"X-Env": "staging"}


*** Test Cases ***
Opening Past Max Sessions Names The Cap And Where It Is Set
    Capped.Open Session    anonymous
    Capped.Open Session    anonymous
    Run Keyword And Expect Error
    ...    Cannot open session 'anonymous_3': 2 sessions are open, the maximum of 2 set by import argument max_sessions or environment variable PARALLEL_SESSION_MAX; close one or raise the limit.
    ...    Capped.Open Session    anonymous
    Capped.Close Session    anonymous_1
    ${id}=    Capped.Open Session    anonymous
    Should Be Equal    ${id}    anonymous_1
    [Teardown]    Capped.Close All Sessions

Max Sessions From The Environment
    [Setup]    Set Environment Variable    PARALLEL_SESSION_MAX    1
    Import Library    ParallelSessions    locale=en-US    AS    EnvCapped
    EnvCapped.Open Session    anonymous
    Run Keyword And Expect Error
    ...    Cannot open session 'anonymous_2': 1 sessions are open, the maximum of 1 set by import argument max_sessions or environment variable PARALLEL_SESSION_MAX; close one or raise the limit.
    ...    EnvCapped.Open Session    anonymous
    [Teardown]    Run Keywords    EnvCapped.Close All Sessions
    ...    AND    Remove Environment Variable    PARALLEL_SESSION_MAX

Typos In Import Arguments Fail Their Suite And The Run Goes On
    [Documentation]    A bad value is reported as an error and fails every keyword of that
    ...                library instance with a sentence; the next suite runs normally.
    Probe Suite Should Meet Its Expectations    configuration/bad_import
    ...    expected_errors=${{ ["*Invalid value 'abc' for import argument max_sessions*", "*Invalid value 'ten seconds' for import argument timeout*", "*Invalid value 'sometimes'*", "*Invalid value 'NEVER'*", "*Invalid value 'many' for environment variable PARALLEL_SESSION_MAX*", "*Invalid value 'http://127.0.0.1:9' for import argument browser_endpoint*", "*Invalid value '!!!' for import argument locale*", "*for import argument login_state_dir: expected a folder*"] }}

A Bad Prewarm Value Is One Sentence
    Probe Suite Should Meet Its Expectations    configuration/bad_prewarm.robot
    ...    expected_errors=${{ ["*Invalid value 'lots' for import argument prewarm: expected a whole number from 0 to 20.*", "*Invalid value '-1' for environment variable PARALLEL_SESSION_PREWARM: expected a whole number from 0 to 20.*"] }}

A Wrong Browser Path Fails When The First Session Opens
    Import Library    ParallelSessions    browser_path=/no/such/chromium    AS    WrongBrowser
    Run Keyword And Expect Error
    ...    Browser path '/no/such/chromium' set by browser_path or PARALLEL_SESSION_BROWSER_PATH is not an executable file; fix the path or unset it to use a discovered Chromium.
    ...    WrongBrowser.Open Session    anonymous

Idle Sessions Are Closed With A Warning
    [Documentation]    A session unused longer than session_timeout is closed by the next keyword.
    ShortLived.Open Session    anonymous    id=idle
    Wait Until Keyword Succeeds    5s    200ms    ShortLived.Session Should Not Exist    idle
    [Teardown]    ShortLived.Close All Sessions

Closing An Idle Session Explicitly Closes It
    [Documentation]    The idle closer used to close it first, so Close Session failed with
    ...                "Session 'i' was closed".
    ShortLived.Open Session    anonymous    id=i
    # Being idle past session_timeout (1s) is the condition under test, so time must pass.
    Sleep    1.5s
    ShortLived.Close Session    i
    ShortLived.Session Should Not Exist    i

A Browser Path That Is Not Chromium Says So In One Sentence
    Import Library    ParallelSessions    browser_path=/bin/true    AS    NotChromium
    Run Keyword And Expect Error
    ...    Chromium '/bin/true' (from browser_path or PARALLEL_SESSION_BROWSER_PATH) did not start: it exited at once (exit code 0, signal null); point browser_path at a Chromium or Chrome executable, or install one with 'playwright install chromium' or, on Debian/Ubuntu as root, 'apt-get install chromium'.
    ...    NotChromium.Open Session    anonymous

Viewport, Default Timeout And Debug Log
    [Documentation]    LOG 2:1 INFO REGEXP: \\[anonymous_1\\] Go To '/account/login': HTTP 200 \\(\\d+ ms\\)
    Custom.Open Session    anonymous
    Custom.Go To    /account/login
    ${size}=    Custom.Evaluate JavaScript    ${None}    [window.innerWidth, window.innerHeight]
    Should Be Equal    ${size}    ${{ [800, 600] }}
    Run Keyword And Expect Error
    ...    Click '.missing' failed in session 'anonymous_1': Timeout 2000ms exceeded. (no element matches the selector)
    ...    Custom.Click    .missing
    [Teardown]    Custom.Close All Sessions

Import Arguments Set The Defaults And A Session Overrides Them
    [Documentation]    Defaults: ignore_https_errors, user_agent, timezone_id and
    ...    extra_http_headers. A session's header is added to the default ones; its own
    ...    user agent, or a device's, replaces the default one.
    ${https}=    Get Portal Https Url
    Defaults.Open Session    anonymous    id=defaults    extra_http_headers=${{ {"X-Team": "qa"} }}
    Defaults.Go To    ${https}/lab/client
    Defaults.Get Text    id=scheme    ==    https
    Defaults.Get Text    [data-header="user-agent"]    ==    Staging-Bot/2.0
    Defaults.Get Text    [data-header="x-env"]    ==    staging
    Defaults.Get Text    [data-header="x-team"]    ==    qa
    Defaults.Get Text    id=timezone    ==    ${CHATHAM}
    Defaults.Open Session    anonymous    id=own_agent    user_agent=Own-Agent/3.0
    ...    timezone_id=UTC
    Defaults.Go To    ${https}/lab/client
    Defaults.Get Text    [data-header="user-agent"]    ==    Own-Agent/3.0
    Defaults.Get Text    id=timezone    ==    UTC
    Defaults.Open Session    anonymous    id=phone    device=iPhone 13
    Defaults.Go To    ${https}/lab/client
    Defaults.Get Text    [data-header="user-agent"]    contains    iPhone
    [Teardown]    Defaults.Close All Sessions


*** Keywords ***
Start Portal For All Instances
    [Documentation]    Starts the demo portal and makes it the base URL of every library instance.
    ${url}=    Start Demo Portal
    FOR    ${instance}    IN    Capped    ShortLived    Custom    Defaults
        Run Keyword    ${instance}.Set Base Url    ${url}
    END

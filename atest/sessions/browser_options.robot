*** Settings ***
Documentation    Browser options per session: a device, a viewport, headers, a user agent,
...              time zone, locale, position, permissions, colour scheme, offline, HTTPS
...              errors, basic auth and a saved storage state, each seen by the demo portal
...              (/lab/client shows what it received and what the page sees; /lab/staging is
...              behind basic auth; the portal also serves HTTPS with a self-signed
...              certificate). Browser options as import arguments, the defaults of every
...              session, are in configuration/; that a basic auth password never reaches the
...              outputs is in secrets/.

Resource         ../resources/common.resource

Suite Setup      Use Fresh Demo Portal
Test Teardown    Close All Sessions


*** Variables ***
${CHATHAM}      Pacific/Chatham
${STATE DIR}    ${TEMPDIR}/browser-options-${{ uuid.uuid4().hex }}


*** Test Cases ***
A Mobile User Beside A Desktop Admin
    Create Active Accounts    mia
    Open Admin Session
    Go To    /lab/client
    Open Account Session    mia    ${USER PASSWORD}    device=iPhone 13
    Go To    /account/dashboard
    Get Text    .username    ==    mia
    Go To    /lab/client
    Get Text    [data-header="user-agent"]    contains    iPhone
    Get Text    id=viewport    ==    390x664
    Get Text    id=touch    ==    touch
    Switch To Session    admin
    Get Text    [data-header="user-agent"]    not contains    iPhone
    Get Text    id=viewport    ==    1280x720
    Get Text    id=touch    ==    no touch

A Viewport As Text, As A Dictionary And Over A Device
    Open Session    anonymous    id=small    viewport=800x600
    Go To    /lab/client
    Get Text    id=viewport    ==    800x600
    VAR    &{size}=    width=1024    height=768
    Open Session    anonymous    id=tablet    viewport=${size}
    Go To    /lab/client
    Get Text    id=viewport    ==    1024x768
    Open Session    anonymous    id=wide_phone    device=Pixel 7    viewport=600x900
    Go To    /lab/client
    Get Text    id=viewport    ==    600x900
    Get Text    [data-header="user-agent"]    contains    Pixel 7

A Self-Signed Staging Server Needs Ignore Https Errors
    ${https}=    Get Portal Https Url
    Open Session    anonymous    id=strict
    Run Keyword And Expect Error    *net::ERR_CERT_AUTHORITY_INVALID*
    ...    Go To    ${https}/lab/client
    Open Session    anonymous    id=staging    ignore_https_errors=True
    Go To    ${https}/lab/client
    Get Text    id=scheme    ==    https

Basic Auth With A Secret Password
    Set Environment Variable    STAGING_PASSWORD    staging-${{ uuid.uuid4().hex }}
    VAR    ${password: Secret}=    %{STAGING_PASSWORD}
    Create Portal Account    stager    ${password}
    Open Session    anonymous    id=no_credentials
    # Without credentials the page is refused: Chromium's headless shell shows the 401 page,
    # the full Chromium fails the navigation.
    ${refused}    ${message}=    Run Keyword And Ignore Error    Go To    /lab/staging
    ...    expected_status=401
    Should Be True    $refused == 'PASS' or 'net::ERR_INVALID_AUTH_CREDENTIALS' in $message
    ...    msg=${message}
    VAR    &{credentials}=    username=stager    password=${password}
    Open Session    anonymous    id=stager    http_credentials=${credentials}
    Go To    /lab/staging
    Get Text    .basic-auth-user    ==    Signed in with basic auth as stager
    Set Environment Variable    WRONG_PASSWORD    wrong-${{ uuid.uuid4().hex }}
    VAR    ${wrong: Secret}=    %{WRONG_PASSWORD}
    VAR    &{wrong credentials}=    username=stager    password=${wrong}
    Open Session    anonymous    id=wrong    http_credentials=${wrong credentials}
    Go To    /lab/staging    expected_status=401
    Get Text    h1    ==    Authentication required
    [Teardown]    Forget Staging Passwords

Headers And User Agent Seen By The Portal
    VAR    &{headers}=    X-Team=qa    X-Build=1234
    Open Session    anonymous    id=agent    user_agent=ParallelSessions-Agent/1.0
    ...    extra_http_headers=${headers}
    Go To    /lab/client
    Get Text    [data-header="user-agent"]    ==    ParallelSessions-Agent/1.0
    Get Text    [data-header="x-team"]    ==    qa
    Get Text    [data-header="x-build"]    ==    1234
    ${agent}=    Evaluate JavaScript    ${None}    navigator.userAgent
    Should Be Equal    ${agent}    ParallelSessions-Agent/1.0
    Open Session    anonymous    id=plain
    Go To    /lab/client
    Get Text    [data-header="user-agent"]    contains    Chrome
    Get Element Count    [data-header="x-team"]    ==    0

The Page Sees Time Zone, Locale, Position, Permissions And Colour Scheme
    Open Session    anonymous    id=chatham    timezone_id=${CHATHAM}    locale=de-DE
    ...    geolocation=27.7172,85.324    permissions=geolocation,notifications
    ...    color_scheme=dark
    Go To    /lab/client
    Get Text    id=timezone    ==    ${CHATHAM}
    Get Text    id=language    ==    de-DE
    Get Text    id=number    ==    1.234,5
    Get Text    [data-header="accept-language"]    starts    de-DE
    Get Text    id=color-scheme    ==    dark
    Get Text    id=notifications    ==    granted
    Click    id=locate
    Get Text    id=position    ==    27.7172,85.324
    Open Session    anonymous    id=default
    Go To    /lab/client
    Get Text    id=timezone    !=    ${CHATHAM}
    Get Text    id=language    ==    en-US
    Get Text    id=number    ==    1,234.5
    Get Text    id=color-scheme    ==    light
    Get Text    id=notifications    !=    granted
    Click    id=locate
    Get Text    id=position    starts    denied

A Position And Viewport As Dictionaries
    VAR    &{place}=    latitude=60.17    longitude=24.94    accuracy=10
    Open Session    anonymous    id=helsinki    geolocation=${place}
    ...    permissions=${{ ["geolocation"] }}
    Go To    /lab/client
    Click    id=locate
    Get Text    id=position    ==    60.17,24.94

An Offline Session Reaches Nothing
    Open Session    anonymous    id=offline    offline=True
    ${online}=    Evaluate JavaScript    ${None}    navigator.onLine
    Should Be Equal    ${online}    ${False}
    Run Keyword And Expect Error    *net::ERR_INTERNET_DISCONNECTED*    Go To    /lab/client
    Open Session    anonymous    id=online    offline=False
    Go To    /lab/client
    Get Text    id=online    ==    online

A Saved Storage State Opens A Logged-In Session
    Create Active Accounts    sasha
    Open Account Session    sasha    ${USER PASSWORD}
    ${path}=    Save Storage State    ${STATE DIR}/sasha.json
    Should Be Equal    ${path}    ${{ os.path.abspath($STATE_DIR + "/sasha.json") }}
    File Mode Should Be    ${path}    0o600
    File Mode Should Be    ${STATE DIR}    0o700
    Close Session
    Open Session    account    id=restored    storage_state=${path}
    Go To    /account/dashboard
    Get Text    .username    ==    sasha
    Open Session    account    id=fresh
    Go To    /account/dashboard
    Url Should Contain    /account/login
    [Teardown]    Remove State Folder

Saving Over An Existing File Keeps It Owner-Only
    Open Session    anonymous    id=visitor
    Go To    /lab/client
    LocalStorage Set Item    theme    dark
    Create File    ${STATE DIR}/shared.json    {}
    Evaluate    os.chmod($STATE_DIR + "/shared.json", 0o644)
    ${path}=    Save Storage State    ${STATE DIR}/shared.json    id=visitor
    File Mode Should Be    ${path}    0o600
    ${state}=    Evaluate    json.loads(pathlib.Path($path).read_text())
    Should Be Equal    ${state}[origins][0][localStorage][0][value]    dark
    [Teardown]    Remove State Folder

Every Opening Keyword Takes Options
    Create Active Accounts    otto
    Open Admin Session    color_scheme=dark
    Go To    /lab/client
    Get Text    id=color-scheme    ==    dark
    Open Account Session    otto    ${USER PASSWORD}    viewport=640x480
    Go To    /lab/client
    Get Text    id=viewport    ==    640x480
    VAR    &{options}=    locale=fi-FI    color_scheme=dark
    Open Anonymous Session    &{options}
    Go To    /lab/client
    Get Text    id=language    ==    fi-FI
    Open Anonymous Session
    Go To    /lab/client
    Get Text    id=language    ==    en-US
    Get Text    id=color-scheme    ==    light
    ${agent}=    Run Keyword In Temporary Session    anonymous    Evaluate JavaScript    ${None}
    ...    navigator.userAgent    options=${{ {"device": "Pixel 7"} }}
    Should Contain    ${agent}    Pixel 7
    Session Should Not Exist    anonymous_1
    ${current}=    Get Current Session
    Should Be Equal    ${current}    anonymous

Bad Options Fail With A Sentence Naming The Keyword And What Is Valid
    Run Keyword And Expect Error
    ...    Open Session got the unknown device 'iPhone 99': did you mean iPhone *? valid devices are Playwright's device names, for example iPhone 13, iPhone 15 Pro, Pixel 7, Galaxy S9+, iPad Mini, Desktop Chrome.
    ...    Open Session    anonymous    device=iPhone 99
    Run Keyword And Expect Error
    ...    Open Session got an invalid viewport '1280by720': expected WIDTHxHEIGHT such as 1280x720, or a dictionary with width and height, from 200x200 to 7680x4320.
    ...    Open Session    anonymous    viewport=1280by720
    Run Keyword And Expect Error
    ...    Open Session got the unknown option 'colour_scheme'; valid options are accept_downloads, base_url, bypass_csp, color_scheme, device, device_scale_factor, extra_http_headers, forced_colors, geolocation, has_touch, http_credentials, ignore_https_errors, is_mobile, java_script_enabled, locale, offline, permissions, record_video, reduced_motion, screen, service_workers, storage_state, timezone_id, user_agent, viewport.
    ...    Open Session    anonymous    colour_scheme=dark
    Run Keyword And Expect Error
    ...    Open Anonymous Session got an invalid color_scheme 'dim': expected light or dark or no-preference.
    ...    Open Anonymous Session    color_scheme=dim
    Run Keyword And Expect Error
    ...    Open Session got an invalid timezone_id 'Mars/Olympus': expected an IANA time zone such as Europe/Berlin, America/New_York or UTC.
    ...    Open Session    anonymous    timezone_id=Mars/Olympus
    Run Keyword And Expect Error
    ...    Open Session got an invalid extra_http_headers*; the value of X-Note has a line break, which no header value may have.
    ...    Open Session    anonymous    extra_http_headers=${{ {"X-Note": "a" + chr(10) + "b"} }}
    Run Keyword And Expect Error
    ...    Open Session got an option the browser refuses: Unknown permission: teleport.
    ...    Open Session    anonymous    permissions=teleport
    Run Keyword And Expect Error
    ...    Run Keyword In Temporary Session got the unknown option 'size'; valid options are *
    ...    Run Keyword In Temporary Session    anonymous    Get Title    options=${{ {"size": "big"} }}
    ${ids}=    Get Session Ids
    Should Be Empty    ${ids}

Bad Credentials And Storage States Fail Without Showing A Secret
    Run Keyword And Expect Error
    ...    Open Account Session got an invalid http_credentials: expected a dictionary with username and password (a Secret), and optionally origin, such as *
    ...    Open Account Session    nina    http_credentials=nina:not-a-dictionary
    Run Keyword And Expect Error
    ...    Open Session got an invalid storage_state '${STATE DIR}/missing.json': expected a file written by Save Storage State, and there is no such file.
    ...    Open Session    account    storage_state=${STATE DIR}/missing.json
    Create Directory    ${STATE DIR}/folder.json
    Run Keyword And Expect Error
    ...    Open Session got an invalid storage_state '${STATE DIR}/folder.json': expected a readable file written by Save Storage State, and it cannot be read: Is a directory.
    ...    Open Session    account    storage_state=${STATE DIR}/folder.json
    Create File    ${STATE DIR}/notes.json    these are notes
    Run Keyword And Expect Error
    ...    Open Session got an invalid storage_state '${STATE DIR}/notes.json': expected a file written by Save Storage State (JSON with cookies and origins), and it is not.
    ...    Open Session    account    storage_state=${STATE DIR}/notes.json
    Run Keyword And Expect Error
    ...    Save Storage State got the folder '${STATE DIR}/folder.json'; give a file path such as ${STATE DIR}/folder.json/state.json.
    ...    Run Keyword In Temporary Session    anonymous    Save Storage State    ${STATE DIR}/folder.json
    [Teardown]    Remove State Folder

Options For An Open Session Fail Instead Of Being Ignored
    Open Admin Session
    Run Keyword And Expect Error
    ...    Open Admin Session cannot give browser options to session 'admin': it is open already with its own; close it first, or leave the options out to switch to it.
    ...    Open Admin Session    device=iPhone 13
    ${id}=    Open Admin Session
    Should Be Equal    ${id}    admin


*** Keywords ***
Forget Staging Passwords
    [Documentation]    Removes the passwords the basic auth test put in the environment.
    Close All Sessions
    Remove Environment Variable    STAGING_PASSWORD    WRONG_PASSWORD

Remove State Folder
    [Documentation]    Deletes the saved storage states of a test.
    Close All Sessions
    Remove Directory    ${STATE DIR}    recursive=${True}

File Mode Should Be
    [Documentation]    Fails unless the permission bits of ${path} are ${mode} (octal, e.g. 0o600).
    [Arguments]    ${path}    ${mode}
    ${actual}=    Evaluate    oct(os.stat($path).st_mode & 0o777)
    Should Be Equal    ${actual}    ${mode}    msg=${path} has mode ${actual}, not ${mode}

*** Settings ***
Documentation    Routes for every session: Add Route with all_sessions=True reaches the sessions
...              opened after it (prewarmed ones, ones with options of their own, reset ones) until
...              its scope ends. The CDN lab page loads its script, stylesheet and data from
...              https://cdn.invalid/, which no server answers for: only the suite's route, which
...              answers from the folder assets/cdn, makes them load.

Library          ParallelSessions    prewarm=1    max_sessions=4
Resource         ../examples/portal.resource
Library          ../resources/DemoPortal.py
Library          ../resources/Probes.py

Suite Setup      Use Fresh Portal With The CDN Offline
Test Setup       Wait For Prewarmed Sessions
Test Teardown    Close All Sessions


*** Variables ***
${CDN}       https://cdn.invalid/**
${FOLDER}    ${CURDIR}/assets/cdn
${DATA}      https://cdn.invalid/lab/1.0/data.json


*** Test Cases ***
A Session Opened After The Suite's Route Runs The Page's Script And Stylesheet
    [Documentation]    The route was added in the suite setup, before the browser started: a
    ...                pooled session and one with options of its own (no pool) both get it.
    Open Session    anonymous    id=pooled
    Should Come From The Pool    pooled
    The CDN Lab Should Load From The Folder
    Open Session    anonymous    id=german    locale=de-DE
    ${info}=    Get Session Info    german
    Should Not Be True    ${info}[prewarmed]
    The CDN Lab Should Load From The Folder

A Later Test Gets The Suite's Route In New And Reset Sessions
    Open Anonymous Session
    Should Come From The Pool    anonymous
    The CDN Lab Should Load From The Folder
    Open Anonymous Session
    The CDN Lab Should Load From The Folder

A Test's Route Reaches A Context Prewarmed Before It
    [Documentation]    The pool's context was made before the route was added. The route added
    ...                last answers: the test's, not the suite's folder.
    ...                LOG 3:1 INFO GLOB: Add Route: ${DATA} (fulfill 200 * characters) for every session until the end of test 'A Test's Route Reaches A Context Prewarmed Before It'; open now: no session
    ${ready}=    Wait For Prewarmed Sessions
    Should Be Equal As Integers    ${ready}    1
    Add Route    ${DATA}    body={"message": "data from the test's route"}    all_sessions=True
    Open Session    anonymous    id=pooled
    Should Come From The Pool    pooled
    Go To    /lab/cdn
    Get Text    \#script    ==    ran from the folder
    Click    \#load
    Get Text    \#data    ==    data from the test's route

The Previous Test's Route Ended With Its Test
    [Documentation]    Runs after `A Test's Route Reaches A Context Prewarmed Before It`.
    Open Session    anonymous    id=after
    The CDN Lab Should Load From The Folder

Held Requests Of A SYNC Step Are Answered By The Route
    [Documentation]    The network release holds each session's fetch() of the data and lets it
    ...                go to the route (fallback), which answers from the folder.
    ...                LOG 5:1 INFO REGEXP: .*first.*request held \\d+ ms, let go with the others.*second.*request held \\d+ ms, let go with the others.*
    Open Session    anonymous    id=first
    Go To    /lab/cdn
    Open Session    anonymous    id=second
    Go To    /lab/cdn
    Run In Sessions Concurrently    first, second
    ...    SYNC
    ...    AND    Click    \#load
    ...    AND    Get Text    \#data    ==    data from the folder

A File The Folder Lacks Answers 404 With A Warning
    [Documentation]    LOG 3:2 WARN [anonymous] The route https://cdn.invalid/lab/** has no file '1.0/absent.js' for https://cdn.invalid/lab/1.0/absent.js and answered 404; put the file in its folder, or add a route for that URL.
    ...                LOG 5:1 INFO GLOB: Remove Routes: https://cdn.invalid/lab/**: removed for every session https://cdn.invalid/lab/** (fulfill from folder */assets/cdn/lab, answered 3 in 1 session, 1 file(s) missing)
    Add Route    https://cdn.invalid/lab/**    folder=${FOLDER}/lab    all_sessions=True
    Open Anonymous Session
    Go To    /lab/cdn?absent=1
    Get Text    \#absent    ==    absent.js failed
    Remove Routes    https://cdn.invalid/lab/**    all_sessions=True
    Get Text    \#script    ==    ran from the folder

Removing A Route Takes It From Open And Later Sessions
    Open Session    anonymous    id=open
    Add Route    ${DATA}    status=500    all_sessions=True
    Go To    /lab/cdn
    Click    \#load
    Get Text    \#data    ==    failed: 500
    Remove Routes    ${DATA}    all_sessions=True
    Click    \#load
    Get Text    \#data    ==    data from the folder
    Open Session    anonymous    id=later
    The CDN Lab Should Load From The Folder

Bad Folders, Matchers And Scopes Are Named With The Fix
    Run Keyword And Expect Error
    ...    Add Route failed: folder '${CURDIR}/assets/nothing' does not exist; give the folder whose files answer the requests ($\{CURDIR}/... names one next to the suite).
    ...    Add Route    ${CDN}    folder=${CURDIR}/assets/nothing    all_sessions=True
    Run Keyword And Expect Error
    ...    Add Route failed: folder '${CURDIR}/assets/widget.js' is a file, not a folder; give the folder that holds the files, or answer with this one file with body_file.
    ...    Add Route    ${CDN}    folder=${CURDIR}/assets/widget.js    all_sessions=True
    Run Keyword And Expect Error
    ...    Add Route failed: a route with a folder needs a matcher ending in /**, such as https://cdn.example/** or **/static/**: what ** matches names the file in the folder; got 'https://cdn.invalid/*.js'.
    ...    Add Route    https://cdn.invalid/*.js    folder=${FOLDER}    all_sessions=True
    Run Keyword And Expect Error
    ...    Add Route failed: the matcher 'cdn.invalid/**' is malformed; give a full URL such as http://host/path, a path starting with / such as /api/items, a glob such as \*\*/api/\* or regexp=<pattern>.
    ...    Add Route    cdn.invalid/**    folder=${FOLDER}    all_sessions=True
    Run Keyword And Expect Error
    ...    Add Route failed: give only one of body, body_file and folder (a text, a file, or a folder of files to answer with); got body and folder.
    ...    Add Route    ${CDN}    body=x    folder=${FOLDER}    all_sessions=True
    Run Keyword And Expect Error
    ...    Add Route failed: a folder answers each request with its file (status 200, the type guessed from the extension) or 404 when it has none, so status and content_type do not apply; leave them out.
    ...    Add Route    ${CDN}    folder=${FOLDER}    status=201    content_type=text/css    all_sessions=True
    Run Keyword And Expect Error
    ...    Add Route failed: scope applies to a route for every session (all_sessions=True); a route of one session lasts until Remove Routes, a reset of the session or its close. Leave scope out, or add all_sessions=True.
    ...    Add Route    ${CDN}    folder=${FOLDER}    scope=Suite
    Run Keyword And Expect Error
    ...    EQUALS:Invalid scope 'Week': give one of Global, Suite, Test or Task.
    ...    Add Route    ${CDN}    folder=${FOLDER}    all_sessions=True    scope=Week
    Run Keyword And Expect Error
    ...    Remove Routes failed: no route 'https://cdn.invalid/*' was added for every session, and no open session has one; routes for every session: 'https://cdn.invalid/\*\*'. Give the matcher as Add Route got it, or no matcher to remove them all.
    ...    Remove Routes    https://cdn.invalid/*    all_sessions=True
    Open Anonymous Session
    Run Keyword And Expect Error
    ...    Remove Routes failed in session 'anonymous': it has no route 'https://cdn.invalid/\*\*'; its routes: none. 'https://cdn.invalid/\*\*' is a route for every session: remove it with all_sessions=True.
    ...    Remove Routes    ${CDN}
    The CDN Lab Should Load From The Folder

A Route's Scope Ends With Its Suite, A Global One With The Run
    Probe Suite Should Meet Its Expectations    network/route_scopes


*** Keywords ***
Use Fresh Portal With The CDN Offline
    [Documentation]    Starts and empties the demo portal; the library's base URL points at it,
    ...                and every session of the suite gets https://cdn.invalid/ from the folder.
    ${url}=    Start Demo Portal
    Reset Demo Portal
    Set Base Url    ${url}
    Add Route    ${CDN}    folder=${FOLDER}    all_sessions=True

Should Come From The Pool
    [Documentation]    Session ${id} got its context ready from the prewarm pool.
    [Arguments]    ${id}
    ${info}=    Get Session Info    ${id}
    Should Be True    ${info}[prewarmed]    msg=Session ${id} did not come from the prewarm pool.

The CDN Lab Should Load From The Folder
    [Documentation]    In the current session, the CDN lab page runs its script, applies its
    ...                stylesheet and fetches its data, all answered from the folder.
    Go To    /lab/cdn
    Get Text    \#script    ==    ran from the folder
    Element Should Be Visible    \#styled
    Click    \#load
    Get Text    \#data    ==    data from the folder

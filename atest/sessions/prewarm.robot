*** Settings ***
Documentation    prewarm=N: fresh contexts with a page are kept ready, so Open Session takes one
...              instead of waiting for Chromium. Pooled sessions work and are isolated, sessions
...              with options of their own bypass the pool, Set Base Url reaches the next pooled
...              session, the pool refills in the background, ready contexts are not sessions.

Library          OperatingSystem
Library          String
Library          ParallelSessions    prewarm=2    max_sessions=3
...                  account_login_keyword=Log In As Account
Resource         ../examples/portal.resource
Library          ../resources/DemoPortal.py
Library          ../resources/ProcessTools.py

Suite Setup      Use Fresh Portal
Test Setup       Wait For Prewarmed Sessions
Test Teardown    Close All Sessions


*** Variables ***
${PORTAL}    ${EMPTY}


*** Test Cases ***
Sessions From The Pool Work And Never Share State
    [Documentation]    A ready context goes to one session only: what one session wrote (cookie,
    ...                local storage, a window variable) is absent from the next pooled sessions,
    ...                both while it is open and after it closed.
    Open Session    anonymous    id=writer
    Should Come From The Pool    writer
    Go To    /account/login
    Add Cookie    marker    written-by-writer
    LocalStorage Set Item    marker    written-by-writer
    Evaluate JavaScript    ${None}    window.marker = "written-by-writer"
    Open Session    anonymous    id=reader
    Should Come From The Pool    reader
    Should Hold No Marker
    Close Session    reader
    Close Session    writer
    Wait For Prewarmed Sessions
    Open Session    anonymous    id=after_close
    Should Come From The Pool    after_close
    Should Hold No Marker

A Pooled Session Logs In And The Next Pooled Session Is Logged Out
    Create Portal Account    ivy    ${USER PASSWORD}
    ${id}=    Open Account Session    ivy    ${USER PASSWORD}
    Should Come From The Pool    ${id}
    Element Text Should Be    .username    ivy
    Open Session    anonymous    id=visitor
    Should Come From The Pool    visitor
    Go To    /account/dashboard
    Url Should Contain    /account/login

Sessions With Options Of Their Own Bypass The Pool
    Open Session    anonymous    id=german    locale=de-DE
    ${info}=    Get Session Info    german
    Should Not Be True    ${info}[prewarmed]
    ${language}=    Evaluate JavaScript    ${None}    navigator.language
    Should Be Equal    ${language}    de-DE
    Go To    /account/login
    Add Cookie    marker    saved
    ${state}=    Save Storage State    ${OUTPUT DIR}/prewarm-state.json
    Open Session    anonymous    id=restored    storage_state=${state}
    ${info}=    Get Session Info    restored
    Should Not Be True    ${info}[prewarmed]
    ${cookie}=    Get Cookie    marker
    Should Be Equal    ${cookie}[value]    saved
    Open Session    anonymous    id=plain
    Should Come From The Pool    plain
    [Teardown]    Run Keywords    Close All Sessions
    ...    AND    Remove File    ${OUTPUT DIR}/prewarm-state.json

Set Base Url Reaches The Next Pooled Session
    [Documentation]    The ready contexts were made with the old base URL: none of them may
    ...                serve a session opened after Set Base Url, not even right after it.
    ${other}=    Replace String    ${PORTAL}    127.0.0.1    localhost
    Set Base Url    ${other}
    Open Session    anonymous    id=at_once
    Go To    /account/login
    ${url}=    Get Url
    Should Start With    ${url}    ${other}/
    Wait For Prewarmed Sessions
    Open Session    anonymous    id=later
    Should Come From The Pool    later
    Go To    /account/login
    ${url}=    Get Url
    Should Start With    ${url}    ${other}/
    [Teardown]    Run Keywords    Close All Sessions    AND    Set Base Url    ${PORTAL}

The Pool Refills And Its Contexts Are Not Sessions
    [Documentation]    max_sessions=3 with prewarm=2: the ready contexts count neither in
    ...                Get Session Ids nor against the cap.
    Open Session    anonymous    id=one
    Open Session    anonymous    id=two
    Should Come From The Pool    one
    Should Come From The Pool    two
    ${ready}=    Wait For Prewarmed Sessions
    Should Be Equal As Integers    ${ready}    2
    Open Session    anonymous    id=three
    Should Come From The Pool    three
    ${ids}=    Get Session Ids
    Should Be Equal    ${ids}    ${{ ['one', 'two', 'three'] }}
    Run Keyword And Expect Error
    ...    Cannot open session 'four': 3 sessions are open, the maximum of 3 set by *
    ...    Open Session    anonymous    id=four
    Close Session    one
    Wait For Prewarmed Sessions
    Open Session    anonymous    id=four
    Should Come From The Pool    four
    Log Sessions

Open Anonymous Session And Open Sessions Use The Pool
    ${ids}=    Open Sessions    anonymous    count=2
    Should Come From The Pool    ${ids}[0]
    Should Come From The Pool    ${ids}[1]
    Close All Sessions
    Wait For Prewarmed Sessions
    Open Anonymous Session
    Should Come From The Pool    anonymous
    Go To    /account/login
    Add Cookie    marker    first-visit
    Wait For Prewarmed Sessions
    Open Anonymous Session
    Should Come From The Pool    anonymous
    Should Hold No Marker

A Killed Browser Empties The Pool And The Next Browser Fills It
    [Documentation]    The ready contexts die with Chromium: none may serve a session, and the
    ...                next browser gets a full pool again.
    Open Session    anonymous    id=doomed
    Kill Browser Of This Run
    Wait Until Keyword Succeeds    10s    100ms    No Chromium Of This Run Is Left
    Run Keyword And Expect Error    The browser stopped unexpectedly *    Reload
    ${ready}=    Wait For Prewarmed Sessions
    Should Be Equal As Integers    ${ready}    2
    Open Session    anonymous    id=reborn
    Should Come From The Pool    reborn
    Go To    /
    Get Title    ==    Demo Portal


*** Keywords ***
Use Fresh Portal
    [Documentation]    Starts and empties the demo portal; the library's base URL points at it.
    ${url}=    Start Demo Portal
    Reset Demo Portal
    Set Base Url    ${url}
    VAR    ${PORTAL}=    ${url}    scope=SUITE

Should Come From The Pool
    [Documentation]    Session ${id} got its context ready from the prewarm pool.
    [Arguments]    ${id}
    ${info}=    Get Session Info    ${id}
    Should Be True    ${info}[prewarmed]    msg=Session ${id} did not come from the prewarm pool.

Should Hold No Marker
    [Documentation]    The current session has none of the state the writer session wrote.
    Go To    /account/login
    ${cookies}=    Get Cookies
    Should Be Empty    ${cookies}
    ${item}=    LocalStorage Get Item    marker
    Should Be Equal    ${item}    ${None}
    ${variable}=    Evaluate JavaScript    ${None}    typeof window.marker
    Should Be Equal    ${variable}    undefined

No Chromium Of This Run Is Left
    [Documentation]    Fails unless no Chromium started by this run is still running.
    Run Keyword And Expect Error    No Chromium process of this run was found to kill.
    ...    Kill Browser Of This Run

*** Settings ***
Documentation    Faults: a page stuck in a script, a crashed page and a killed Playwright
...              driver each fail only what they took with them; the tests after each pass.

Resource         ../resources/common.resource
Library          ../resources/ProcessTools.py

Suite Setup      Use Fresh Demo Portal
Test Teardown    Close All Sessions


*** Variables ***
${HANG}    setTimeout(() => { while (true) {} }, 0)


*** Test Cases ***
Keywords On A Hung Page Fail After Their Timeout
    [Documentation]    Reading a page stuck in a JavaScript loop used to wait forever.
    Open Session    anonymous    id=stuck
    Go To    /
    Evaluate JavaScript    ${None}    ${HANG}
    Run Keyword And Expect Error
    ...    Get Title did not finish in session 'stuck' within its timeout of 1 second (abandoned 2 seconds after it): the page does not respond: it answered no script within 1 second, so its main thread is busy (a script on it may be stuck in a loop). Reload the page or close the session; a longer timeout= helps only if the page is merely slow.
    ...    Get Title    timeout=1s
    Run Keyword And Expect Error
    ...    Evaluate JavaScript did not finish in session 'stuck' within its timeout of 1 second (abandoned 2 seconds after it): *
    ...    Evaluate JavaScript    ${None}    1 + 1    timeout=1s
    Run Keyword And Expect Error
    ...    Get Element Count 'a' did not finish in session 'stuck' within its timeout of 1 second (abandoned 2 seconds after it): *
    ...    Get Element Count    a    timeout=1s
    Open Session    anonymous    id=healthy
    Go To    /
    ${title}=    Get Title
    Should Be Equal    ${title}    Demo Portal
    Close Session    stuck

Save Storage State On A Hung Page Fails In Time And Names The Session
    [Documentation]    Reading the storage of a page stuck in a loop used to wait for the library's
    ...    guard (40 s and more) and then name no session.
    Open Session    anonymous    id=stuck
    Go To    /
    Evaluate JavaScript    ${None}    ${HANG}
    Run Keyword And Expect Error
    ...    Save Storage State did not finish in session 'stuck' within * seconds: a page of the session does not answer (a script on it may be stuck in a loop). Reload the page or close the session.
    ...    Save Storage State    ${OUTPUT DIR}${/}stuck-state.json
    File Should Not Exist    ${OUTPUT DIR}${/}stuck-state.json
    Close Session    stuck

A Slow Page Is Not Called Stuck
    [Documentation]    A keyword that outlives its timeout on a page whose main thread is idle
    ...    (here a script awaiting a timer; in the field a slow, large page on a busy machine)
    ...    is not diagnosed as a script stuck in a loop.
    Open Anonymous Session
    Go To    /
    Run Keyword And Expect Error
    ...    Evaluate JavaScript did not finish in session 'anonymous' within its timeout of 1 second (abandoned 2 seconds after it): the page itself answers (no script holds it), so the page or its server is slow, or what the keyword waits for did not happen. A longer timeout= helps if the page is merely slow.
    ...    Evaluate JavaScript    ${None}    new Promise(resolve => setTimeout(resolve, 60000))    timeout=1s
    ${title}=    Get Title
    Should Be Equal    ${title}    Demo Portal

The Test After A Hung Page Passes
    Open Anonymous Session
    Go To    /
    ${title}=    Get Title
    Should Be Equal    ${title}    Demo Portal

A Crashed Page Fails Its Keywords With A Sentence Until Reload
    Create Active Accounts    cora
    Open Account Session    cora    ${USER PASSWORD}
    Open Session    anonymous    id=bystander
    Go To    /
    Switch To Session    account_cora
    Run Keyword And Expect Error
    ...    The page of session 'account_cora' crashed; Reload gives the session a fresh page at the same URL (cookies and login are kept), or close it with Close Session.
    ...    Go To    chrome://crash
    Run Keyword And Expect Error
    ...    The page of session 'account_cora' crashed; Reload gives the session a fresh page at the same URL (cookies and login are kept), or close it with Close Session.
    ...    Get Title
    Run Keyword And Expect Error    The page of session 'account_cora' crashed; *    Get Url
    Reload
    Url Should Contain    /account/dashboard
    Element Text Should Be    .username    cora
    Run Keyword In Session    bystander    Url Should Contain    /

The Test After A Crash Passes
    Open Anonymous Session
    Go To    /
    ${title}=    Get Title
    Should Be Equal    ${title}    Demo Portal

Chromium Killed During Open Sessions Fails At Once And Names What Was Being Opened
    [Documentation]    Used to wait for the library's guard (38 s and more) and then say only that
    ...    the browser did not answer.
    Open Session    anonymous    id=before
    Kill Browser Of This Run Once It Has Renderers    3
    # Sessions that finished opening before the kill are lost too, and named: how many is a
    # race. The headless shell opened all of 8 before the kill landed; 30 leave it time.
    Run Keyword And Expect Error
    ...    REGEXP:Chromium stopped \\(crashed or was killed\\) while opening 30 sessions of role 'anonymous'; \\d+ open session\\(s\\) were lost with it: before(, anonymous_\\d+)*; the next session opens in a fresh browser\\.
    ...    Open Sessions    anonymous    count=30
    Session Should Not Exist    before

The Test After A Killed Chromium Passes
    Open Anonymous Session
    Go To    /
    ${title}=    Get Title
    Should Be Equal    ${title}    Demo Portal

A Killed Driver Fails The Keyword And Names The Lost Sessions
    Open Session    anonymous    id=first
    Open Session    anonymous    id=second
    Kill Playwright Driver Of This Run
    Run Keyword And Expect Error
    ...    The Playwright driver stopped unexpectedly (crashed or was killed) and 2 session(s) were lost: first, second; the next session opens in a fresh driver and browser.
    ...    Get Title
    Session Should Not Exist    first

The Test After A Killed Driver Passes
    Open Anonymous Session
    Go To    /
    ${title}=    Get Title
    Should Be Equal    ${title}    Demo Portal

*** Settings ***
Documentation    What a failing test leaves behind: every session on camera, page errors,
...              leak warnings, and a log that says which session did what.
...              Expected failures are checked by atest/run.py (robotstatuschecker).

Resource         ../../resources/common.resource

Suite Setup      Use Fresh Demo Portal


*** Variables ***
${PID}    ${{ os.getpid() }}


*** Test Cases ***
A Failing Test With Three Sessions Yields Three Labelled Screenshots
    [Documentation]    FAIL Element Text Should Be 'h1' 'Nope' failed in session 'anonymous': Locator expected to have text 'Nope' (actual: 'Broken page')
    ...    LOG 6:1:2 INFO REGEXP: (?s)<b>Sessions at the failure</b>.*✕ Failed here</b> · anonymous · role anonymous · http://.*/broken.*admin · role admin · http://127\\.0\\.0\\.1:\\d+/admin/dashboard.*account_zoe · role account · user zoe · http://.*/account/dashboard.*<svg .*
    ...    LOG 6:1:3 INFO [anonymous] console error: demo console error
    ...    LOG 6:1:4 INFO REGEXP: \\[anonymous\\] uncaught error: (Error: )?demo uncaught error
    Create Portal Account    zoe    ${USER PASSWORD}
    Open Admin Session
    Open Account Session    zoe    ${USER PASSWORD}
    Open Anonymous Session
    Go To    /broken
    Check Heading Is Nope
    [Teardown]    Close All Sessions

The Screenshots Are Files Named By Test, Process And Session
    ${files}=    List Files In Directory    ${OUTPUT DIR}/parallel-sessions
    ...    A_Failing_Test_With_Three_Sessions*-${PID}-*
    Length Should Be    ${files}    3
    ${sessions}=    Evaluate    sorted(f.rsplit('-', 1)[1] for f in $files)
    Should Be Equal    ${sessions}    ${{ ['account_zoe.png', 'admin.png', 'anonymous.png'] }}

Handled Failures Take No Screenshots
    Open Anonymous Session
    Run Keyword And Expect Error    *    Click    .missing    timeout=100ms
    Run Keyword And Ignore Error    Click    .missing    timeout=100ms
    TRY
        Click    .missing    timeout=100ms
    EXCEPT    *    type=GLOB
        No Operation
    END
    Evaluate JavaScript    ${None}
    ...    setTimeout(() => document.body.insertAdjacentHTML('beforeend', '<button id="late">Late</button>'), 300)
    Wait Until Keyword Succeeds    5s    100ms    Click    id=late    timeout=50ms
    ${files}=    List Files In Directory    ${OUTPUT DIR}/parallel-sessions    Handled_Failures*-${PID}-*
    Should Be Empty    ${files}
    [Teardown]    Close All Sessions

A Failure In The Teardown Is Captured Too
    [Documentation]    FAIL Teardown failed:\nClick '#nothing-here' failed in session 'anonymous': Timeout 100ms exceeded. (no element matches the selector)
    ...    LOG teardown:1:2 INFO REGEXP: (?s)<b>Sessions at the failure</b>.*anonymous · role anonymous.*
    Open Anonymous Session
    [Teardown]    Run Keywords    Click    \#nothing-here    timeout=100ms    AND    Close All Sessions

A Failure In Nested Keywords With Teardowns Is Captured Once
    [Documentation]    FAIL Click '.missing' failed in session 'second': Timeout 200ms exceeded. (no element matches the selector)
    # Each keyword teardown on the way out used to capture another gallery.
    Open Session    anonymous    id=first
    Open Session    anonymous    id=second
    Outer Keyword With Teardown
    [Teardown]    Close All Sessions

One Gallery Means One File Per Session
    ${files}=    List Files In Directory    ${OUTPUT DIR}/parallel-sessions
    ...    A_Failure_In_Nested_Keywords*-${PID}-*
    Length Should Be    ${files}    2

Console Errors Are Capped With A Count Of The Rest
    [Documentation]    FAIL Element Text Should Be 'h1' 'Nope' failed in session 'anonymous': Locator expected to have text 'Nope' (actual: 'Demo Portal')
    ...    LOG 4:52 INFO [anonymous] console error: noise 49
    ...    LOG 4:53 INFO [anonymous] ... and 250 more console or page errors, not shown.
    Open Anonymous Session
    Go To    /
    Evaluate JavaScript    ${None}    for (let i = 0; i < 300; i++) console.error('noise ' + i)
    Element Text Should Be    h1    Nope    timeout=200ms
    [Teardown]    Close All Sessions

Take Screenshots Of All Sessions
    Open Admin Session
    Open Anonymous Session
    ${paths}=    Take Screenshots Of All Sessions
    Length Should Be    ${paths}    2
    FOR    ${path}    IN    @{paths}
        File Should Exist    ${path}
    END
    [Teardown]    Close All Sessions

Log Sessions Shows Every Open Session
    [Documentation]    LOG 3:1 INFO REGEXP: <table><tr><th>id</th><th>role</th><th>username</th><th>URL</th><th>pages</th><th>opened</th><th>idle for</th></tr><tr><td>admin</td><td>admin</td><td></td><td>http://.*/admin/dashboard</td><td>page_1</td><td>\\d\\d:\\d\\d:\\d\\d</td><td>\\d+\\.\\d s</td></tr><tr><td>anonymous \\(current\\)</td>.*
    Open Admin Session
    Open Anonymous Session
    Log Sessions
    [Teardown]    Close All Sessions

A Session Left Open Is Closed And Reported As A Leak
    [Documentation]    LOG 2 WARN Session(s) leaky opened in test 'A Session Left Open Is Closed And Reported As A Leak' were still open at its end and were closed (auto_closing=TEST); close sessions in a teardown, or use auto_closing=MANUAL.
    Open Session    anonymous    id=leaky

The Leaked Session Is Gone
    Session Should Not Exist    leaky

Debug Mode Is Off By Default And The Log Stays Compact
    [Documentation]    LOG 2:1 INFO [anonymous] Go To '/': HTTP 200
    Open Anonymous Session
    Go To    /
    [Teardown]    Close All Sessions


*** Keywords ***
Check Heading Is Nope
    [Documentation]    Fails: the heading of the current page is not "Nope".
    Element Text Should Be    h1    Nope    timeout=200ms

Outer Keyword With Teardown
    [Documentation]    Calls a failing keyword; its own teardown runs on the way out.
    Inner Keyword With Teardown
    [Teardown]    Log    outer teardown

Inner Keyword With Teardown
    [Documentation]    Clicks an element that does not exist; its teardown runs on the way out.
    Click    .missing    timeout=200ms
    [Teardown]    Log    inner teardown

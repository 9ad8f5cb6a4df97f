*** Settings ***
Documentation     W1 workload, one user after another, with ParallelSessions keywords.
...               Run by benchmarks/w1/run.py (one test per robot run, selected with --test);
...               run.py times the test body from output.xml. The Suite Setup opens and keeps
...               one anonymous session so that launching Chromium is not timed (the raw
...               Playwright side launches its browser before its timer too).
Library           ParallelSessions    base_url=${BASE_URL}    account_login_keyword=Log In As Account
...               max_sessions=40
Suite Setup       Open Session    anonymous    id=warm
Suite Teardown    Close All Sessions


*** Variables ***
${BASE_URL}       http://127.0.0.1:9
${USERS}          w1u01,w1u02
${PASSWORD}       bench-pass-1
${ROUND}          0


*** Test Cases ***
W1 Sequential
    @{users}=    Evaluate    $USERS.split(',')
    FOR    ${user}    IN    @{users}
        Open Account Session    ${user}    ${PASSWORD}
        Go To    /account/tokens/new
        Fill Text    id=name    s${ROUND}_${user}
        Click    button[type=submit]
        ${token}=    Get Text    .token-value
        Should Not Be Empty    ${token}
    END

No Operation x100
    [Documentation]    Robot Framework's own cost of running 100 keywords.
    FOR    ${i}    IN RANGE    100
        No Operation
    END

Get Url x100
    [Documentation]    Per-keyword cost of a library keyword that does almost nothing in the browser.
    FOR    ${i}    IN RANGE    100
        Get Url
    END

Get Text x100
    [Documentation]    Per-keyword cost of a library keyword with one round trip to the page.
    Go To    /account/login
    FOR    ${i}    IN RANGE    100
        Get Text    h1
    END


*** Keywords ***
Log In As Account
    [Arguments]    ${username}    ${password}
    Go To          /account/login
    Fill Text      id=username    ${username}
    Fill Secret    id=password    ${password}
    Click          button[type=submit]
    Wait For Url   **/account/dashboard

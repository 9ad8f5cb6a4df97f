*** Settings ***
Documentation     W1 workload, all users at once, with `Open Sessions` and
...               `Run In Sessions Concurrently`. Run by benchmarks/w1/run.py (one test per robot
...               run, selected with --test), which times the test body from output.xml.
...               The Suite Setup opens and keeps one anonymous session so that launching
...               Chromium is not timed.
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
W1 Concurrent Steps
    [Documentation]    Contexts open concurrently (Open Sessions), then login and token run
    ...    concurrently as steps. The session id is the username.
    @{users}=    Evaluate    $USERS.split(',')
    ${ids}=    Open Sessions    anonymous    ids=${users}
    ${tokens}=    Run In Sessions Concurrently    ${ids}
    ...    Go To    /account/login
    ...    AND    Fill Text    id=username    {session}
    ...    AND    Fill Secret    id=password    ${PASSWORD}
    ...    AND    Click    button[type=submit]
    ...    AND    Wait For Url    **/account/dashboard
    ...    AND    Go To    /account/tokens/new
    ...    AND    Fill Text    id=name    c${ROUND}_{session}
    ...    AND    Click    button[type=submit]
    ...    AND    Get Text    .token-value
    FOR    ${token}    IN    @{tokens}
        Should Not Be Empty    ${token}
    END

W1 Concurrent Login Keyword
    [Documentation]    As a tester writes it: Open Sessions logs each account in with the
    ...    login keyword (one after another, login keywords are Robot keywords), then the
    ...    token is created concurrently.
    @{users}=    Evaluate    $USERS.split(',')
    @{passwords}=    Evaluate    [$PASSWORD] * len($users)
    ${ids}=    Open Sessions    account    usernames=${users}    passwords=${passwords}
    ${tokens}=    Run In Sessions Concurrently    ${ids}
    ...    Go To    /account/tokens/new
    ...    AND    Fill Text    id=name    k${ROUND}_{session}
    ...    AND    Click    button[type=submit]
    ...    AND    Get Text    .token-value
    FOR    ${token}    IN    @{tokens}
        Should Not Be Empty    ${token}
    END


*** Keywords ***
Log In As Account
    [Arguments]    ${username}    ${password}
    Go To          /account/login
    Fill Text      id=username    ${username}
    Fill Secret    id=password    ${password}
    Click          button[type=submit]
    Wait For Url   **/account/dashboard

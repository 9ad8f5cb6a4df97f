*** Settings ***
Documentation     Memory of ${N} logged-in sessions: `Open Sessions` logs each account in through
...               the portal's form (it ends on the account dashboard), ten at a time, then this process writes
...               the PSS of its whole process tree (robot's Python, the Playwright driver and
...               every Chromium process) to ${MEMORY FILE}. Run by benchmarks/memory.py.

Library           ParallelSessions    base_url=${BASE_URL}    account_login_keyword=Log In As Account
...                   max_sessions=60
Library           proctree.py

Suite Teardown    Close All Sessions


*** Variables ***
${BASE_URL}       http://127.0.0.1:9
${USERS}          memu01,memu02
${PASSWORD}       bench-pass-1
${MEMORY FILE}    ${OUTPUT DIR}/memory.json


*** Test Cases ***
Logged In Sessions Memory
    [Documentation]    Opens the sessions ten at a time (50 contexts opened at once take longer
    ...    than the library's browser timeout on a loaded 2-core machine).
    @{users}=    Evaluate    $USERS.split(',')
    VAR    @{ids}=    @{EMPTY}
    FOR    ${start}    IN RANGE    0    ${{ len($users) }}    10
        VAR    @{batch}=    @{users}[${start}:${start + 10}]
        @{passwords}=    Evaluate    [$PASSWORD] * len($batch)
        @{opened}=    Open Sessions    account    usernames=${batch}    passwords=${passwords}
        VAR    @{ids}=    @{ids}    @{opened}
    END
    Length Should Be    ${ids}    ${{ len($users) }}
    ${urls}=    Run In Sessions Concurrently    ${ids}    Get Url
    FOR    ${url}    IN    @{urls}
        Should End With    ${url}    /account/dashboard
    END
    Write Process Tree Memory    ${MEMORY FILE}


*** Keywords ***
Log In As Account
    [Arguments]    ${username}    ${password}
    Go To    /account/login
    Fill Text    id=username    ${username}
    Fill Secret    id=password    ${password}
    Click    button[type=submit]
    Wait For Url    **/account/dashboard

*** Settings ***
Documentation     Memory of logged-in sessions, one per user of ${USERS}: `Open Sessions` logs
...               them in ten at a time through the portal's form (Log In As Account of
...               portal.resource, which ends on the account dashboard), then this process
...               writes the PSS of its whole process tree (robot's Python, the Playwright
...               driver and every Chromium process) to ${MEMORY FILE}. Run by
...               benchmarks/memory/run.py.

Library           ParallelSessions    base_url=${BASE_URL}    account_login_keyword=Log In As Account
...                   max_sessions=60
Library           ../common/proctree.py
Resource          ../../atest/examples/portal.resource

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

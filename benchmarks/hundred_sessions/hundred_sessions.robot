*** Settings ***
Documentation     A hundred logged-in sessions over two browser servers (started by run.py):
...               `Open Sessions` logs them in ten at a time through the portal's form, then
...               one `Run In Sessions Concurrently` reads each dashboard's account name. Writes
...               the seconds of both phases and the PSS of this process tree plus both
...               servers' trees to ${RESULTS}. Run by benchmarks/hundred_sessions/run.py.

Library           ParallelSessions    browser_endpoint=${ENDPOINTS}    base_url=${BASE_URL}
...                   account_login_keyword=Log In As Account    max_sessions=100
...                   timeout=60s    session_timeout=1 hour
Library           ../common/proctree.py
Resource          ../../atest/examples/portal.resource

Suite Teardown    Close All Sessions


*** Variables ***
${BASE_URL}       http://127.0.0.1:9
${ENDPOINTS}      ws://127.0.0.1:9/
${SERVER PIDS}    ${EMPTY}
${USERS}          hun001,hun002
${PASSWORD}       bench-pass-1
${RESULTS}        ${OUTPUT DIR}/hundred.json


*** Test Cases ***
Hundred Sessions
    @{users}=    Evaluate    $USERS.split(',')
    ${start}=    Evaluate    time.perf_counter()    modules=time
    VAR    @{ids}=    @{EMPTY}
    FOR    ${first}    IN RANGE    0    ${{ len($users) }}    10
        VAR    @{batch}=    @{users}[${first}:${first + 10}]
        @{passwords}=    Evaluate    [$PASSWORD] * len($batch)
        @{opened}=    Open Sessions    account    usernames=${batch}    passwords=${passwords}
        VAR    @{ids}=    @{ids}    @{opened}
    END
    ${opened_at}=    Evaluate    time.perf_counter()    modules=time
    ${read}=    Run In Sessions Concurrently    ${ids}
    ...    Go To    /account/dashboard
    ...    AND    Get Text    css=.username
    ${done}=    Evaluate    time.perf_counter()    modules=time
    Should Be Equal    ${read}    ${users}
    Write Process Trees Memory    ${RESULTS}.memory    ${SERVER PIDS}
    ${times}=    Evaluate    {"open_s": $opened_at - $start, "step_s": $done - $opened_at}
    Evaluate    pathlib.Path($RESULTS).write_text(json.dumps($times))    modules=json,pathlib

*** Settings ***
Documentation     A hundred logged-in sessions spread over two Playwright browser servers
...               started by this suite on 127.0.0.1: every session logs in as its own
...               portal account (a concurrent step, ten sessions at a time), fifty go to
...               each server, and one concurrent step in all a hundred reads, on each
...               session's own dashboard, the account it is signed in as. No server or
...               Chromium process outlives the suite.

Library           Collections
Library           ../resources/ProcessTools.py
Resource          ../examples/portal.resource

Suite Setup       Start The Portal And Two Browser Servers
Suite Teardown    Stop The Servers And Leave No Process Behind


*** Variables ***
${SESSIONS}    ${100}
# Sessions opened and logged in together: a hundred contexts created at once take longer
# than any sensible timeout on a busy 2-core machine. The library's timeout=2 minutes (a
# bound against a hang, not a claim on speed: at load 70-120 the step in all 100
# sessions at once took 65 s) lets a busy machine finish each step, and
# session_timeout=1 hour keeps the first sessions open while the last ones log in.
${BATCH}       ${10}
@{USERS}       @{EMPTY}
@{IDS}         @{EMPTY}


*** Test Cases ***
A Hundred Sessions Log In, Fifty On Each Server
    [Documentation]    Ten at a time, `Open Sessions` opens the sessions (named by their
    ...                accounts) and one concurrent step logs them in through the portal's
    ...                form; each server gets half of the sessions.
    FOR    ${start}    IN RANGE    0    ${SESSIONS}    ${BATCH}
        VAR    @{group}=    @{USERS}[${start}:${start + ${BATCH}}]
        @{opened}=    Hundred.Open Sessions    anonymous    ids=${group}
        Hundred.Run In Sessions Concurrently    ${opened}
        ...    Go To    /account/login
        ...    AND    Fill Text    id=username    {session}
        ...    AND    Fill Secret    id=password    ${USER PASSWORD}
        ...    AND    Click    button[type=submit]
        ...    AND    Wait For Url    **/account/dashboard
        VAR    @{IDS}=    @{IDS}    @{opened}    scope=SUITE
    END
    Length Should Be    ${IDS}    ${SESSIONS}
    ${on_first}=    Count Sessions On Server    1
    ${on_second}=    Count Sessions On Server    2
    Should Be Equal As Integers    ${on_first}    50
    Should Be Equal As Integers    ${on_second}    50

One Concurrent Step In All Hundred Sessions Reads Each Session's Own Account
    [Documentation]    Every session reloads its dashboard and reads the account it is signed
    ...                in as: the hundred results, in the order of the sessions, are the
    ...                hundred usernames.
    Length Should Be    ${IDS}    ${SESSIONS}    msg=The sessions were not opened.
    ${read}=    Hundred.Run In Sessions Concurrently    ${IDS}
    ...    Go To    /account/dashboard
    ...    AND    Get Text    css=.username
    Lists Should Be Equal    ${read}    ${USERS}
    ${urls}=    Hundred.Run In Sessions Concurrently    ${IDS}    Get Url
    FOR    ${url}    IN    @{urls}
        Should End With    ${url}    /account/dashboard
    END


*** Keywords ***
Start The Portal And Two Browser Servers
    [Documentation]    Starts a fresh portal with an account per session, two browser servers
    ...                marked for this suite, and imports the library with both addresses.
    ${new_marker}=    Evaluate    uuid.uuid4().hex    modules=uuid
    VAR    ${MARKER}=    ${new_marker}    scope=SUITE
    ${url}=    Start Demo Portal
    Reset Demo Portal
    FOR    ${number}    IN RANGE    1    ${SESSIONS + 1}
        VAR    ${user}=    hundred${{ '%03d' % ${number} }}
        Create Portal Account    ${user}    ${USER PASSWORD}
        Append To List    ${USERS}    ${user}
    END
    ${first}    ${second}=    Start Browser Servers    2    marker=${MARKER}
    Import Library    ParallelSessions    browser_endpoint=${first}, ${second}    base_url=${url}
    ...    max_sessions=${SESSIONS}    auto_closing=SUITE    timeout=2 minutes
    ...    session_timeout=1 hour
    ...    AS    Hundred

Count Sessions On Server
    [Documentation]    How many of the suite's sessions Get Session Info puts on server ${number}.
    [Arguments]    ${number}
    VAR    ${count}=    ${0}
    FOR    ${id}    IN    @{IDS}
        ${info}=    Hundred.Get Session Info    ${id}
        IF    $info['server'].startswith('server ${number} ')
            ${count}=    Evaluate    ${count} + 1
        END
    END
    RETURN    ${count}

Stop The Servers And Leave No Process Behind
    [Documentation]    Closes the sessions, stops both servers and checks that none of their
    ...                processes (servers, Chromium) is left.
    Run Keyword And Ignore Error    Hundred.Close All Sessions
    Stop Browser Servers
    ${left}=    Count Processes With Marker    ${MARKER}
    Should Be Equal As Integers    ${left}    0    msg=${left} browser server process(es) outlived the suite.

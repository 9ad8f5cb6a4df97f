*** Settings ***
Documentation     Twenty sessions spread over two Playwright browser servers (browser_endpoint
...               with two addresses): ten on each, isolated from each other in a concurrent
...               step, and a server that is killed takes only its own sessions with it.
...               The tests run in order: the suite setup opens the sessions, the last test
...               kills server 2. No server or Chromium process outlives the suite.

Resource          ../resources/common.resource
Library           ../resources/ProcessTools.py

Suite Setup       Open Twenty Sessions On Two Servers
Suite Teardown    Stop The Servers And Leave No Process Behind


*** Variables ***
@{ODD}     @{EMPTY}
@{EVEN}    @{EMPTY}
@{ALL}     @{EMPTY}


*** Test Cases ***
Each New Session Goes To The Least Loaded Server
    [Documentation]    Opened one after another, the sessions alternate (a tie goes to server 1):
    ...                the ten odd ones are on server 1, the ten even ones on server 2.
    Length Should Be    ${ODD}    10
    Length Should Be    ${EVEN}    10
    FOR    ${id}    IN    @{ODD}
        Session Should Be On Server    ${id}    1
    END
    FOR    ${id}    IN    @{EVEN}
        Session Should Be On Server    ${id}    2
    END

Sessions Name Their Server Without The Secret Path Of Its Address
    [Documentation]    LOG 1:1 INFO REGEXP: (?s)<table>.*<th>server</th></tr><tr><td>s01</td>.*?<td>server 1 \\(ws://127\\.0\\.0\\.1:\\d+/\\.\\.\\.\\)</td></tr><tr><td>s02</td>.*?<td>server 2 \\(ws://127\\.0\\.0\\.1:\\d+/\\.\\.\\.\\)</td></tr>.*
    Spread.Log Sessions
    ${info}=    Spread.Get Session Info    s02
    ${port}=    Evaluate    urllib.parse.urlsplit($ENDPOINT_2).port    modules=urllib.parse
    Should Be Equal    ${info}[server]    server 2 (ws://127.0.0.1:${port}/...)
    ${path}=    Evaluate    urllib.parse.urlsplit($ENDPOINT_2).path.strip('/')    modules=urllib.parse
    Should Not Contain    ${info}[server]    ${path}

A Concurrent Step In All Twenty Sessions Keeps Each Session's Storage Its Own
    [Documentation]    Every session writes its id under the same key of the same origin, waits
    ...                until all have written, then reads: each reads its own id only.
    ${read}=    Spread.Run In Sessions Concurrently    ${ALL}
    ...    Go To    /
    ...    AND    LocalStorage Set Item    who    {session}
    ...    AND    Add Cookie    who    {session}    url=${PORTAL}
    ...    AND    SYNC
    ...    AND    Get Local Storage Item    who
    Lists Should Be Equal    ${read}    ${ALL}
    ${cookies}=    Spread.Run In Sessions Concurrently    ${ALL}    Get Cookie    who    string
    Lists Should Be Equal    ${cookies}    ${{ [f"who={id}" for id in $ALL] }}

A Killed Server Fails Only Its Own Sessions And New Sessions Go To The Living One
    Kill Browser Server    ${ENDPOINT_2}
    ${lost}=    Catenate    SEPARATOR=,${SPACE}    @{EVEN}
    Run Keyword And Expect Error
    ...    Browser server 2 (ws://127.0.0.1:*/...) stopped unexpectedly (crashed or was killed) and 10 session(s) were lost: ${lost}; sessions on the other servers go on, and new sessions open on the servers still running.
    ...    Spread.Run In Sessions Concurrently    ${ALL}    Get Local Storage Item    who
    FOR    ${id}    IN    @{EVEN}
        Spread.Session Should Not Exist    ${id}
    END
    ${read}=    Spread.Run In Sessions Concurrently    ${ODD}    Reload    AND    Get Local Storage Item    who
    Lists Should Be Equal    ${read}    ${ODD}
    Spread.Open Session    anonymous    id=after_1
    Spread.Open Session    anonymous    id=after_2
    Session Should Be On Server    after_1    1
    Session Should Be On Server    after_2    1
    Spread.Go To    /
    ${title}=    Spread.Get Title
    Should Be Equal    ${title}    Demo Portal


*** Keywords ***
Open Twenty Sessions On Two Servers
    [Documentation]    Starts the portal and two browser servers marked for this suite, imports
    ...                the library with both addresses, and opens sessions s01 to s20.
    ${new_marker}=    Evaluate    uuid.uuid4().hex    modules=uuid
    VAR    ${MARKER}=    ${new_marker}    scope=SUITE
    ${url}=    Use Fresh Demo Portal
    VAR    ${PORTAL}=    ${url}    scope=SUITE
    ${first}    ${second}=    Start Browser Servers    2    marker=${MARKER}
    VAR    ${ENDPOINT_2}=    ${second}    scope=SUITE
    Import Library    ParallelSessions    browser_endpoint=${first}, ${second}    max_sessions=20
    ...    auto_closing=SUITE    AS    Spread
    Spread.Set Base Url    ${PORTAL}
    Open Sessions One After Another

Open Sessions One After Another
    [Documentation]    Opens s01 to s20 in order; keeps all ids, the odd and the even ones.
    FOR    ${number}    IN RANGE    1    21
        ${id}=    Spread.Open Session    anonymous    id=s${{ '%02d' % ${number} }}
        Append To List    ${ALL}    ${id}
        IF    ${number} % 2
            Append To List    ${ODD}    ${id}
        ELSE
            Append To List    ${EVEN}    ${id}
        END
    END

Session Should Be On Server
    [Documentation]    Get Session Info names browser server ${number} for session ${id}.
    [Arguments]    ${id}    ${number}
    ${info}=    Spread.Get Session Info    ${id}
    Should Match    ${info}[server]    server ${number} (ws://127.0.0.1:*/...)

Stop The Servers And Leave No Process Behind
    [Documentation]    Closes the sessions, stops both servers and checks that none of their
    ...                processes (servers, Chromium) is left.
    Run Keyword And Ignore Error    Spread.Close All Sessions
    Stop Browser Servers
    ${left}=    Count Processes With Marker    ${MARKER}
    Should Be Equal As Integers    ${left}    0    msg=${left} browser server process(es) outlived the suite.

*** Settings ***
Documentation     How close together do 5 submissions released by SYNC reach the portal?
...               Each mode submits 5 new tokens ${REPETITIONS} times; the spread is the
...               time between the first and the last arrival, measured by the portal. Run by
...               benchmarks/release_spread/run.py.

Library           ParallelSessions    account_login_keyword=Log In As Account    max_sessions=20
Library           ../../atest/resources/DemoPortal.py
Library           Collections

Suite Setup       Prepare
Suite Teardown    Close All Sessions


*** Variables ***
${REPETITIONS}    20
${SEQUENTIAL}     5
${PASSWORD}       bench-pass-1
@{USERS}          b1x    b2x    b3x    b4x    b5x
${RESULTS}        ${OUTPUT DIR}/release_spread.json
# The modes to measure, comma-separated figure keys (network_navigation,network_fetch); empty: all.
${MODES}          ${EMPTY}


*** Test Cases ***
Measure Release Spread
    ${figures}=    Create Dictionary
    ${users}=    Get Session Ids    role=account
    Measure Mode    ${figures}    network_navigation    ${REPETITIONS}    Submit Together    ${users}    network
    Measure Mode    ${figures}    page_navigation    ${REPETITIONS}    Submit Together    ${users}    page
    Measure Mode    ${figures}    sequential_navigation    ${SEQUENTIAL}    Submit One After Another    ${users}
    Run Keyword In Sessions    ${users}    Use Fetch Forms
    Measure Mode    ${figures}    network_fetch    ${REPETITIONS}    Submit Together    ${users}    network
    Measure Mode    ${figures}    page_fetch    ${REPETITIONS}    Submit Together    ${users}    page
    Measure Mode    ${figures}    sequential_fetch    ${SEQUENTIAL}    Submit One After Another    ${users}
    Measure Mode    ${figures}    network_lab_bodyless    ${REPETITIONS}    Click Lab Button Together    ${users}
    ...    bodyless
    Measure Mode    ${figures}    network_lab_body    ${REPETITIONS}    Click Lab Button Together    ${users}
    ...    with-body
    IF    not $MODES or 'network_api' in $MODES.split(',')
        ${apis}=    Open Api Clients    ${users}
        Measure Mode    ${figures}    network_api    ${REPETITIONS}    Post Together    ${apis}
    END
    Evaluate    pathlib.Path($RESULTS).write_text(json.dumps($figures))    modules=json,pathlib


*** Keywords ***
Prepare
    ${url}=    Start Demo Portal
    Set Base Url    ${url}
    FOR    ${user}    IN    @{USERS}
        Create Portal Account    ${user}    ${PASSWORD}
        Open Account Session    ${user}    ${PASSWORD}
    END

Log In As Account
    [Arguments]    ${username}    ${password}
    Go To    /account/login
    Fill Text    id=username    ${username}
    Fill Secret    id=password    ${password}
    Click    button[type=submit]
    Wait For Url    **/account/dashboard

Use Fetch Forms
    Evaluate JavaScript    ${None}    document.cookie = 'forms=fetch; path=/'

Open Api Clients
    [Arguments]    ${users}
    ${apis}=    Create List
    FOR    ${user}    IN    @{users}
        ${id}=    Open API Session    id=api_${user}    from_session=${user}
        Append To List    ${apis}    ${id}
    END
    RETURN    ${apis}

Measure Mode
    [Documentation]    Measures the mode ${key} into ${figures}, unless ${MODES} leaves it out.
    [Arguments]    ${figures}    ${key}    ${times}    ${submit}    ${sessions}    @{how}
    IF    $MODES and $key not in $MODES.split(',')    RETURN
    ${spreads}=    Measure    ${key}    ${times}    ${submit}    ${sessions}    @{how}
    Set To Dictionary    ${figures}    ${key}=${spreads}

Measure
    [Documentation]    Runs ${submit} ${times} times; returns the arrival spreads in ms.
    [Arguments]    ${key}    ${times}    ${submit}    ${sessions}    @{how}
    ${spreads}=    Create List
    FOR    ${round}    IN RANGE    ${times}
        Clear Portal Arrivals
        Run Keyword    ${submit}    ${sessions}    ${key}${round}    @{how}
        ${arrivals}=    Get Portal Arrivals
        Length Should Be    ${arrivals}    5
        ${spread}=    Evaluate    max(a['t_ms'] for a in $arrivals) - min(a['t_ms'] for a in $arrivals)
        Append To List    ${spreads}    ${spread}
    END
    RETURN    ${spreads}

Submit Together
    [Arguments]    ${sessions}    ${name}    ${release}
    Run In Sessions Concurrently    ${sessions}
    ...    Go To    /account/tokens/new
    ...    AND    Fill Text    id=name    ${name}
    ...    AND    SYNC    release=${release}
    ...    AND    Click    button[type=submit]
    ...    AND    Wait For Element    .token-value

Click Lab Button Together
    [Documentation]    /lab/release: the button's onclick runs fetch() POST, without or with a body.
    [Arguments]    ${sessions}    ${name}    ${button}
    Run In Sessions Concurrently    ${sessions}
    ...    Go To    /lab/release
    ...    AND    SYNC
    ...    AND    Click    id=${button}
    ...    AND    Wait For Element    css=#token.issued

Submit One After Another
    [Arguments]    ${sessions}    ${name}
    Run In Sessions Concurrently    ${sessions}
    ...    Go To    /account/tokens/new
    ...    AND    Fill Text    id=name    ${name}
    Clear Portal Arrivals
    FOR    ${session}    IN    @{sessions}
        Run Keyword In Session    ${session}    Click    button[type=submit]
    END
    Run In Sessions Concurrently    ${sessions}    Wait For Element    .token-value

Post Together
    [Arguments]    ${sessions}    ${name}
    Run In Sessions Concurrently    ${sessions}
    ...    SYNC
    ...    AND    API Post    /account/tokens/new    data=${{ {"name": $name} }}

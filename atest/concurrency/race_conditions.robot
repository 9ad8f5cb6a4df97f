*** Settings ***
Documentation    Finding a race: five users create the same realm at the same instant.
...              The racy portal checks that a name is free, then inserts it, with no
...              constraint in between; the correct portal lets the database decide.

Resource         ../resources/common.resource

Test Teardown    Close All Sessions


*** Variables ***
@{RACERS}         ria    sam    tom    uma    vic
${REPETITIONS}    10


*** Test Cases ***
Concurrent Creations Find The Race On The Racy Portal
    [Documentation]    Released together by SYNC, the creations produce duplicates nearly every time.
    [Setup]    Prepare Racers    racy=${True}
    VAR    ${found}=    ${0}
    FOR    ${round}    IN RANGE    ${REPETITIONS}
        Create Realm In All Sessions At Once    race-${round}
        ${count}=    Count Realms Named    race-${round}    racy=${True}
        IF    ${count} > 1    VAR    ${found}=    ${found + 1}
    END
    Log    Race found in ${found} of ${REPETITIONS} repetitions: duplicate realms were created.
    ...    console=True
    Should Be True    ${found} >= 9    The race was found in only ${found} of ${REPETITIONS} repetitions.

Sequential Creations Never Find The Race
    [Documentation]    The same five creations, one user after another, never duplicate a realm.
    [Setup]    Prepare Racers    racy=${True}
    ${sessions}=    Get Session Ids    role=account
    FOR    ${round}    IN RANGE    ${REPETITIONS}
        FOR    ${session}    IN    @{sessions}
            Run Keyword In Session    ${session}    Create Realm    seq-${round}
        END
        ${count}=    Count Realms Named    seq-${round}    racy=${True}
        Should Be Equal    ${count}    ${1}    Round ${round} created ${count} realms named seq-${round}.
    END
    Log    Race found in 0 of ${REPETITIONS} sequential repetitions.    console=True

The Correct Portal Gives One Success And Four Clear Refusals
    [Setup]    Prepare Racers    racy=${False}
    ${messages}=    Create Realm In All Sessions At Once    contested
    ${created}=    Get Match Count    ${messages}    Realm contested created
    ${refused}=    Get Match Count    ${messages}    Realm contested already exists
    Should Be Equal    ${created}    ${1}    msg=Messages: ${messages}
    Should Be Equal    ${refused}    ${4}    msg=Messages: ${messages}
    ${count}=    Count Realms Named    contested
    Should Be Equal    ${count}    ${1}


*** Keywords ***
Prepare Racers
    [Documentation]    Starts a fresh racy or correct portal and opens a session for each of the racers.
    [Arguments]    ${racy}
    IF    ${racy}    Use Fresh Racy Demo Portal    ELSE    Use Fresh Demo Portal
    FOR    ${user}    IN    @{RACERS}
        Create Portal Account    ${user}    ${USER PASSWORD}    racy=${racy}
    END
    Open Account Sessions    @{RACERS}

Create Realm In All Sessions At Once
    [Documentation]    Every account session submits realm ${name} at the same instant;
    ...                returns the message each one got.
    [Arguments]    ${name}
    ${sessions}=    Get Session Ids    role=account
    ${messages}=    Run In Sessions Concurrently    ${sessions}
    ...    Go To    /account/realms
    ...    AND    Fill Text    id=name    ${name}
    ...    AND    SYNC
    ...    AND    Click    button[type=submit]
    ...    AND    Get Text    .flash, .error
    RETURN    ${messages}

Create Realm
    [Documentation]    Submits realm ${name} in the current session and reads the message it got.
    [Arguments]    ${name}
    Go To    /account/realms
    Fill Text    id=name    ${name}
    Click    button[type=submit]
    Get Text    .flash, .error

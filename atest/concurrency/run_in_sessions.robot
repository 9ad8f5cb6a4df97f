*** Settings ***
Documentation    Run In Sessions Concurrently against the demo portal: steps of several sessions
...              at one instant, released by SYNC. (Run Keyword In Sessions, one session after
...              another, is in running/.)

Resource         ../resources/common.resource

Suite Setup      Prepare Five Users
Test Teardown    Close All Sessions


*** Variables ***
@{USERS}    cora    dave    emma    finn    gwen


*** Test Cases ***
Five Users Create Tokens Concurrently And All Tokens Are Unique
    [Documentation]    The seed's concurrent token creation, released by SYNC.
    ${sessions}=    Open Account Sessions    @{USERS}
    ${tokens}=    Run In Sessions Concurrently    ${sessions}
    ...    Go To    /account/tokens/new
    ...    AND    Fill Text    id=name    Token-{session}
    ...    AND    SYNC
    ...    AND    Click    button[type=submit]
    ...    AND    Get Text    .token-value
    Length Should Be    ${tokens}    5
    List Should Not Contain Duplicates    ${tokens}
    FOR    ${session}    ${token}    IN ZIP    ${sessions}    ${tokens}
        Should Start With    ${token}    pst_
        ${name}=    Run Keyword In Session    ${session}    Get Text    .token-name
        Should Be Equal    ${name}    Token-${session}
    END

A Check After A Step Reports In Every Session Of A Concurrent Run
    [Documentation]    Go To warns about a 404 when it runs alone; as a concurrent step it used
    ...    to warn nothing, because the check ran only when the keyword itself ran.
    ...    LOG 3:2 WARN [visitor_a] Go To '/no/such/page' got HTTP status 404; pass expected_status=404 when that is expected.
    ...    LOG 3:3 WARN [visitor_b] Go To '/no/such/page' got HTTP status 404; pass expected_status=404 when that is expected.
    Open Session    anonymous    id=visitor_a
    Open Session    anonymous    id=visitor_b
    ${statuses}=    Run In Sessions Concurrently    visitor_a, visitor_b    Go To    /no/such/page
    Should Be Equal    ${statuses}    ${{ [404, 404] }}

Steps Of Different Sessions Overlap At The Portal
    [Documentation]    Every submission reaches the racy portal before any of them is answered.
    ...    The pages submit with fetch(), as single-page applications do, so that the
    ...    browser's one-at-a-time handling of navigations does not stagger them.
    Use Fresh Racy Demo Portal
    FOR    ${user}    IN    @{USERS}
        Create Portal Account    ${user}    ${USER PASSWORD}    racy=${True}
    END
    ${sessions}=    Open Account Sessions    @{USERS}
    Clear Portal Arrivals    racy=${True}
    Run In Sessions Concurrently    ${sessions}
    ...    Evaluate JavaScript    ${None}    document.cookie = 'forms=fetch; path=/'
    ...    AND    Go To    /account/realms
    ...    AND    Fill Text    id=name    overlap-{session}
    ...    AND    SYNC
    ...    AND    Click    button[type=submit]
    ...    AND    Wait For Element    .flash
    ${arrivals}=    Get Portal Arrivals    path_contains=/account/realms    racy=${True}
    Length Should Be    ${arrivals}    5
    ${last start}=    Evaluate    max(a['t_ms'] for a in $arrivals)
    ${first end}=    Evaluate    min(a['done_ms'] for a in $arrivals)
    Should Be True    ${last start} < ${first end}
    ...    msg=Not all five requests were in the portal at once: last arrived ${last start}, first answered ${first end}.
    [Teardown]    Run Keywords    Close All Sessions    AND    Prepare Five Users

Sessions Are Given As A List Or A Comma-Separated String And Results Keep Their Order
    Open Account Sessions    cora    dave
    ${names}=    Run In Sessions Concurrently    account_dave, account_cora
    ...    Go To    /account/dashboard
    ...    AND    Get Text    .username
    Should Be Equal    ${names}    ${{ ['dave', 'cora'] }}

A Failing Session Does Not Stop The Others And Is Reported Once
    ${sessions}=    Open Account Sessions    cora    dave    emma
    Run Keyword And Expect Error
    ...    Run In Sessions Concurrently failed in 1 session(s): account_dave: Click 'text=Only for dave' failed while it was prepared before SYNC: Timeout 5000ms exceeded.
    ...    Run In Sessions Concurrently    ${sessions}    Go To    /account/realms    AND    Evaluate JavaScript
    ...    ${None}
    ...    (id) => { if (id !== 'account_dave') document.body.insertAdjacentHTML('beforeend', '<button>Only for dave</button>') }
    ...    arg={session}    AND    SYNC    AND    Click    text=Only for dave    timeout=5s    AND    SYNC    AND
    ...    Fill Text    id=name    after-{session}    AND    Click    button[type=submit]
    FOR    ${user}    IN    cora    emma
        Switch To Session    account_${user}
        Element Text Should Be    .flash    Realm after-account_${user} created
    END

Only This Library's Keywords Can Be Concurrent Steps
    Open Account Sessions    cora
    Run Keyword And Expect Error
    ...    'Create Token' cannot be a step of Run In Sessions Concurrently: only this library's page and API keywords can run at the same instant in several sessions, because Robot Framework runs every other keyword (user keywords and other libraries' keywords) one at a time on its main thread. Use Run Keyword In Sessions to run it in each session one after another.
    ...    Run In Sessions Concurrently    account_cora    Create Token    x
    Run Keyword And Expect Error    'Log' cannot be a step of Run In Sessions Concurrently:*
    ...    Run In Sessions Concurrently    account_cora    Go To    /    AND    Log    hello
    Run Keyword And Expect Error    'Open Session' cannot be a step of Run In Sessions Concurrently:*
    ...    Run In Sessions Concurrently    account_cora    Open Session

Bad Step Lists Are Refused Before Anything Runs
    Open Account Sessions    cora
    Run Keyword And Expect Error
    ...    Empty step: steps are keywords with their arguments, separated by AND; an AND at the start or end, or two in a row, leave a step empty.
    ...    Run In Sessions Concurrently    account_cora    Go To    /    AND
    Run Keyword And Expect Error    Session 'account_zed' does not exist; open sessions: account_cora.
    ...    Run In Sessions Concurrently    account_cora, account_zed    Go To    /
    Run Keyword And Expect Error
    ...    No sessions given: pass a list of session ids or a comma-separated string such as 'account_a, account_b'.
    ...    Run In Sessions Concurrently    ${EMPTY}    Go To    /
    Run Keyword And Expect Error
    ...    Session account_cora is listed more than once; each session can run the steps only once at a time.
    ...    Run In Sessions Concurrently    account_cora, account_cora    Go To    /

Step Arguments Are Converted Like Normal Keyword Arguments
    Open Account Sessions    cora
    ${counts}=    Run In Sessions Concurrently    account_cora
    ...    Go To    /slow?ms=200    timeout=5s
    ...    AND    Wait For Element    id=slow-done    state=attached    timeout=2s
    ...    AND    Get Element Count    id=slow-done
    Should Be Equal    ${counts}    ${{ [1] }}

Secrets Can Be Arguments Of Steps
    [Documentation]    A Secret used to fail: "Argument 'steps' got value '<secret>' (Secret)
    ...                that cannot be converted to string".
    Set Environment Variable    STEP_SECRET    typed-in-every-session
    VAR    ${typed: Secret}=    %{STEP_SECRET}
    Open Session    anonymous    id=one
    Open Session    anonymous    id=two
    Run In Sessions Concurrently    one, two
    ...    Go To    /account/login
    ...    AND    Fill Secret    id=password    ${typed}
    Run Keyword In Session    one    Fill Secret    id=username    ${typed}
    Run Keyword In Sessions    one, two    Fill Secret    id=password    ${typed}
    ${values}=    Run Keyword In Sessions    one, two    Evaluate JavaScript    ${None}
    ...    document.getElementById('password').value
    Should Be Equal    ${values}    ${{ ['typed-in-every-session'] * 2 }}
    [Teardown]    Run Keywords    Remove Environment Variable    STEP_SECRET    AND    Close All Sessions


*** Keywords ***
Prepare Five Users
    [Documentation]    Starts a fresh portal with an active account for each of ${USERS}.
    Use Fresh Demo Portal
    Create Active Accounts    @{USERS}

*** Settings ***
Documentation    Open Sessions opens several sessions at once (their contexts concurrently),
...              each logged in by its role's login keyword. (That its Secret password never
...              reaches the outputs is in secrets/; Open Sessions with login_state_dir in logins/.)

Resource         ../resources/common.resource

Suite Setup      Use Fresh Demo Portal
Test Teardown    Close All Sessions


*** Test Cases ***
Several Accounts Open At Once, Each Logged In
    Create Active Accounts    amy    ben    cal
    VAR    @{passwords}=    ${USER PASSWORD}    ${USER PASSWORD}    ${USER PASSWORD}
    ${ids}=    Open Sessions    account    usernames=amy, ben, cal    passwords=${passwords}
    Should Be Equal    ${ids}    ${{ ['account_amy', 'account_ben', 'account_cal'] }}
    ${names}=    Run In Sessions Concurrently    ${ids}    Get Text    .username
    Should Be Equal    ${names}    ${{ ['amy', 'ben', 'cal'] }}
    ${current}=    Get Current Session
    Should Be Equal    ${current}    account_cal

A Count Or Ids Of Any Role
    ${visitors}=    Open Sessions    anonymous    count=3
    Should Be Equal    ${visitors}    ${{ ['anonymous_1', 'anonymous_2', 'anonymous_3'] }}
    ${admins}=    Open Sessions    admin    ids=first_admin, second_admin
    ${urls}=    Run In Sessions Concurrently    ${admins}    Get Url
    Should Match Regexp    ${urls}[0]    /admin/dashboard$
    Should Match Regexp    ${urls}[1]    /admin/dashboard$

Browser Options Apply To Every Session Opened
    ${ids}=    Open Sessions    anonymous    count=2    locale=de-DE
    ${languages}=    Run In Sessions Concurrently    ${ids}    Evaluate JavaScript    ${None}
    ...    navigator.language
    Should Be Equal    ${languages}    ${{ ['de-DE', 'de-DE'] }}

A Session That Cannot Open Closes The Others
    Open Session    anonymous    id=taken
    Run Keyword And Expect Error
    ...    Open Sessions failed in 1 session(s): taken: Session 'taken' is already open; close it first or choose another id.
    ...    Open Sessions    anonymous    ids=fresh, taken
    Session Should Not Exist    fresh

Counts That Do Not Add Up Are Refused
    Run Keyword And Expect Error
    ...    Open Sessions needs how many sessions to open: give count=, ids= or usernames= (the same number of each, when several are given).
    ...    Open Sessions    anonymous    count=2    ids=only_one
    Run Keyword And Expect Error
    ...    Open Sessions got 1 password for 2 usernames; give one password for all of them, or a list with one password per username in the same order.
    ...    Open Sessions    account    usernames=a1, a2    passwords=${{ ['x'] }}
    Run Keyword And Expect Error
    ...    Open Sessions got passwords= without usernames=; a password goes with a username, so give usernames= too.
    ...    Open Sessions    account    count=2    passwords=x

One Password, A Secret Or A Text, Goes With Every Username
    Create Active Accounts    fox    gil    hoy    ivy
    ${secret}=    Evaluate    robot.api.types.Secret($USER_PASSWORD)
    ${ids}=    Open Sessions    account    usernames=fox, gil    passwords=${secret}
    ${names}=    Run In Sessions Concurrently    ${ids}    Get Text    .username
    Should Be Equal    ${names}    ${{ ['fox', 'gil'] }}
    ${ids}=    Open Sessions    account    usernames=hoy, ivy    passwords=${USER PASSWORD}
    ${names}=    Run In Sessions Concurrently    ${ids}    Get Text    .username
    Should Be Equal    ${names}    ${{ ['hoy', 'ivy'] }}

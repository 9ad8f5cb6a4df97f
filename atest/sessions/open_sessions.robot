*** Settings ***
Documentation    Open Sessions opens several sessions at once (their contexts concurrently),
...              each logged in by its role's login keyword.

Resource         ../resources/common.resource
Library          Process
Library          ../resources/OutputSearch.py

Suite Setup      Use Fresh Demo Portal
Test Teardown    Close All Sessions


*** Variables ***
${PROBE}        ${CURDIR}/../_probes/secrets/open_sessions_secret.robot
${PROBE OUT}    ${OUTPUT DIR}/open-sessions-secret-probe
${PASSWORD}     pw-${{ uuid.uuid4().hex }}
${VISIBLE}      visible-${{ uuid.uuid4().hex }}


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
    ${languages}=    Run In Sessions Concurrently    ${ids}    Evaluate JavaScript
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

One Secret Password For Every User Never Reaches Output XML Or Log HTML
    [Documentation]    The probe (atest/_probes/secrets/open_sessions_secret.robot) runs at --loglevel
    ...    TRACE. Positive control: the plain-text password it gives to Open Sessions is found
    ...    by the same searches, since Robot logs plain argument values at TRACE.
    ${result}=    Run Process    ${{ sys.executable }}    -m    robot    --loglevel    TRACE
    ...    --outputdir    ${PROBE OUT}    --report    NONE    --pythonpath    ${CURDIR}/../resources
    ...    ${PROBE}    env:PROBE_PASSWORD=${PASSWORD}    env:PROBE_VISIBLE=${VISIBLE}
    ...    stderr=STDOUT    timeout=180s
    Should Be Equal As Integers    ${result.rc}    0    msg=${result.stdout}
    Should Contain    ${result.stdout}    3 tests, 3 passed, 0 failed
    FOR    ${files}    IN    output.xml    log.html
        ${searched}=    Texts Should Not Appear In Files    ${PROBE OUT}    ${PASSWORD}    files=${files}
        Should Be True    ${searched} >= 1
        Texts Should Appear In Files    ${PROBE OUT}    ${VISIBLE}    files=${files}
    END

With Shared Login State Each Identity Opens Under Its Lock
    [Documentation]    Last: after the import, the library's names need their instance's prefix.
    Create Active Accounts    dee    eve
    Import Library    ParallelSessions    login_state_dir=${OUTPUT DIR}/open-sessions-logins
    ...    account_login_keyword=Log In As Account    AS    Shared
    ${previous}=    Set Library Search Order    Shared
    ${url}=    Start Demo Portal
    Shared.Set Base Url    ${url}
    VAR    @{passwords}=    ${USER PASSWORD}    ${USER PASSWORD}
    ${ids}=    Shared.Open Sessions    account    usernames=dee, eve    passwords=${passwords}
    ${names}=    Shared.Run In Sessions Concurrently    ${ids}    Get Text    .username
    Should Be Equal    ${names}    ${{ ['dee', 'eve'] }}
    ${files}=    List Files In Directory    ${OUTPUT DIR}/open-sessions-logins    *.json
    Length Should Be    ${files}    2
    [Teardown]    Run Keywords    Shared.Close All Sessions
    ...    AND    Set Library Search Order    @{previous}

*** Settings ***
Documentation    Opening, finding, switching and closing sessions; page keywords act on the
...              current one. (Running a keyword in another session is in running/.)

Resource         ../resources/common.resource

Suite Setup      Use Fresh Demo Portal With Accounts    pia
Test Teardown    Close All Sessions


*** Test Cases ***
Open Session Uses Role And Smallest Free Number As Id
    ${first}=    Open Session    anonymous
    ${second}=    Open Session    anonymous
    Should Be Equal    ${first}    anonymous_1
    Should Be Equal    ${second}    anonymous_2
    Close Session    anonymous_1
    ${again}=    Open Session    anonymous
    Should Be Equal    ${again}    anonymous_1

Open Session With Explicit Id Makes It Current
    ${id}=    Open Session    anonymous    id=visitor
    Should Be Equal    ${id}    visitor
    ${current}=    Get Current Session
    Should Be Equal    ${current}    visitor

Open Session Runs The Login Keyword Of The Role
    Create Active Accounts    ivy
    ${id}=    Open Session    account    username=ivy    password=${USER PASSWORD}
    Should Be Equal    ${id}    account_1
    Url Should Contain    /account/dashboard
    Element Text Should Be    .username    ivy

Account Session Without Password Is Not Logged In
    Open Account Session    nobody
    Go To    /account/dashboard
    Url Should Contain    /account/login

Open Admin Session Opens Once And Then Switches
    ${id}=    Open Admin Session
    Should Be Equal    ${id}    admin
    Url Should Contain    /admin/dashboard
    Open Anonymous Session
    Open Admin Session
    ${current}=    Get Current Session
    Should Be Equal    ${current}    admin
    ${admins}=    Get Session Ids    role=admin
    Should Be Equal    ${admins}    ${{ ['admin'] }}

Open Account Session Reuses The Session Of A Username
    Create Active Accounts    jay
    ${first}=    Open Account Session    jay    ${USER PASSWORD}
    Go To    /account/realms
    Open Anonymous Session
    ${again}=    Open Account Session    jay    ${USER PASSWORD}
    Should Be Equal    ${first}    account_jay
    Should Be Equal    ${again}    account_jay
    Url Should Contain    /account/realms

Open Anonymous Session Resets Cookies, Storage And Page
    Open Anonymous Session
    Go To    /
    Evaluate JavaScript    ${None}    localStorage.setItem('visited', 'yes')
    Evaluate JavaScript    ${None}    document.cookie = 'seen=1; path=/'
    Open Anonymous Session
    ${url}=    Get Url
    Should Be Equal    ${url}    about:blank
    Go To    /
    ${item}=    Get Local Storage Item    visited
    Should Be Equal    ${item}    ${None}
    ${cookies}=    Get Cookies
    Should Be Empty    ${cookies}

Custom Role With A Login Keyword
    ${previous}=    Set Login Keyword    moderator    Log In As Admin
    Should Be Equal    ${previous}    ${None}
    ${id}=    Open Session    moderator
    Should Be Equal    ${id}    moderator_1
    Url Should Contain    /admin/dashboard
    ${info}=    Get Session Info
    Should Be Equal    ${info}[role]    moderator
    ${previous}=    Set Login Keyword    moderator    NONE
    Should Be Equal    ${previous}    Log In As Admin

Login Keyword Receives Username And Password As A Secret
    Set Login Keyword    auditor    Log In As Admin After Checking The Arguments
    Open Session    auditor    username=auditor    password=auditor-pass
    Url Should Contain    /admin/dashboard
    Element Text Should Be    .admin-name    auditor
    [Teardown]    Run Keywords    Set Login Keyword    auditor    NONE    AND    Close All Sessions

Switch To Session Returns The Previous Id
    Open Session    anonymous    id=first
    Open Session    anonymous    id=second
    ${previous}=    Switch To Session    first
    Should Be Equal    ${previous}    second
    ${current}=    Get Current Session
    Should Be Equal    ${current}    first

Page Keywords Act Only On The Current Session
    [Setup]    Open Account Session    pia    ${USER PASSWORD}
    Open Anonymous Session
    Go To    /account/realms
    Url Should Contain    /account/login
    Switch To Session    account_pia
    Go To    /account/realms
    Url Should Contain    /account/realms

Get Session Ids Lists All Or One Role
    Open Admin Session
    Open Session    anonymous
    Open Session    anonymous
    ${all}=    Get Session Ids
    Should Be Equal    ${all}    ${{ ['admin', 'anonymous_1', 'anonymous_2'] }}
    ${anonymous}=    Get Session Ids    role=anonymous
    Should Be Equal    ${anonymous}    ${{ ['anonymous_1', 'anonymous_2'] }}
    ${accounts}=    Get Session Ids    role=account
    Should Be Empty    ${accounts}

Get Session Info Describes A Session
    Create Active Accounts    kim
    Open Account Session    kim    ${USER PASSWORD}
    Open Anonymous Session
    ${info}=    Get Session Info    account_kim
    Should Be Equal    ${info}[id]    account_kim
    Should Be Equal    ${info}[role]    account
    Should Be Equal    ${info}[username]    kim
    Should End With    ${info}[url]    /account/dashboard
    Should Match Regexp    ${info}[opened_at]    ^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d
    Dictionary Should Not Contain Key    ${info}    password
    ${current}=    Get Session Info
    Should Be Equal    ${current}[id]    anonymous

Session Should Exist And Should Not Exist
    Open Session    anonymous    id=here
    Session Should Exist    here
    Session Should Not Exist    gone
    Run Keyword And Expect Error
    ...    Session 'gone' should be open but is not; open sessions: here.
    ...    Session Should Exist    gone
    Run Keyword And Expect Error    Session 'here' should not be open but is.
    ...    Session Should Not Exist    here

Close Session Makes The Previously Used Session Current
    Open Session    anonymous    id=a
    Open Session    anonymous    id=b
    Open Session    anonymous    id=c
    Switch To Session    a
    Close Session
    ${current}=    Get Current Session
    Should Be Equal    ${current}    c
    Close Session    c
    ${current}=    Get Current Session
    Should Be Equal    ${current}    b

Close All Sessions Closes Every Session
    Open Admin Session
    Open Session    anonymous
    Close All Sessions
    ${ids}=    Get Session Ids
    Should Be Empty    ${ids}
    ${current}=    Get Current Session
    Should Be Equal    ${current}    ${None}


*** Keywords ***
Log In As Admin After Checking The Arguments
    [Documentation]    Fails unless it is given username auditor and the password as a Secret, then logs in as admin.
    [Arguments]    ${username}    ${password}
    Should Be Equal    ${username}    auditor
    Should Be Equal    ${{ type($password).__name__ }}    Secret
    Log In As Admin    ${username}    ${password}

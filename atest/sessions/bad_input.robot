*** Settings ***
Documentation    Bad session ids, roles, users and base URLs, and keywords with no session to
...              act on, fail with one clear sentence, pinned here. (The bad input of other
...              keywords is tested beside them, in the folder of their topic.)

Resource         ../resources/common.resource

Suite Setup      Use Fresh Demo Portal
Test Teardown    Close All Sessions


*** Test Cases ***
Unknown Session Id Names It And Lists The Open Ids
    Open Session    anonymous    id=first
    Open Session    anonymous    id=second
    Run Keyword And Expect Error
    ...    Session 'thrid' does not exist; open sessions: first, second.
    ...    Switch To Session    thrid
    Run Keyword And Expect Error
    ...    Session 'thrid' does not exist; open sessions: first, second.
    ...    Run Keyword In Session    thrid    Get Url
    Run Keyword And Expect Error
    ...    Session 'thrid' does not exist; open sessions: first, second.
    ...    Get Session Info    thrid

Unknown Session Id With No Session Open
    Run Keyword And Expect Error
    ...    Session 'never_opened' does not exist; open sessions: none.
    ...    Switch To Session    never_opened

Duplicate Session Id
    Open Session    anonymous    id=visitor
    Run Keyword And Expect Error
    ...    Session 'visitor' is already open; close it first or choose another id.
    ...    Open Session    anonymous    id=visitor

Invalid Session Id
    Run Keyword And Expect Error
    ...    Session id 'two words' is not valid; use letters, digits and _ . - @ only.
    ...    Open Session    anonymous    id=two words

Unknown Role Lists The Valid Roles
    Run Keyword And Expect Error
    ...    Unknown role 'admn'; valid roles are admin, account, anonymous, api (give a new role a login keyword first).
    ...    Open Session    admn

The Api Role Is Opened With Open API Session
    Run Keyword And Expect Error
    ...    Sessions of role 'api' have no page: open them with Open API Session (create_api_session in Python).
    ...    Open Session    api

A Role With A Login Keyword Becomes Valid
    Set Login Keyword    moderator    Log In As Admin
    Run Keyword And Expect Error
    ...    Unknown role 'moderater'; valid roles are admin, account, anonymous, api, moderator (give a new role a login keyword first).
    ...    Open Session    moderater
    [Teardown]    Run Keywords    Set Login Keyword    moderator    NONE    AND    Close All Sessions

Page Keyword With No Current Session
    Run Keyword And Expect Error
    ...    No session is current: open one with Open Session, Open Admin Session, Open Account Session or Open Anonymous Session, or switch to an open one.
    ...    Click    button
    Open Session    anonymous    id=gone
    Close Session
    Run Keyword And Expect Error
    ...    No session is current: *
    ...    Get Url

Closing A Closed Session
    Open Session    anonymous    id=once
    Open Session    anonymous    id=other
    Close Session    once
    Run Keyword And Expect Error
    ...    Session 'once' was closed; open sessions: other.
    ...    Close Session    once

Close Session With No Current Session
    Run Keyword And Expect Error
    ...    No session is current, so there is none to close; give the id of the session to close.
    ...    Close Session

A Failing Login Keyword Closes The Session And Names The Role
    Set Login Keyword    admin    Log In As Admin With Wrong Password
    Run Keyword And Expect Error
    ...    Login of role 'admin' failed in session 'admin', so the session was closed: Wait For Url '**/admin/dashboard' failed in session 'admin': the page did not reach it within 1 second; it is at 'http*/admin/login'.
    ...    Open Admin Session
    Session Should Not Exist    admin
    ${current}=    Get Current Session
    Should Be Equal    ${current}    ${None}
    [Teardown]    Set Login Keyword    admin    Log In As Admin

An Invalid Base Url
    Run Keyword And Expect Error
    ...    Invalid base URL 'localhost:8000': expected an absolute http:// or https:// URL.
    ...    Set Base Url    localhost:8000

A Failure In One Session Leaves The Others Intact
    Create Active Accounts    quinn
    Open Account Session    quinn    ${USER PASSWORD}
    Open Anonymous Session
    Run Keyword And Expect Error    *Timeout 200ms exceeded. (no element matches the selector)
    ...    Click    .not-there    timeout=200ms
    Switch To Session    account_quinn
    Element Text Should Be    .status    Active

A Very Long Session Id Is Refused
    VAR    ${long}=    ${{ 'x' * 300 }}
    Run Keyword And Expect Error
    ...    Session id 'xxxxxxxxxxxxxxxxxxxx...' is 300 characters long; use at most 64 (ids name screenshot and trace files).
    ...    Open Session    anonymous    id=${long}

One User Has One Session
    [Documentation]    Opening a user that already has a session used to open a second one.
    Create Active Accounts    ida
    ${id}=    Open Session    account    username=ida    password=${USER PASSWORD}
    Open Anonymous Session
    ${again}=    Open Account Session    ida    ${USER PASSWORD}
    Should Be Equal    ${again}    ${id}
    ${current}=    Get Current Session
    Should Be Equal    ${current}    ${id}
    Run Keyword And Expect Error
    ...    User 'ida' already has the account session 'account_1'; switch to it, or close it first: one identity has one session.
    ...    Open Session    account    username=ida

An Id That Belongs To Another Role Is Refused
    Run Keyword And Expect Error
    ...    Session id 'account_bob' belongs to role 'account' and cannot name a session of role 'anonymous'; choose another id.
    ...    Open Session    anonymous    id=account_bob
    Run Keyword And Expect Error
    ...    Session id 'admin' belongs to role 'admin' and cannot name a session of role 'account'; choose another id.
    ...    Open Session    account    id=admin

An Empty Username Is Refused
    Run Keyword And Expect Error
    ...    An empty username was given for an account session; give the user's name.
    ...    Open Account Session    ${EMPTY}
    Run Keyword And Expect Error
    ...    An empty username was given for a session of role 'account'; give the user's name, or leave username out.
    ...    Open Session    account    username=${SPACE}


*** Keywords ***
Log In As Admin With Wrong Password
    [Documentation]    Tries to log the current session in as the admin with a wrong password.
    Go To    /admin/login
    Fill Text    id=username    ${ADMIN USER}
    Fill Text    id=password    not-the-password
    Click    button[type=submit]
    Wait For Url    **/admin/dashboard    timeout=1s

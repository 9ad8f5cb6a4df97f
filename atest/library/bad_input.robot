*** Settings ***
Documentation     Every kind of bad input fails with one clear sentence, pinned here.
Resource          ../resources/common.resource
Suite Setup       Use Fresh Demo Portal
Test Teardown     Close All Sessions

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

A Page Keyword In An API Session
    Open API Session    id=http_only
    Run Keyword And Expect Error
    ...    Session 'http_only' is an API session and has no page; switch to a browser session for page keywords, or use the API keywords here.
    ...    Go To    /
    Run Keyword And Expect Error    Session 'http_only' is an API session and has no page; *
    ...    Get Cookies

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

Invalid Keyword Arguments Name The Accepted Values
    Open Anonymous Session
    Run Keyword And Expect Error
    ...    ValueError: Argument 'state' got value 'shown' that cannot be converted to ElementState: ElementState does not have member 'shown'. Available: 'attached', 'detached', 'hidden' and 'visible'
    ...    Wait For Element    h1    state=shown
    Run Keyword And Expect Error
    ...    ValueError: Argument 'timeout' got value 'soon' that cannot be converted to timedelta or None*
    ...    Click    h1    timeout=soon

An Invalid Base Url
    Run Keyword And Expect Error
    ...    Invalid base URL 'localhost:8000': expected an absolute http:// or https:// URL.
    ...    Set Base Url    localhost:8000

A Failure In One Session Leaves The Others Intact
    Create Active Accounts    quinn
    Open Account Session    quinn    ${USER PASSWORD}
    Open Anonymous Session
    Run Keyword And Expect Error    *Timeout 200ms exceeded.
    ...    Click    .not-there    timeout=200ms
    Switch To Session    account_quinn
    Element Text Should Be    .status    Active


*** Keywords ***
Log In As Admin With Wrong Password
    Go To          /admin/login
    Fill Text      id=username    ${ADMIN USER}
    Fill Text      id=password    not-the-password
    Click          button[type=submit]
    Wait For Url   **/admin/dashboard    timeout=1s

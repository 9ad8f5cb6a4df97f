*** Settings ***
Documentation    Every kind of bad input fails with one clear sentence, pinned here.

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
    ...    ValueError: Argument 'state' got value 'shown' that cannot be converted to ElementState: ElementState does not have member 'shown'. Available: 'attached', 'checked', 'defocused', 'deselected', 'detached', 'disabled', 'editable', 'enabled', 'focused', 'hidden', 'readonly', 'selected', 'stable', 'unchecked' and 'visible'
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
    Run Keyword And Expect Error    *Timeout 200ms exceeded. (no element matches the selector)
    ...    Click    .not-there    timeout=200ms
    Switch To Session    account_quinn
    Element Text Should Be    .status    Active

Timeouts Must Be Positive
    [Documentation]    0 used to mean "wait forever" to Playwright, and negative times were accepted.
    Open Anonymous Session
    Run Keyword And Expect Error
    ...    Invalid timeout '0 seconds': give a positive time such as 3s or 500 ms, or leave timeout out to use the library's (10 seconds).
    ...    Click    h1    timeout=0s
    Run Keyword And Expect Error    Invalid timeout '-1 seconds': *    Get Text    h1    timeout=-1s

Select Option On An Element That Is Not A Select
    Open Anonymous Session
    Go To    /account/login
    Run Keyword And Expect Error
    ...    Select Option x in 'id=username' failed in session 'anonymous': the element is a <input type=text>, not a <select>; for other inputs use Fill Text, Check Checkbox or Click.
    ...    Select Option    id=username    x

An Invalid Regular Expression In Wait For Url
    Open Anonymous Session
    Run Keyword And Expect Error
    ...    Wait For Url 'regexp=(' in session 'anonymous': '(' is not a valid regular expression (missing ), unterminated subpattern at position 0); escape special characters with a backslash, or use a glob such as **/path.
    ...    Wait For Url    regexp=(

A Relative Url Without A Base Url Says How To Set One
    ${previous}=    Set Base Url    ${None}
    Open Session    anonymous    id=nowhere
    Run Keyword And Expect Error
    ...    Go To '/account/login' in session 'nowhere': a relative URL needs a base URL, and none is set; give an absolute URL (http://...), or set one with Set Base Url or the import argument base_url before opening the session.
    ...    Go To    /account/login
    [Teardown]    Run Keywords    Set Base Url    ${previous}    AND    Close All Sessions

A Check On A Selector That Matches Several Elements Fails And Lists Them
    [Documentation]    Element Should Be Visible used to pass when the first of two matches was visible.
    Open Anonymous Session
    Go To    /
    Evaluate JavaScript
    ...    document.body.insertAdjacentHTML('beforeend', [1,2,3,4,5,6,7].map(n => '<p class="twin">twin ' + n + '</p>').join(''))
    Run Keyword And Expect Error
    ...    Element Should Be Visible 'p.twin' failed in session 'anonymous': strict mode violation: locator("p.twin") resolved to 7 elements: 1) <p class="twin">twin 1</p>*; 5) <p class="twin">twin 5</p>*; and 2 more. Make the selector match one element, for example with >> nth=0 or a more specific selector.
    ...    Element Should Be Visible    p.twin    timeout=500ms
    Element Should Be Visible    p.twin >> nth=0

A Screenshot Name Cannot Leave Its Folder
    Open Anonymous Session
    Run Keyword And Expect Error
    ...    Take Screenshot in session 'anonymous': name '../../x' is not a plain file name; use letters, digits and _ . - only (no folders). The file goes to \${OUTPUT DIR}/screenshots/.
    ...    Take Screenshot    ../../x

A Very Long Session Id Is Refused
    VAR    ${long}=    ${{ 'x' * 300 }}
    Run Keyword And Expect Error
    ...    Session id 'xxxxxxxxxxxxxxxxxxxx...' is 300 characters long; use at most 64 (ids name screenshot and trace files).
    ...    Open Session    anonymous    id=${long}

Go To Reports The HTTP Status And Checks An Expected One
    [Documentation]    Go To used to pass on a 404 without saying so.
    ...    LOG 3:1 INFO [anonymous] Go To '/no/such/page': HTTP 404
    ...    LOG 3:2 WARN [anonymous] Go To '/no/such/page' got HTTP status 404; pass expected_status=404 when that is expected.
    Open Anonymous Session
    Go To    /
    ${status}=    Go To    /no/such/page
    Should Be Equal    ${status}    ${404}
    Go To    /no/such/page    expected_status=404
    Run Keyword And Expect Error
    ...    Go To '/' in session 'anonymous' got HTTP status 200, expected 404.
    ...    Go To    /    expected_status=404
    Run Keyword And Expect Error
    ...    Go To: invalid expected_status '999'; give an HTTP status from 100 to 599 such as 201 or 404, or 'any' to accept every status.
    ...    Go To    /    expected_status=999

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

*** Settings ***
Documentation    Go To, Reload, Go Back, Go Forward, Wait For Url and Url Should Contain in the
...              current session: relative and absolute URLs, the HTTP status, and what each
...              says when the page is not where it should be.

Resource         ../resources/form_lab.resource

Suite Setup      Use Fresh Demo Portal With Accounts    pia
Test Setup       Open Account Session    pia    ${USER PASSWORD}
Test Teardown    Close All Sessions


*** Test Cases ***
Go To, Get Url, Get Title, Reload And Go Back
    Go To    /account/realms
    ${url}=    Get Url
    Should End With    ${url}    /account/realms
    ${title}=    Get Title
    Should Be Equal    ${title}    Realms
    Go To    /account/tokens
    Go Back
    Url Should Contain    /account/realms
    Reload
    ${title}=    Get Title
    Should Be Equal    ${title}    Realms

Go Forward Returns After Go Back
    [Setup]    Open Toolbox As Anonymous
    Go To    /account/login
    Go Back
    Go Forward
    Get Url    *=    /account/login

Go To Accepts An Absolute Url
    ${base}=    Get Portal Url
    Go To    ${base}/account/tokens
    Url Should Contain    /account/tokens

A Relative Url Without A Base Url Says How To Set One
    ${previous}=    Set Base Url    ${None}
    Open Session    anonymous    id=nowhere
    Run Keyword And Expect Error
    ...    Go To '/account/login' in session 'nowhere': a relative URL needs a base URL, and none is set; give an absolute URL (http://...), or set one with Set Base Url or the import argument base_url before opening the session.
    ...    Go To    /account/login
    [Teardown]    Run Keywords    Set Base Url    ${previous}    AND    Close All Sessions

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

Wait For Url Takes A Glob, A Path Or A Regular Expression
    Go To    /account/realms
    Wait For Url    **/account/realms
    Wait For Url    /account/realms
    Wait For Url    regexp=.*/account/re[a-z]+$
    Run Keyword And Expect Error
    ...    Wait For Url '**/nowhere' failed in session 'account_pia': the page did not reach it within 0.3 seconds; it is at 'http://*/account/realms'.
    ...    Wait For Url    **/nowhere    timeout=300ms

Wait For Url Says Where The Page Is
    [Setup]    Open Form Lab
    Run Keyword And Expect Error
    ...    Wait For Url '**/verify' failed in session 'anonymous': the page did not reach it within 1 second; it is at 'http://127.0.0.1:*/lab/forms'.
    ...    Wait For Url    **/verify    timeout=1s
    Change Page Later    history.pushState(null, '', '/lab/forms/verify')
    Wait For Url    **/verify    timeout=5s

An Invalid Regular Expression In Wait For Url
    Open Anonymous Session
    Run Keyword And Expect Error
    ...    Wait For Url 'regexp=(' in session 'anonymous': '(' is not a valid regular expression (missing ), unterminated subpattern at position 0); escape special characters with a backslash, or use a glob such as **/path.
    ...    Wait For Url    regexp=(

Url Should Contain
    Go To    /account/tokens
    Url Should Contain    /account/tok
    Run Keyword And Expect Error
    ...    Url Should Contain '/admin' failed in session 'account_pia': *
    ...    Url Should Contain    /admin    timeout=200ms


*** Keywords ***
Open Toolbox As Anonymous
    [Documentation]    Makes the anonymous session current on the toolbox page.
    Open Anonymous Session
    Go To    /lab/toolbox

*** Settings ***
Documentation    Several pages in one session: new tabs, pop-ups and target=_blank links join
...              the session that opened them; page keywords act on its current page.

Resource         ../resources/common.resource

Suite Setup      Use Fresh Demo Portal
Test Teardown    Close All Sessions


*** Test Cases ***
A Target Blank Link Opens A Page In The Same Session
    Create Active Accounts    pam
    Open Account Session    pam    ${USER PASSWORD}
    Open Links Page
    Click    \#blank
    ${previous}=    Switch Page    NEW
    Should Be Equal    ${previous}    page_1
    Get Url    *=    /account/login
    ${ids}=    Get Page Ids
    Should Be Equal    ${ids}    ${{ ['page_1', 'page_2'] }}
    # The new tab shares the session's login.
    Go To    /account/dashboard
    Get Text    .username    ==    pam
    Switch Page    page_1
    Get Element Count    \#blank    ==    1

A Pop-Up Joins Its Session, Not Another
    Open Session    anonymous    id=opener
    Open Links Page
    Open Session    anonymous    id=bystander
    Switch To Session    opener
    Click    \#popup
    Switch Page    NEW
    Get Url    *=    /account/register
    ${info}=    Get Session Info
    Should Be Equal    ${info}[pages]    ${{ ['page_1', 'page_2'] }}
    Should Be Equal    ${info}[page]    page_2
    ${other}=    Get Session Info    bystander
    Should Be Equal    ${other}[pages]    ${{ ['page_1'] }}

New Page And Close Page
    Open Anonymous Session
    ${tab}=    New Page    /account/login
    Should Be Equal    ${tab}    page_2
    Get Url    *=    /account/login
    ${current}=    Close Page
    Should Be Equal    ${current}    page_1
    Get Page Ids    # the keyword itself logs the ids
    ${ids}=    Get Page Ids
    Should Be Equal    ${ids}    ${{ ['page_1'] }}

Bad Page Ids And The Last Page Say What To Do
    Open Anonymous Session
    New Page
    Run Keyword And Expect Error
    ...    Page 'page_9' of session 'anonymous' does not exist; its open pages: page_1, page_2 (or NEW for the newest, CURRENT).
    ...    Switch Page    page_9
    Close Page    page_2
    Run Keyword And Expect Error
    ...    Page 'page_2' of session 'anonymous' was closed; its open pages: page_1 (or NEW for the newest, CURRENT).
    ...    Switch Page    page_2
    Run Keyword And Expect Error
    ...    Close Page 'page_1' in session 'anonymous': it is the session's only page; close the session with Close Session instead.
    ...    Close Page
    Run Keyword And Expect Error
    ...    Switch Page 'NEW' in session 'anonymous': no new page opened within 0.3 seconds; NEW is a page that was never current, and each open page (page_1) has been current already.
    ...    Switch Page    NEW    timeout=300ms

Each Session Switches To Its Own Pop-Up At Once
    Open Session    anonymous    id=first
    Open Links Page
    Open Session    anonymous    id=second
    Open Links Page
    ${urls}=    Run In Sessions Concurrently    first, second
    ...    Click    \#popup
    ...    AND    Switch Page    NEW
    ...    AND    Get Url
    Should Match Regexp    ${urls}[0]    /account/register$
    Should Match Regexp    ${urls}[1]    /account/register$

Switch Page NEW Finds The New Page Whatever Ran Since The Click
    Open Anonymous Session
    Open Links Page
    Click    \#blank
    Wait Until Keyword Succeeds    5s    200ms    Page Count Should Be    2
    Get Title    ==    Toolbox
    ${previous}=    Switch Page    NEW
    Should Be Equal    ${previous}    page_1
    Get Url    *=    /account/login
    # A page that was current once is not new again.
    Switch Page    page_1
    Run Keyword And Expect Error
    ...    Switch Page 'NEW' in session 'anonymous': no new page opened within 0.3 seconds; NEW is a page that was never current, and each open page (page_1, page_2) has been current already.
    ...    Switch Page    NEW    timeout=300ms


*** Keywords ***
Page Count Should Be
    [Documentation]    Fails unless the current session has ${count} open pages.
    [Arguments]    ${count}
    ${ids}=    Get Page Ids
    Length Should Be    ${ids}    ${count}

Open Links Page
    [Documentation]    Shows a target=_blank link and a button that opens a pop-up.
    Go To    /lab/toolbox

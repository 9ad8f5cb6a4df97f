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
    Should Be Equal    ${tab}    ${{ {'page_id': 'page_2', 'video_path': ''} }}
    Get Url    *=    /account/login
    ${closed}=    Close Page
    Should Be Equal    ${closed}    ${{ [{'id': 'page_2', 'session': 'anonymous'}] }}
    ${info}=    Get Session Info
    Should Be Equal    ${info}[page]    page_1
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
    ...    Switch Page 'NEW' in session 'anonymous': no new page opened within 0.3 seconds; NEW is a page that was never current, and each open page (page_1) has been current already.
    ...    Switch Page    NEW    timeout=300ms
    Run Keyword And Expect Error
    ...    Close Page 'page_1' with context 'ALL': page ids are per session, so a page id needs context=CURRENT or a session id; use page=ALL or CURRENT to close pages of every session.
    ...    Close Page    page_1    ALL
    Run Keyword And Expect Error
    ...    Close Page: invalid browser 'chromium-2'; give CURRENT or ALL: every session runs in the one shared browser.
    ...    Close Page    browser=chromium-2

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

A Pop-Up That Closes Itself Hands The Session Back To Its Opener
    [Documentation]    Django's "+" pop-up: saving adds the person to the opener's select and
    ...    calls window.close(); the next keywords act on the opener again.
    Open Anonymous Session
    Go To    /lab/popups/task
    Click    id=add_id_assignee
    Switch Page    NEW
    Fill Text    id=id_name    cyd
    Click    input[name=_save]
    Get Selected Options    id=id_assignee    label    ==    cyd
    ${info}=    Get Session Info
    Should Be Equal    ${info}[page]    page_1
    Should Be Equal    ${info}[pages]    ${{ ['page_1'] }}
    Fill Text    id=id_title    Review
    Click    input[name=_save]
    Get Text    \#saved    ==    Task Review assigned to cyd

A Page Closing Itself Between Keywords Is Logged By The Next One
    [Documentation]    LOG 8:1 INFO [opener] Page page_2 closed itself; back on page_1.
    ${key}=    Evaluate    secrets.token_hex(4)    modules=secrets
    Open Session    anonymous    id=opener
    Open Links Page
    Evaluate JavaScript    ${None}    () => { window.open('/lab/popups/closer?key=${key}') }
    Switch Page    NEW
    Run Keyword In Temporary Session    anonymous    Go To    /lab/popups/closer/close?key=${key}
    Wait Until Keyword Succeeds    5s    100ms    Current Page Should Be    page_1
    Get Url    *=    /lab/toolbox

An Action During Which Its Page Closes Itself Says So
    [Documentation]    LOG 5:1:1 INFO [anonymous] Page page_2 closed itself; back on page_1.
    Open Anonymous Session
    Go To    /lab/popups/task
    Click    id=add_id_assignee
    Switch Page    NEW
    Run Keyword And Expect Error
    ...    Evaluate JavaScript in session 'anonymous': page page_2 closed itself during it; the session is back on page_1; run the keyword again if it was meant for that page.
    ...    Evaluate JavaScript    ${None}    () => new Promise(() => window.close())
    Get Url    *=    /lab/popups/task

Without Its Opener A Closing Pop-Up Hands Over To The Newest Page Left
    Open Anonymous Session
    Go To    /lab/popups/task
    Click    id=add_id_assignee
    New Page    /lab/toolbox
    Switch Page    page_2
    Close Page    page_1
    Fill Text    id=id_name    dot
    Click    input[name=_save]
    Get Url    *=    /lab/toolbox
    ${info}=    Get Session Info
    Should Be Equal    ${info}[page]    page_3
    Should Be Equal    ${info}[pages]    ${{ ['page_3'] }}

A Keyword After The Last Page Closed Itself Names The Open Pages
    [Documentation]    LOG 9:1:1 INFO [anonymous] Page page_2 closed itself; the session has no open page left (New Page opens one).
    ${key}=    Evaluate    secrets.token_hex(4)    modules=secrets
    Open Anonymous Session
    Open Links Page
    Evaluate JavaScript    ${None}    () => { window.open('/lab/popups/closer?key=${key}') }
    Switch Page    NEW
    Close Page    page_1
    Run Keyword In Temporary Session    anonymous    Go To    /lab/popups/closer/close?key=${key}
    Wait Until Keyword Succeeds    5s    100ms    Current Page Should Be    ${None}
    Run Keyword And Expect Error
    ...    Get Url in session 'anonymous': its current page page_2 was closed; its open pages: none. Open one with New Page, or close the session with Close Session.
    ...    Get Url
    Run Keyword And Expect Error
    ...    Switch Page 'CURRENT' in session 'anonymous': its current page page_2 was closed; its open pages: none. Open one with New Page, or close the session with Close Session.
    ...    Switch Page    CURRENT
    ${ids}=    Get Page Ids
    Should Be Empty    ${ids}
    ${page}=    New Page    /lab/toolbox
    Should Be Equal    ${page}[page_id]    page_3
    Get Url    *=    /lab/toolbox


*** Keywords ***
Page Count Should Be
    [Documentation]    Fails unless the current session has ${count} open pages.
    [Arguments]    ${count}
    ${ids}=    Get Page Ids
    Length Should Be    ${ids}    ${count}

Current Page Should Be
    [Documentation]    Fails unless the current session is on page ${id} (${None}: on no open page),
    ...                without a page keyword (which would log what happened to its pages).
    [Arguments]    ${id}
    ${info}=    Get Session Info
    Should Be Equal    ${info}[page]    ${id}

Open Links Page
    [Documentation]    Shows a target=_blank link and a button that opens a pop-up.
    Go To    /lab/toolbox

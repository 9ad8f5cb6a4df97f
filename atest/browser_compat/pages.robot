*** Settings ***
Documentation    The navigation and page keywords take the Browser library's arguments: Go To's
...              timeout and wait_until, Reload's waitUntil, New Page's wait_until and its
...              NewPageDetails, Close Page's page, context, browser and runBeforeUnload (with
...              ALL), Switch Page's context, Get Page Ids' selections and assertions, and
...              Handle Future Dialogs' defaults. A context is a session here. Written as a
...              Browser-library suite.

Resource         ../resources/common.resource

Suite Setup      Use Fresh Demo Portal
Test Setup       Open Anonymous Session
Test Teardown    Close All Sessions


*** Test Cases ***
Go To And Reload Wait Until The Given Load State
    [Documentation]    The held page's image is answered only once it is released: its
    ...    DOM is ready, its load event waits.
    ${key}=    Evaluate    secrets.token_hex(4)    modules=secrets
    ${status}=    Go To    /lab/actions/held?key=${key}    10s    domcontentloaded
    Should Be Equal    ${status}    ${200}
    Get Property    id=late    complete    ==    ${False}
    Run Keyword And Expect Error    *Timeout 300ms exceeded*    Reload    300ms
    New Page    /lab/actions/release?key=${key}
    Close Page
    Reload    waitUntil=load
    Get Property    id=late    complete    ==    ${True}

Go To Returns 0 Without An HTTP Response
    ${status}=    Go To    about:blank
    Should Be Equal    ${status}    ${0}

Go Back And Go Forward
    Go To    /lab/actions
    Go To    /lab/toolbox
    Go Back
    Get Url    *=    /lab/actions
    Go Forward
    Get Url    *=    /lab/toolbox

New Page Returns NewPageDetails And Waits Until The Given State
    ${key}=    Evaluate    secrets.token_hex(4)    modules=secrets
    ${page}=    New Page    /lab/actions/held?key=${key}    wait_until=domcontentloaded
    Should Be Equal    ${page}    ${{ {'page_id': 'page_2', 'video_path': ''} }}
    Get Property    id=late    complete    ==    ${False}
    Switch Page    page_1
    Switch Page    ${page}
    Get Url    *=    /lab/actions/held
    Go To    /lab/actions/release?key=${key}

Get Page Ids Takes Selections And Assertions
    New Page    /lab/actions
    Get Page Ids    ALL    CURRENT    CURRENT    ==    page_1    page_2
    Get Page Ids    ACTIVE    ACTIVE    ACTIVE    ==    page_2
    ${current}=    Get Page Ids    CURRENT
    Should Be Equal    ${current}    ${{ ['page_2'] }}
    ${count}=    Get Page Ids    ALL    ALL    ALL    then    len(value)
    Should Be Equal    ${count}    ${2}
    Get Page Ids    ANY    ANY    ANY    contains    page_1    message=no first page
    Run Keyword And Expect Error    no such page
    ...    Get Page Ids    ALL    ALL    ALL    contains    page_9    message=no such page
    Open Session    anonymous    id=other
    Get Page Ids    ALL    anonymous    ALL    ==    page_1    page_2
    Get Page Ids    ALL    ALL    ALL    ==    page_1
    Run Keyword And Expect Error
    ...    Get Page Ids: invalid browser 'firefox'; give CURRENT or ALL: every session runs in the one shared browser.
    ...    Get Page Ids    ALL    ALL    firefox

Switch Page Takes A Context: The Session
    New Page    /lab/actions
    Open Session    anonymous    id=other
    Go To    /lab/toolbox
    ${previous}=    Switch Page    page_1    anonymous
    Should Be Equal    ${previous}    page_1
    ${session}=    Get Current Session
    Should Be Equal    ${session}    anonymous
    Get Url    ==    about:blank
    Switch Page    CURRENT    other    CURRENT
    Get Url    *=    /lab/toolbox
    Switch Page    page_2    context=anonymous
    Get Url    *=    /lab/actions
    Run Keyword And Expect Error
    ...    Session 'nobody' does not exist; open sessions: anonymous, other.
    ...    Switch Page    page_1    nobody

Close Page Takes Page, Context And Browser, Also ALL
    ${second}=    New Page    /lab/actions
    New Page    /lab/toolbox
    ${closed}=    Close Page    ${second}
    Should Be Equal    ${closed}    ${{ [{'id': 'page_2', 'session': 'anonymous'}] }}
    ${closed}=    Close Page    CURRENT    CURRENT    CURRENT
    Should Be Equal    ${closed}    ${{ [{'id': 'page_3', 'session': 'anonymous'}] }}
    Get Page Ids    ALL    CURRENT    CURRENT    ==    page_1
    # As in the Browser library, the last page closes too; the session stays open.
    Close Page    ALL
    Get Page Ids    ALL    CURRENT    CURRENT    ==
    ${page}=    New Page    /lab/actions
    Should Be Equal    ${page}[page_id]    page_4
    Open Session    anonymous    id=other
    New Page    /lab/toolbox
    ${closed}=    Close Page    ALL    ALL    ALL
    Length Should Be    ${closed}    3
    Get Page Ids    ALL    anonymous    ALL    ==
    Get Page Ids    ALL    other    ALL    ==
    Session Should Exist    anonymous
    Session Should Exist    other

Close Page With runBeforeUnload Runs The Page's beforeunload
    [Documentation]    Close Page returns before the page runs its handler, so its dialog is
    ...    logged under whichever keyword of the session runs then; Wait For Alert finds it.
    New Page    /lab/actions/leave
    Click    id=touch
    Handle Future Dialogs    accept
    Close Page    runBeforeUnload=True
    Wait For Alert    accept
    Wait Until Keyword Succeeds    5s    100ms    Get Page Ids    ALL    CURRENT    CURRENT
    ...    ==    page_1
    New Page    /lab/actions/leave
    Click    id=touch
    Close Page    page_3    CURRENT    CURRENT    False
    Run Keyword And Expect Error    *no dialog appeared*    Wait For Alert    accept    timeout=300ms

Handle Future Dialogs Takes Browser's Defaults
    Go To    /lab/toolbox
    Run Keyword And Expect Error
    ...    Keyword 'ParallelSessions.Handle Future Dialogs' expected 1 to 2 arguments, got 0.
    ...    Handle Future Dialogs
    Handle Future Dialogs    action=accept
    Click    id=ask
    Get Text    id=result    matches    ^answer: ?$
    Handle Future Dialogs    accept    prompt_input=alice
    Click    id=ask
    Get Text    id=result    ==    answer: alice
    Handle Future Dialogs    action=dismiss
    Click    id=revoke
    Get Text    id=result    ==    kept

Page Keywords Run As Concurrent Steps
    Open Session    anonymous    id=other
    ${pages}=    Run In Sessions Concurrently    anonymous, other
    ...    Go To    /lab/actions    10s    domcontentloaded
    ...    AND    New Page    /lab/toolbox    wait_until=commit
    ...    AND    Get Page Ids    ALL    CURRENT    CURRENT    ==    page_1    page_2
    Should Be Equal    ${pages}    ${{ [['page_1', 'page_2']] * 2 }}

*** Settings ***
Documentation    The Browser library's run-time settings, called as a Browser suite calls them:
...              Set Strict Mode, Set Browser Timeout and Set Retry Assertions For return the
...              value in force before and last for their scope (Global, Suite or Test).
...              The tests build on each other in order: a Suite-scoped value set in one test
...              is still there in the next, a Test-scoped one is not.

Resource         ../resources/common.resource

Suite Setup      Start Suite With A Ten Second Timeout
Test Setup       Open Select Lab
Test Teardown    Close All Sessions


*** Test Cases ***
Set Strict Mode
    ${old_mode}=    Set Strict Mode    False
    Should Be True    ${old_mode}
    ${old_mode}=    Set Strict Mode    True
    Should Not Be True    ${old_mode}
    ${old_mode}=    Set Strict Mode    ${True}
    Should Be True    ${old_mode}

Use Strict Mode
    Set Strict Mode    True
    Set Browser Timeout    2s    scope=Test
    Run Keyword And Expect Error    *strict mode violation: locator("p.dup") resolved to 2 elements*
    ...    Get Text    p.dup
    Run Keyword And Expect Error    *strict mode violation: locator(".dup-button") resolved to 2 elements*
    ...    Click    .dup-button
    Get Element Count    p.dup    ==    2

When Strict Is False Keywords Act On The First Match
    Set Strict Mode    False    scope=Test
    Get Text    p.dup    ==    first
    Click    .dup-button
    Get Text    id=clicked    ==    first-button
    Fill Text    input.twin    typed
    Get Property    input.twin    value    ==    typed
    Get Property    id=twin2    value    ==    ${EMPTY}
    Get Attribute    .dup-button    id    ==    b1
    Get Element States    p.dup    contains    visible
    Select Options By    select[multiple]    value    others
    Get Selected Options    select[multiple]    value    ==    others
    Get Element Count    p.dup    ==    2

Strict Mode Set For A Test Ends With The Test
    [Documentation]    The previous test turned strict mode off for itself only.
    Set Browser Timeout    2s    scope=Test
    Run Keyword And Expect Error    *strict mode violation*
    ...    Get Text    p.dup

Strict Mode Off In Run In Sessions Concurrently
    [Documentation]    The steps use the strict mode in force when the keyword is called.
    Open Session    anonymous    id=left
    Open Session    anonymous    id=right
    Set Strict Mode    False    scope=Test
    ${texts}=    Run In Sessions Concurrently    left, right
    ...    Go To    /lab/selects
    ...    AND    Click    .dup-button
    ...    AND    Get Text    id=clicked    ==    first-button
    ...    AND    Get Text    p.dup
    Should Be Equal    ${texts}    ${{ ['first', 'first'] }}

Set Browser Timeout Returns The Old Timeout And Bounds The Keywords
    ${old}=    Set Browser Timeout    300ms    scope=Test
    Should Be Equal    ${old}    10 seconds
    Run Keyword And Expect Error    *Timeout 300ms exceeded*
    ...    Click    id=no-such-button
    Run Keyword And Expect Error    *Timeout 300ms exceeded*
    ...    Get Text    id=no-such-text
    Click    id=b1    timeout=5s

A Test Scoped Timeout Ends With Its Test And Suite Is The Default Scope
    ${old}=    Set Browser Timeout    7s
    Should Be Equal    ${old}    10 seconds

A Suite Scoped Timeout Set In A Test Lasts For The Next Tests
    [Documentation]    The previous test set 7 seconds for the suite.
    ${old}=    Set Browser Timeout    3s    scope=Test
    Should Be Equal    ${old}    7 seconds
    ${old}=    Set Browser Timeout    7s    scope=Test
    Should Be Equal    ${old}    3 seconds

A Global Timeout Replaces The Suite's
    ${old}=    Set Browser Timeout    8s    scope=Global
    Should Be Equal    ${old}    7 seconds
    ${old}=    Set Browser Timeout    10s    scope=Global
    Should Be Equal    ${old}    8 seconds

Getters Retry Until Their Timeout When Retry Assertions For Is Not Set
    [Documentation]    The text changes 2.5 seconds after the click: later than the Browser
    ...    library's one second of retry, well within the ten second timeout.
    Click    id=start-late
    Get Text    id=late    ==    after

Set Retry Assertions For Ends Retrying Before The Timeout
    [Documentation]    The keyword's timeout is a minute; the test's own timeout ends it far
    ...    earlier, so it passes only when the retry of one second is honoured.
    [Timeout]    30s
    ${old}=    Set Retry Assertions For    1s    scope=Test
    Should Be Equal    ${old}    ${None}
    Set Browser Timeout    1 min    scope=Test
    Run Keyword And Expect Error
    ...    Get Text 'id=late' failed in session 'anonymous': Text 'before' (str) should be 'never' (str)
    ...    Get Text    id=late    ==    never
    ${old}=    Set Retry Assertions For    ${None}    scope=Test
    Should Be Equal    ${old}    1 second

Set Retry Assertions For In Run In Sessions Concurrently
    [Documentation]    The steps use the retry in force when the keyword is called.
    [Timeout]    30s
    Set Retry Assertions For    0.5s    scope=Test
    Set Browser Timeout    1 min    scope=Test
    Run Keyword And Expect Error    *Text 'before' (str) should be 'never' (str)*
    ...    Run In Sessions Concurrently    anonymous
    ...    Get Text    id=late    ==    never

Invalid Settings Are Refused With A Sentence
    Run Keyword And Expect Error
    ...    EQUALS:Set Browser Timeout: invalid timeout '0 seconds': give a positive time of at most 24 hours, such as 10s or 1 min.
    ...    Set Browser Timeout    0
    Run Keyword And Expect Error
    ...    EQUALS:Set Retry Assertions For: invalid time '-1 second': give 0 or a positive time of at most 24 hours such as 1s or 500 ms, or None to retry until each keyword's timeout.
    ...    Set Retry Assertions For    -1s
    Run Keyword And Expect Error    EQUALS:Invalid scope 'Forever': give one of Global, Suite, Test or Task.
    ...    Set Strict Mode    False    scope=Forever


*** Keywords ***
Start Suite With A Ten Second Timeout
    [Documentation]    Starts the portal, sets the suite's timeout and shows that scope=Test is refused outside a test.
    Use Fresh Demo Portal
    Set Browser Timeout    10s
    Run Keyword And Expect Error
    ...    EQUALS:Set Strict Mode: setting for test/task can not be set on suite level: scope=Test works only inside a test; here use Suite or Global.
    ...    Set Strict Mode    False    scope=Test

Open Select Lab
    [Documentation]    Opens the anonymous session on the select lab page.
    Open Anonymous Session
    Go To    /lab/selects

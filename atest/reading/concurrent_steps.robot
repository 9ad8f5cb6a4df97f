*** Settings ***
Documentation    Every getter and Wait For Element can be a step of Run In Sessions
...              Concurrently; an assertion that fails in one session fails only that
...              session's part, and the keyword then fails once, naming it.

Resource         ../resources/form_lab.resource

Suite Setup      Prepare Accounts
Test Setup       Open Account Sessions    @{USERS}
Test Teardown    Close All Sessions


*** Variables ***
@{USERS}       cora    dave    emma
@{SESSIONS}    account_cora    account_dave    account_emma


*** Test Cases ***
Every Getter Asserts As A Concurrent Step
    ${states}=    Run In Sessions Concurrently    ${SESSIONS}
    ...    Go To    ${LAB}
    ...    AND    Fill Text    id=display-name    {session}
    ...    AND    Fill Text    id=email    {session}@example.com
    ...    AND    Check Checkbox    id=terms
    ...    AND    Select Option    id=country    us
    ...    AND    Click    id=save
    ...    AND    Get Text    .status    ==    Active
    ...    AND    Get Text    id=display-name    ==    {session}
    ...    AND    Get Url    $=    ${LAB}
    ...    AND    Get Title    ==    Edit profile
    ...    AND    Get Element Count    a.item    ==    27
    ...    AND    Get Attribute    id=display-name    value    ==    Guest
    ...    AND    Get Property    id=email    value    ==    {session}@example.com
    ...    AND    Get Checkbox State    id=terms    ==    checked
    ...    AND    Get Selected Options    id=country    value    ==    us
    ...    AND    Wait For Element    id=saved-note    visible
    ...    AND    Wait For Element    id=save    enabled
    ...    AND    Get Element States    id=save    contains    enabled
    Length Should Be    ${states}    3
    FOR    ${session states}    IN    @{states}
        List Should Contain Value    ${session states}    enabled
    END

Getters Return Each Session's Own Value
    ${names}=    Run In Sessions Concurrently    ${SESSIONS}
    ...    Go To    ${LAB}
    ...    AND    Fill Text    id=display-name    name of {session}
    ...    AND    Get Property    id=display-name    value
    Should Be Equal    ${names}    ${{ ['name of account_cora', 'name of account_dave', 'name of account_emma'] }}
    ${counts}=    Run In Sessions Concurrently    ${SESSIONS}
    ...    Get Element Count    a.item    >    2
    Should Be Equal    ${counts}    ${{ [27, 27, 27] }}
    ${lengths}=    Run In Sessions Concurrently    ${SESSIONS}
    ...    Get Text    id=display-name    then    len(value)
    Should Be Equal    ${lengths}
    ...    ${{ [len('name of account_cora'), len('name of account_dave'), len('name of account_emma')] }}

An Assertion Failing In One Session Fails Only Its Part
    [Documentation]    Only dave's page saves; cora and emma still run their last step,
    ...    which proves they went on after dave's assertion failed.
    Run Keyword And Expect Error
    ...    EQUALS:Run In Sessions Concurrently failed in 1 session(s): account_dave: Get Text '.status' failed: Text 'Active' (str) should be 'Pending' (str)
    ...    Run In Sessions Concurrently    ${SESSIONS}    Go To    ${LAB}    AND    Evaluate JavaScript    ${None}
    ...    (id) => { if (id === 'account_dave') document.querySelector('.status').textContent = 'Active' }
    ...    arg={session}    AND    Get Text    .status    ==    Pending    timeout=2s    AND    Fill Text
    ...    id=display-name    after-{session}
    FOR    ${user}    IN    cora    emma
        Switch To Session    account_${user}
        Get Property    id=display-name    value    ==    after-account_${user}
    END
    Switch To Session    account_dave
    Get Property    id=display-name    value    ==    Guest

A Wait Failing In Two Sessions Is Reported Once With Both
    Run Keyword And Expect Error
    ...    EQUALS:Run In Sessions Concurrently failed in 2 session(s): account_cora: Wait For Element 'id=saved-note' to be visible failed: Timeout 3000ms exceeded.; account_emma: Wait For Element 'id=saved-note' to be visible failed: Timeout 3000ms exceeded.
    ...    Run In Sessions Concurrently    ${SESSIONS}    Go To    ${LAB}    AND    Evaluate JavaScript    ${None}
    ...    (id) => { if (id === 'account_dave') document.getElementById('saved-note').hidden = false }    arg={session}
    ...    AND    Wait For Element    id=saved-note    visible    timeout=3s


*** Keywords ***
Prepare Accounts
    [Documentation]    Starts a fresh portal with an active account for each of ${USERS}.
    Use Fresh Demo Portal
    Create Active Accounts    @{USERS}

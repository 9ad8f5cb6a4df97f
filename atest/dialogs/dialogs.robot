*** Settings ***
Documentation    Every alert, confirm and prompt is answered, logged and can be checked; none
...              is dismissed silently. Also on the portal's own tokens page: a confirm before
...              a token is revoked, answered by three users at one instant.

Resource         ../resources/common.resource

Suite Setup      Use Fresh Demo Portal
Test Setup       Open A Page With Dialogs
Test Teardown    Close All Sessions


*** Test Cases ***
A Confirm Is Accepted By Default And Logged
    [Documentation]    LOG 1:2 INFO [anonymous] Dialog: confirm 'Revoke token ci-token?' accepted (see Handle Future Dialogs).
    Click    \#revoke
    ${message}=    Wait For Alert    accept    text=Revoke token ci-token?
    Should Be Equal    ${message}    Revoke token ci-token?
    Get Text    \#result    ==    revoked

Handle Future Dialogs Dismisses Until Changed
    Handle Future Dialogs    dismiss
    Click    \#revoke
    Wait For Alert    dismiss
    Get Text    \#result    ==    kept
    Click    \#revoke
    Get Text    \#result    ==    kept
    Handle Future Dialogs    accept
    Click    \#revoke
    Get Text    \#result    ==    revoked

Wait For Alert Started Before The Dialog Answers It As Told
    [Documentation]    The Browser library's order: the promise first, then the click.
    ${promise}=    Promise To    Wait For Alert    dismiss    text=Revoke token ci-token?
    Click    \#revoke
    ${message}=    Wait For    ${promise}
    Should Be Equal    ${message}    Revoke token ci-token?
    Get Text    \#result    ==    kept
    # Only that dialog: the next one gets the session's policy (accept) again.
    Click    \#revoke
    Get Text    \#result    ==    revoked
    ${promise}=    Promise To    Wait For Alert    accept    prompt_input=bob
    Click    \#ask
    Wait For    ${promise}
    Get Text    \#result    ==    answer: bob

Wait For Alerts Answers Several Dialogs In Turn
    Go To    /lab/emulation
    ${promise}=    Promise To    Wait For Alerts    ["dismiss", "accept"]    [None, "bob"]
    ...    ["Sure?", None]
    Click    id=two-dialogs
    ${texts}=    Wait For    ${promise}
    Should Be Equal    ${texts}    ${{ ['Sure?', 'Name?'] }}
    Get Text    id=consent    ==    sure: false, name: bob
    # Afterwards the session's policy again: accept, with the prompt's default value.
    Click    id=two-dialogs
    Get Text    id=consent    ==    sure: true, name: nobody
    Run Keyword And Expect Error
    ...    Wait For Alerts needs as many prompt_inputs and texts as actions*got 2 actions, 1 prompt_inputs and 2 texts.
    ...    Wait For Alerts    ["accept", "accept"]    [None]    [None, None]

A Prompt Gets Its Input
    Handle Future Dialogs    accept    prompt_input=alice
    Click    \#ask
    Wait For Alert    accept    prompt_input=alice    text=Your name?
    Get Text    \#result    ==    answer: alice
    # As in the Browser library, prompt_input defaults to an empty answer.
    Handle Future Dialogs    accept
    Click    \#ask
    Get Text    \#result    matches    ^answer: ?$

Wait For Alert Says What Went Wrong
    Run Keyword And Expect Error
    ...    Wait For Alert failed in session 'anonymous': no dialog appeared within 0.3 seconds since the previous keyword began.
    ...    Wait For Alert    accept    timeout=300ms
    Click    \#hello
    Run Keyword And Expect Error
    ...    Wait For Alert failed in session 'anonymous': the alert said 'Saved', expected 'Done'.
    ...    Wait For Alert    accept    text=Done
    Click    \#revoke
    Run Keyword And Expect Error
    ...    Wait For Alert failed in session 'anonymous': the confirm 'Revoke token ci-token?' was already answered: confirm 'Revoke token ci-token?' accepted. Dialogs are answered when they appear: use Handle Future Dialogs dismiss before the keyword that opens it.
    ...    Wait For Alert    dismiss

Three Users Accept A Confirm At One Instant
    Open Session    anonymous    id=second
    Go To    /lab/toolbox
    Open Session    anonymous    id=third
    Go To    /lab/toolbox
    ${messages}=    Run In Sessions Concurrently    anonymous, second, third
    ...    SYNC
    ...    AND    Click    \#revoke
    ...    AND    Wait For Alert    accept
    Should Be Equal    ${messages}    ${{ ['Revoke token ci-token?'] * 3 }}
    ${results}=    Run Keyword In Sessions    anonymous, second, third    Get Text    \#result
    Should Be Equal    ${results}    ${{ ['revoked'] * 3 }}

Revoking A Token Asks First And Dismissing Keeps It
    Create Active Accounts    rosa
    Open Account Session    rosa    ${USER PASSWORD}
    Create Token    ci-token
    Go To    /account/tokens
    Handle Future Dialogs    dismiss
    Click    li[data-token-name="ci-token"] button
    Wait For Alert    dismiss    text=Revoke token ci-token?
    Get Element Count    li.token    ==    1
    Handle Future Dialogs    accept
    Click    li[data-token-name="ci-token"] button
    Wait For Alert    accept    text=Revoke token ci-token?
    Get Url    *=    revoked=ci-token
    Get Element Count    li.token    ==    0

Three Users Accept A Revoke Confirm At One Instant
    Create Active Accounts    uma    ulf    una
    ${sessions}=    Open Account Sessions    uma    ulf    una
    Run Keyword In Sessions    ${sessions}    Create Token    token-of-{session}
    Run In Sessions Concurrently    ${sessions}
    ...    Go To    /account/tokens
    ...    AND    SYNC
    ...    AND    Click    li.token button
    ...    AND    Wait For Alert    accept
    ...    AND    Get Element Count    li.token    ==    0


*** Keywords ***
Open A Page With Dialogs
    [Documentation]    Opens the anonymous session on a page with a confirm, an alert and a prompt.
    Open Anonymous Session
    Go To    /lab/toolbox

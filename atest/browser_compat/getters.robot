*** Settings ***
Documentation    The getters as a Browser library suite calls them: its argument names and
...              defaults (Get Element Count's expected 0, Get Checkbox State's
...              assertion_expected, Get Element States' return_names, message on
...              Get Selected Options), its failure texts, and a getter that times out failing
...              as an action does: the keyword's timeout, the reason, no Playwright prefix.

Resource         ../resources/form_lab.resource

Suite Setup      Use Fresh Demo Portal
Test Setup       Open Form Lab
Test Teardown    Close All Sessions


*** Test Cases ***
Get Element Count Without An Expected Value Expects Zero
    Get Element Count    .no-such-thing    ==
    Get Element Count    a.item    >
    Run Keyword And Expect Error
    ...    EQUALS:Get Element Count 'a.item' failed in session 'anonymous': Element count for selector `a.item` is '27' (int) should be '0' (int)
    ...    Get Element Count    a.item    ==    timeout=1s

Get Element Count Fails With The Browser Library's Text
    Get Element Count    a.item    ==    27
    Get Element Count    a.item    >=    ${27}
    Run Keyword And Expect Error
    ...    EQUALS:Get Element Count 'input.none' failed in session 'anonymous': Element count for selector `input.none` is '0' (int) should be '2' (int)
    ...    Get Element Count    input.none    ==    2    timeout=1s

A Getter That Times Out Says The Keyword's Timeout And Why, As Click Does
    Run Keyword And Expect Error
    ...    EQUALS:Click '\#missing' failed in session 'anonymous': Timeout 500ms exceeded. (no element matches the selector)
    ...    Click    \#missing    timeout=500ms
    Run Keyword And Expect Error
    ...    EQUALS:Get Text '\#missing' failed in session 'anonymous': Timeout 500ms exceeded. (no element matches the selector)
    ...    Get Text    \#missing    timeout=500ms

Every Getter Of One Element Times Out With The Reason
    [Template]    Getter Should Time Out With The Reason
    Get Text    \#missing    ==    Pending
    Get Attribute    \#missing    value
    Get Property    \#missing    value
    Get Checkbox State    \#missing    ==    checked
    Get Selected Options    \#missing    value    ==    us
    Get Text    iframe#none >>> h1

A Getter That Times Out In A Concurrent Step Says So Without Playwright's Prefix
    [Documentation]    The steps table shows each step's error as it is: no "Locator.evaluate:".
    ...
    ...    LOG 3:1:1 INFO REGEXP: (?s)^(?!.*Locator\\.)(.*Get Text &#x27;#missing&#x27;</td>.*?FAIL: Timeout 1000ms exceeded\\. \\(no element matches the selector\\)){2}.*$
    Open Session    anonymous    id=second
    Go To    ${LAB}
    Run Keyword And Expect Error
    ...    EQUALS:Run In Sessions Concurrently failed in 2 session(s): anonymous: Get Text '\#missing' failed: Timeout 1000ms exceeded. (no element matches the selector); second: Get Text '\#missing' failed: Timeout 1000ms exceeded. (no element matches the selector)
    ...    Run In Sessions Concurrently    anonymous, second    Get Text    \#missing    timeout=1s

Get Checkbox State Takes Assertion Expected
    Get Checkbox State    id=newsletter    ==    checked
    Get Checkbox State    id=terms    ==
    Get Checkbox State    id=terms    assertion_operator===    assertion_expected=unchecked
    Get Checkbox State    id=newsletter    !=    assertion_expected=${False}
    Run Keyword And Expect Error
    ...    EQUALS:Terms must be accepted
    ...    Get Checkbox State    id=terms    ==    assertion_expected=checked    message=Terms must be accepted
    ...    timeout=1s

Get Element States Returns Flags With Return Names False
    ${flags}=    Get Element States    id=delete    return_names=False
    Should Be True    'disabled' in $flags and 'enabled' not in $flags
    Should Be Equal    ${flags.name}    attached|visible|disabled|readonly|defocused
    ${names}=    Get Element States    id=delete
    Should Be Equal    ${names}    ${{ ['attached', 'visible', 'disabled', 'readonly', 'defocused'] }}

Get Element States Validates And Evaluates Flags As The Browser Library Does
    Get Element States    h1    validate    value & visible
    Get Element States    id=newsletter    validate    value & checked and 'visible' in value
    ${visible}=    Get Element States    h1    then    bool(value & visible)
    Should Be Equal    ${visible}    ${True}
    ${shown}=    Get Element States    id=saved-note    then    value & (visible | hidden)
    Should Be Equal    ${shown.name}    hidden
    Get Element States    id=delete    *=    disabled    message=The delete button should be disabled
    Run Keyword And Expect Error
    ...    EQUALS:Get Element States 'h1' failed in session 'anonymous': States 'attached|visible|enabled|readonly|defocused' (elementstateflags) should validate to true with 'value & hidden' (str)
    ...    Get Element States    h1    validate    value & hidden    timeout=1s

Get Selected Options Takes A Message
    Get Selected Options    id=languages    value    ==    en    de    message=Languages changed
    Run Keyword And Expect Error
    ...    EQUALS:Languages changed
    ...    Get Selected Options    id=languages    value    ==    sv    message=Languages changed
    ...    timeout=1s


*** Keywords ***
Getter Should Time Out With The Reason
    [Documentation]    Runs getter ${keyword} on ${selector} with a 400 ms timeout; it must fail
    ...    with Playwright's timeout as the keyword's and "no element matches the selector".
    [Arguments]    ${keyword}    ${selector}    @{arguments}
    ${error}=    Run Keyword And Expect Error    *
    ...    ${keyword}    ${selector}    @{arguments}    timeout=400ms
    Should End With    ${error}    : Timeout 400ms exceeded. (no element matches the selector)
    Should Start With    ${error}    ${keyword}

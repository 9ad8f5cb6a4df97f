*** Settings ***
Documentation    The element and page assertions, Wait For Element, the getters without an
...              operator and Evaluate JavaScript on the account pages of a logged-in user.

Resource         ../resources/common.resource

Suite Setup      Use Fresh Demo Portal With Accounts    pia
Test Setup       Open Account Session    pia    ${USER PASSWORD}
Test Teardown    Close All Sessions


*** Test Cases ***
Element Visibility Assertions
    Go To    /account/dashboard
    Element Should Be Visible    .status
    Element Should Not Be Visible    .error
    Run Keyword And Expect Error
    ...    Element Should Be Visible '.error' failed in session 'account_pia': *
    ...    Element Should Be Visible    .error    timeout=200ms
    Run Keyword And Expect Error
    ...    Element Should Not Be Visible '.status' failed in session 'account_pia': *
    ...    Element Should Not Be Visible    .status    timeout=200ms

Text Assertions Wait For The Page And Fail Clearly
    Go To    /account/dashboard
    Element Text Should Be    .username    pia
    Page Should Contain    Signed in as
    Page Should Not Contain    Pending
    Run Keyword And Expect Error
    ...    Element Text Should Be '.status' 'Pending' failed in session 'account_pia': Locator expected to have text 'Pending' (actual: 'Active')
    ...    Element Text Should Be    .status    Pending    timeout=200ms
    Run Keyword And Expect Error
    ...    Page Should Contain 'No such words' failed in session 'account_pia': *
    ...    Page Should Contain    No such words    timeout=200ms
    Run Keyword And Expect Error
    ...    Page Should Not Contain 'Signed in' failed in session 'account_pia': *
    ...    Page Should Not Contain    Signed in    timeout=200ms

A Check On A Selector That Matches Several Elements Fails And Lists Them
    [Documentation]    Element Should Be Visible used to pass when the first of two matches was visible.
    Open Anonymous Session
    Go To    /
    Evaluate JavaScript    ${None}
    ...    document.body.insertAdjacentHTML('beforeend', [1,2,3,4,5,6,7].map(n => '<p class="twin">twin ' + n + '</p>').join(''))
    Run Keyword And Expect Error
    ...    Element Should Be Visible 'p.twin' failed in session 'anonymous': strict mode violation: locator("p.twin") resolved to 7 elements: 1) <p class="twin">twin 1</p>*; 5) <p class="twin">twin 5</p>*; and 2 more. Make the selector match one element, for example with >> nth=0 or a more specific selector.
    ...    Element Should Be Visible    p.twin    timeout=500ms
    Element Should Be Visible    p.twin >> nth=0

Wait For Element States
    Go To    /slow?ms=300
    Wait For Element    id=slow-done
    Wait For Element    id=slow-done    state=attached
    Wait For Element    .no-such-thing    state=detached
    Wait For Element    .no-such-thing    state=hidden
    Run Keyword And Expect Error
    ...    Wait For Element '.no-such-thing' to be visible failed in session 'account_pia': Timeout 200ms exceeded.
    ...    Wait For Element    .no-such-thing    timeout=200ms

Invalid Keyword Arguments Name The Accepted Values
    Open Anonymous Session
    Run Keyword And Expect Error
    ...    EQUALS:Invalid state 'shown': give one of attached, detached, visible, hidden, enabled, disabled, editable, readonly, checked, unchecked, focused, defocused, selected, deselected or stable.
    ...    Wait For Element    h1    state=shown
    Run Keyword And Expect Error
    ...    ValueError: Argument 'timeout' got value 'soon' that cannot be converted to timedelta or None*
    ...    Click    h1    timeout=soon

Get Attribute And Get Element Count
    Go To    /account/dashboard
    ${href}=    Get Attribute    id=preferences    href
    Should Be Equal    ${href}    /account/preferences
    ${missing}=    Get Attribute    id=preferences    data-nothing
    Should Be Equal    ${missing}    ${None}
    ${links}=    Get Element Count    ul.items li
    Should Be Equal    ${links}    ${3}
    ${none}=    Get Element Count    .no-such-thing
    Should Be Equal    ${none}    ${0}

Evaluate JavaScript With An Argument
    Go To    /account/dashboard
    ${sum}=    Evaluate JavaScript    ${None}    (n) => n + 1    arg=${41}
    Should Be Equal    ${sum}    ${42}
    ${user}=    Evaluate JavaScript    ${None}    localStorage.getItem('portal.user')
    Should Be Equal    ${user}    pia

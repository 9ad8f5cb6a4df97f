*** Settings ***
Documentation    Get Element States reports every state of the Browser library's list, and
...              Wait For Element waits for each of them (and for ``stable``): the page
...              changes ${LATER MS} ms after the test asks it to, so each wait has to wait.

Resource         ../resources/form_lab.resource

Suite Setup      Use Fresh Demo Portal
Test Setup       Open Form Lab
Test Teardown    Close All Sessions


*** Test Cases ***
Get Element States Names Every State
    [Template]    States Should Include
    id=display-name    attached    visible    enabled    editable    defocused
    .no-such-thing    detached
    id=saved-note    attached    hidden
    id=delete    disabled
    id=member-id    readonly    enabled
    id=newsletter    checked
    id=terms    unchecked
    id=country >> option[value=de]    selected
    id=country >> option[value=fi]    deselected

Opposite States Are Never Reported Together
    [Template]    States Should Exclude
    id=display-name    detached    hidden    disabled    readonly    focused
    .no-such-thing    attached    visible
    id=saved-note    visible
    id=delete    enabled
    id=member-id    editable
    id=newsletter    unchecked
    id=terms    checked
    id=country >> option[value=de]    deselected
    id=country >> option[value=fi]    selected

Focused Follows The Keyboard
    Get Element States    id=email    contains    defocused
    Click    id=email
    Get Element States    id=email    contains    focused
    Get Element States    id=email    validate    'defocused' not in value
    Get Element States    id=bio    contains    defocused

Values Typed And Chosen Change The States
    Get Element States    id=save    contains    disabled
    Fill Text    id=email    ada@example.com
    Get Element States    id=save    contains    enabled
    Check Checkbox    id=terms
    Get Element States    id=terms    contains    checked
    Uncheck Checkbox    id=newsletter
    Get Element States    id=newsletter    contains    unchecked
    Select Option    id=country    fi
    Get Element States    id=country >> option[value=fi]    contains    selected
    Get Element States    id=country >> option[value=de]    contains    deselected

Wait For Element Waits For Every State
    [Documentation]    Each row changes the page a moment later, then waits for the new state
    ...    and checks that the element really is in it.
    [Template]    Wait For State After Change
    id=late    attached    document.getElementById('profile').insertAdjacentHTML('beforeend', '<p id="late">Late</p>')
    id=saved-note    detached    document.getElementById('saved-note').remove()
    id=saved-note    visible    document.getElementById('saved-note').hidden = false
    id=display-name    hidden    document.getElementById('display-name').style.display = 'none'
    id=delete    enabled    document.getElementById('delete').disabled = false
    id=display-name    disabled    document.getElementById('display-name').disabled = true
    id=member-id    editable    document.getElementById('member-id').readOnly = false
    id=bio    readonly    document.getElementById('bio').readOnly = true
    id=terms    checked    document.getElementById('terms').checked = true
    id=newsletter    unchecked    document.getElementById('newsletter').checked = false
    id=email    focused    document.getElementById('email').focus()
    id=country >> option[value=fi]    selected    document.getElementById('country').value = 'fi'
    id=country >> option[value=de]    deselected    document.getElementById('country').value = 'fi'

Wait For Element Waits Until The Focus Leaves
    Click    id=email
    Change Page Later    document.getElementById('email').blur()
    Wait For Element    id=email    defocused
    Get Element States    id=email    contains    defocused

Wait For Element Stable Waits Until An Animation Ends
    Evaluate JavaScript    ${None}
    ...    document.getElementById('upload').animate([{transform: 'translateX(0)'}, {transform: 'translateX(200px)'}], {duration: ${LATER MS} * 2})
    Wait For Element    id=upload    stable
    Run Keyword And Expect Error
    ...    Wait For Element 'id=spinner' to be stable failed in session 'anonymous': *
    ...    Wait For Element Of Endless Spinner

Wait For Element Fails After Its Timeout For Every State
    [Documentation]    Playwright's own states time out; the others say which states the
    ...    element had when time was up.
    [Template]    Wait Should Time Out
    id=display-name    detached    Timeout 200ms exceeded.
    .no-such-thing    attached    Timeout 200ms exceeded.
    id=saved-note    visible    Timeout 200ms exceeded.
    id=display-name    hidden    Timeout 200ms exceeded.
    id=delete    enabled    the element is attached, visible, disabled, readonly, defocused, not enabled
    id=display-name    disabled    the element is attached, visible, enabled, editable, defocused, not disabled
    id=member-id    editable    the element is attached, visible, enabled, readonly, defocused, not editable
    id=bio    readonly    the element is attached, visible, enabled, editable, defocused, not readonly
    id=terms    checked    the element is attached, visible, enabled, editable, unchecked, defocused, not checked
    id=newsletter    unchecked    the element is attached, visible, enabled, editable, checked, defocused, not unchecked
    id=email    focused    the element is attached, visible, enabled, editable, defocused, not focused
    id=display-name    defocused
    ...    the element is attached, visible, enabled, editable, focused, not defocused
    ...    Click    id=display-name
    id=country >> option[value=fi]    selected
    ...    the element is attached, hidden, enabled, readonly, defocused, deselected, not selected
    id=country >> option[value=de]    deselected
    ...    the element is attached, hidden, enabled, readonly, defocused, selected, not deselected

Wait For Element Says The States Even When The Page Answers Late
    [Documentation]    The page is busy for longer than the wait's timeout: the wait still
    ...    reads the states when it can, instead of failing on its own read.
    Go To    ${LAB}
    Evaluate JavaScript    ${None}
    ...    setInterval(() => { const t = Date.now(); while (Date.now() - t < 300) {} }, 20)
    Run Keyword And Expect Error
    ...    EQUALS:Wait For Element 'id=terms' to be checked failed in session 'anonymous': the element is attached, visible, enabled, editable, unchecked, defocused, not checked
    ...    Wait For Element    id=terms    checked    timeout=200ms

Wait For Element Refuses An Unknown State
    Run Keyword And Expect Error
    ...    EQUALS:Invalid state 'shiny': give one of attached, detached, visible, hidden, enabled, disabled, editable, readonly, checked, unchecked, focused, defocused, selected, deselected or stable.
    ...    Wait For Element    id=email    state=shiny


*** Keywords ***
States Should Include
    [Documentation]    Get Element States of ``${selector}`` reports every one of the given states.
    [Arguments]    ${selector}    @{states}
    ${actual}=    Get Element States    ${selector}
    List Should Contain Sub List    ${actual}    ${states}    msg=${selector} is ${actual}

States Should Exclude
    [Documentation]    Get Element States of ``${selector}`` reports none of the given states.
    [Arguments]    ${selector}    @{states}
    ${actual}=    Get Element States    ${selector}
    FOR    ${state}    IN    @{states}
        List Should Not Contain Value    ${actual}    ${state}    msg=${selector} is ${actual}
    END

Wait For State After Change
    [Documentation]    The element is not yet in ``${state}``; the page puts it there a moment
    ...    later; Wait For Element returns once it is.
    [Arguments]    ${selector}    ${state}    ${statement}
    Go To    ${LAB}
    Get Element States    ${selector}    validate    '${state}' not in value
    Change Page Later    ${statement}
    Wait For Element    ${selector}    ${state}
    Get Element States    ${selector}    contains    ${state}    timeout=1s

Wait Should Time Out
    [Documentation]    Runs the optional first keyword, then Wait For Element fails after 200 ms with ``${reason}``.
    [Arguments]    ${selector}    ${state}    ${reason}    @{first}
    Go To    ${LAB}
    IF    $first    Run Keyword    @{first}
    Run Keyword And Expect Error
    ...    EQUALS:Wait For Element '${selector}' to be ${state} failed in session 'anonymous': ${reason}
    ...    Wait For Element    ${selector}    ${state}    timeout=200ms

Wait For Element Of Endless Spinner
    [Documentation]    Adds an element that moves on for a minute and waits 500 ms for it to be
    ...    stable. (A rotating square looked stable when a busy machine drew its frames a
    ...    quarter turn apart: its box is the same every quarter turn.)
    Evaluate JavaScript    ${None}
    ...    document.body.insertAdjacentHTML('beforeend', '<div id="spinner" style="width:20px;height:20px;background:#2680c2"></div>'); document.getElementById('spinner').animate([{transform: 'translateX(0)'}, {transform: 'translateX(6000px)'}], {duration: 60000})
    Wait For Element    id=spinner    stable    timeout=500ms

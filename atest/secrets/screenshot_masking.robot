*** Settings ***
Documentation    A secret typed with Fill Secret into a field that shows its text is blacked
...              out in screenshots of that session; a password field needs no mask.

Resource         ../resources/common.resource
Library          ../resources/Pixels.py

Suite Setup      Use Fresh Demo Portal
Test Teardown    Close All Sessions


*** Variables ***
# Playwright paints masked elements in this colour.
${MASK COLOUR}    \#ff00ff


*** Test Cases ***
A Secret In A Text Field Is Masked In Screenshots, Plain Text Is Not
    Set Environment Variable    MASKED_SECRET    masked-value-123
    VAR    ${secret: Secret}=    %{MASKED_SECRET}
    Open Anonymous Session
    Go To    /account/login
    Fill Text    id=username    visible text
    ${path}=    Take Screenshot    unmasked
    ${colour}=    Colour At The Centre Of    id=username    ${path}
    Should Not Be Equal    ${colour}    ${MASK COLOUR}    msg=positive control: no mask before Fill Secret
    Fill Secret    id=username    ${secret}
    ${path}=    Take Screenshot    masked
    ${colour}=    Colour At The Centre Of    id=username    ${path}
    Should Be Equal    ${colour}    ${MASK COLOUR}
    ${colour}=    Colour At The Centre Of    id=password    ${path}
    Should Not Be Equal    ${colour}    ${MASK COLOUR}
    [Teardown]    Run Keywords    Remove Environment Variable    MASKED_SECRET
    ...    AND    Close All Sessions


*** Keywords ***
Colour At The Centre Of
    [Documentation]    The colour a screenshot has at the centre of element ${selector}.
    [Arguments]    ${selector}    ${path}
    ${box}=    Evaluate JavaScript    ${None}
    ...    (s) => { const r = document.querySelector(s).getBoundingClientRect(); return [Math.round(r.x + r.width / 2), Math.round(r.y + r.height / 2)] }
    ...    arg=${{ '#' + $selector.split('=', 1)[1] }}
    ${colour}=    Get Pixel Colour    ${path}    ${box}[0]    ${box}[1]
    RETURN    ${colour}

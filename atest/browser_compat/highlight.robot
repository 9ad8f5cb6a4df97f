*** Settings ***
Documentation    Highlight Elements as in the Browser library: it returns how many elements
...              it highlighted, never fails for none or many, and leaves nothing a later
...              keyword sees: clicks pass through the border, the page source is the same.

Library          ../resources/Pixels.py
Resource         ../resources/common.resource

Suite Setup      Use Fresh Demo Portal
Test Setup       Open The Elements Lab
Test Teardown    Close All Sessions


*** Variables ***
${MAGENTA}    \#ff00ff
${OVERLAY}    parallelsessions-highlight


*** Test Cases ***
Highlight Elements Returns How Many It Highlighted
    ${count} =    Highlight Elements    ul#fruits >> li    duration=200ms
    Should Be Equal    ${count}    ${3}
    ${count} =    Highlight Elements    iframe#lab >>> li    duration=200ms
    Should Be Equal    ${count}    ${3}
    ${count} =    Highlight Elements    .no-such-thing    duration=200ms
    Should Be Equal    ${count}    ${0}

Highlight Elements Draws A Border For Its Duration
    ${count} =    Highlight Elements    id=box    duration=0    width=6px    style=solid    color=${MAGENTA}
    Should Be Equal    ${count}    ${1}
    ${path} =    Take Screenshot    highlighted
    ${colour} =    Colour Left Of    \#box    3    ${path}
    Should Be Equal    ${colour}    ${MAGENTA}
    Get Element Count    ${OVERLAY}    ==    1
    Highlight Elements    id=counter    duration=1s    width=6px    style=solid    color=${MAGENTA}
    Get Element Count    ${OVERLAY}    ==    2
    Get Element Count    ${OVERLAY}    ==    1
    ${path} =    Take Screenshot    still-highlighted
    ${colour} =    Colour Left Of    \#counter    3    ${path}
    Should Not Be Equal    ${colour}    ${MAGENTA}

The Highlight Changes Nothing Later Keywords See
    ${source} =    Get Page Source
    ${divs} =    Get Element Count    div
    Highlight Elements    id=counter    duration=0    width=20px    style=solid    color=${MAGENTA}
    Highlight Elements    id=counter    duration=0    mode=both
    Get Page Source    ==    ${source}
    Get Element Count    div    ==    ${divs}
    Click    id=counter
    Get Text    id=clicks    ==    1
    Get Element States    id=counter    contains    visible    enabled
    Get Text    body    not contains    parallelsessions

Playwright's Own Highlight
    ${count} =    Highlight Elements    ul#fruits >> li    mode=playwright    duration=0
    Should Be Equal    ${count}    ${3}
    ${count} =    Highlight Elements    ${EMPTY}
    Should Be Equal    ${count}    ${0}
    ${count} =    Highlight Elements    li.ripe    mode=both    duration=200ms
    Should Be Equal    ${count}    ${2}
    Get Element Count    ${OVERLAY}    ==    0

Highlight Elements In Concurrent Sessions
    Open Session    anonymous    id=second
    Go To    /lab/elements
    ${counts} =    Run In Sessions Concurrently    anonymous, second
    ...    Highlight Elements    ul#fruits >> li    duration=0
    ...    AND    Click    id=counter
    ...    AND    Get Text    id=clicks    ==    1
    ...    AND    Highlight Elements    li.ripe    duration=0
    Should Be Equal    ${counts}    ${{[2, 2]}}


*** Keywords ***
Open The Elements Lab
    [Documentation]    Opens the anonymous session on the elements lab.
    Open Anonymous Session
    Go To    /lab/elements

Colour Left Of
    [Documentation]    The colour a screenshot has ${offset} pixels left of element ${selector}, halfway down.
    [Arguments]    ${selector}    ${offset}    ${path}
    ${point} =    Evaluate JavaScript    ${None}
    ...    ([s, o]) => { const r = document.querySelector(s).getBoundingClientRect(); return [Math.round(r.left - o), Math.round(r.top + r.height / 2)] }
    ...    arg=${{ [$selector.lstrip('\\'), int($offset)] }}
    ${colour} =    Get Pixel Colour    ${path}    ${point}[0]    ${point}[1]
    RETURN    ${colour}

*** Settings ***
Documentation    Get Style, Get Classes, Get Attribute Names, Get Page Source and Add Style
...              Tag as in the Browser library: computed styles (of pseudo elements too),
...              the assertion operators and their messages.

Resource         ../resources/common.resource

Suite Setup      Use Fresh Demo Portal
Test Setup       Open The Elements Lab
Test Teardown    Close All Sessions


*** Test Cases ***
Get Style Reads One Computed Property
    ${color} =    Get Style    id=banana    color
    Should Be Equal    ${color}    rgb(255, 215, 0)
    Get Style    id=banana    font-size    ==    20px
    Get Style    id=banana    font-weight    ==    700
    Get Style    id=banana    display    !=    inline
    Get Style    id=banana    margin-top    validate    value == '0px'
    Get Style    iframe#lab >>> li >> nth=0    display    ==    list-item

Get Style Of A Pseudo Element
    Get Style    id=banana    content    ==    "ripe: "    pseudo_element=::before
    Get Style    id=banana    color    ==    rgb(0, 128, 0)    pseudo_element=::before
    Get Style    id=banana    content    ==    none    pseudo_element=::after

Get Style ALL Returns Every Property As A Dictionary
    ${style} =    Get Style    id=banana
    Should Be Equal    ${style}[color]    rgb(255, 215, 0)
    Should Be Equal    ${style.display}    block
    Get Style    id=banana    ALL    *=    align-content
    Get Style    id=banana    ALL    validate    value['font-size'] == '20px'
    ${size} =    Get Style    id=banana    ALL    then    value['font-size']
    Should Be Equal    ${size}    20px

Get Style Assertion Failures Read As In The Browser Library
    Run Keyword And Expect Error
    ...    Get Style 'color' of 'id=banana' failed in session 'anonymous': Style value for color is 'rgb(255, 215, 0)' (str) should be 'red' (str)
    ...    Get Style    id=banana    color    ==    red    timeout=300ms
    Run Keyword And Expect Error
    ...    Get Style 'ALL' of 'id=banana' failed in session 'anonymous': Computed style is * (dotdict) should contain 'no-such-property' (str)
    ...    Get Style    id=banana    ALL    contains    no-such-property    timeout=300ms
    Run Keyword And Expect Error
    ...    The banana is not red
    ...    Get Style    id=banana    color    ==    red    The banana is not red    timeout=300ms

Add Style Tag Changes The Computed Style
    Add Style Tag    \#banana { color: aqua; }
    Get Style    id=banana    color    ==    rgb(0, 255, 255)
    Reload
    Get Style    id=banana    color    ==    rgb(255, 215, 0)

Get Classes
    ${classes} =    Get Classes    id=banana
    Should Be Equal    ${classes}    ${{['fruit', 'ripe']}}
    Get Classes    id=banana    ==    ripe    fruit
    Get Classes    id=banana    contains    ripe
    Get Classes    id=banana    *=    fruit    ripe
    Get Classes    id=banana    !=    fruit
    Get Classes    id=banana    validate    'rotten' not in value
    Get Classes    ul#fruits >> li >> nth=0    ==    fruit
    Get Classes    h1    ==
    Run Keyword And Expect Error
    ...    EQUALS:Get Classes 'id=banana' failed in session 'anonymous': Classes of id=banana '['fruit', 'ripe']' (list) should be '['fruit']' (list)
    ...    Get Classes    id=banana    ==    fruit    timeout=300ms
    Run Keyword And Expect Error
    ...    Get Classes 'li' failed in session 'anonymous': strict mode violation: *
    ...    Get Classes    li

Get Classes Waits For A Class To Come
    Click    id=add
    Get Classes    li >> nth=3    contains    late

Get Attribute Names
    ${names} =    Get Attribute Names    id=email
    Should Be Equal    ${names}    ${{['id', 'type', 'name', 'placeholder', 'required', 'data-testid', 'value']}}
    Get Attribute Names    id=email    contains    required    placeholder
    Get Attribute Names    id=banana    ==    id    class    title    data-kind
    Get Attribute Names    id=banana    validate    value[-1] == 'data-kind'
    Run Keyword And Expect Error
    ...    EQUALS:Get Attribute Names 'id=banana' failed in session 'anonymous': Attribute names '['id', 'class', 'title', 'data-kind']' (list) should contain '['hidden']' (list)
    ...    Get Attribute Names    id=banana    contains    hidden    timeout=300ms

Get Page Source
    ${html} =    Get Page Source
    Should Start With    ${html}    <!DOCTYPE html><html><head><meta charset="utf-8"><title>Elements lab</title>
    Get Page Source    contains    <title>Elements lab</title>
    Get Page Source    not contains    <li class="fruit late">Damson</li>
    Click    id=add
    Get Page Source    contains    <li class="fruit late">Damson</li>
    Run Keyword And Expect Error
    ...    Get Page Source failed in session 'anonymous': HTML: '<!DOCTYPE html>*' (str) should contain 'no such text' (str)
    ...    Get Page Source    contains    no such text    timeout=300ms

Style Getters In Concurrent Sessions
    Open Session    anonymous    id=second
    Go To    /lab/elements
    Run In Sessions Concurrently    anonymous, second
    ...    Add Style Tag    \#banana { color: rgb(1, 2, 3); }
    ...    AND    Get Style    id=banana    color    ==    rgb(1, 2, 3)
    ...    AND    Get Attribute Names    id=banana    contains    class
    ...    AND    Get Page Source    contains    Elements lab


*** Keywords ***
Open The Elements Lab
    [Documentation]    Opens the anonymous session on the elements lab.
    Open Anonymous Session
    Go To    /lab/elements

*** Settings ***
Documentation    Element references as in the Browser library: Get Element, Get Elements,
...              Get Element By and Get Element By Role return Playwright selector strings
...              that every keyword takes, chained with >>, frames entered with >>>; and
...              Get Text's text_type.

Resource         ../resources/common.resource

Suite Setup      Use Fresh Demo Portal
Test Setup       Open The Elements Lab
Test Teardown    Close All Sessions


*** Test Cases ***
Get Element Returns A Selector Every Keyword Takes
    ${list} =    Get Element    ul#fruits
    Should Be Equal    ${list}    ul#fruits
    Get Text    ${list} >> li >> nth=1    ==    Banana
    Get Element Count    ${list} >> li    ==    3
    ${button} =    Get Element    id=counter
    Click    ${button}
    Get Text    id=clicks    ==    1

Get Element Is Resolved Again At Every Use
    ${list} =    Get Element    ul#fruits
    Click    id=add
    Get Element Count    ${list} >> li    ==    4
    Get Text    ${list} >> li >> nth=3    ==    Damson

Get Element Uses Strict Mode
    Run Keyword And Expect Error
    ...    Get Element 'li' failed in session 'anonymous': strict mode violation: locator("li") resolved to 3 elements: *
    ...    Get Element    li
    Run Keyword And Expect Error
    ...    Get Element '#nothing' failed in session 'anonymous': Timeout 300ms exceeded.*
    ...    Get Element    \#nothing    timeout=300ms

Strict Mode Off Gets The First Element
    Set Strict Mode Of The Library    ${False}
    ${first} =    Get Element    li
    Should Be Equal    ${first}    li >> nth=0
    Get Text    ${first}    ==    Apple
    Get Classes    li    ==    fruit
    Get Style    li    font-weight    ==    400
    [Teardown]    Run Keywords    Set Strict Mode Of The Library    ${True}    AND    Close All Sessions

Get Elements Returns One Reference Per Element
    ${items} =    Get Elements    ul#fruits >> li
    Should Be Equal    ${items}
    ...    ${{['ul#fruits >> li >> nth=0', 'ul#fruits >> li >> nth=1', 'ul#fruits >> li >> nth=2']}}
    Get Text    ${items}[2]    ==    Cherry
    Get Classes    ${items}[2]    ==    fruit    ripe
    VAR    @{texts} =    @{EMPTY}
    FOR    ${item}    IN    @{items}
        ${text} =    Get Text    ${item}
        Append To List    ${texts}    ${text}
    END
    Should Be Equal    ${texts}    ${{['Apple', 'Banana', 'Cherry']}}

Get Elements In A Frame Enter It With >>>
    ${items} =    Get Elements    iframe#lab >>> li
    Should Be Equal    ${items}[1]    iframe#lab >>> li >> nth=1
    Get Text    ${items}[1]    ==    two
    ${list} =    Get Element    iframe#lab >>> ul#inner
    Should Be Equal    ${list}    iframe#lab >>> ul#inner
    Get Text    ${list} >> li >> nth=2    ==    three
    Get Element Count    ${list} >> .item    ==    3

Get Elements Waits For The First Element And Returns An Empty List For None
    Click    id=add
    ${late} =    Get Elements    li.late
    Should Be Equal    ${late}    ${{['li.late >> nth=0']}}
    Get Text    ${late}[0]    ==    Damson
    ${none} =    Get Elements    li.rotten    timeout=300ms
    Should Be Empty    ${none}

Get Element By Finds Elements As Playwright's get_by Functions Do
    ${email} =    Get Element By    Label    Email
    Should Be Equal    ${email}    internal:label="Email"i
    Get Attribute    ${email}    placeholder    ==    name@example.com
    ${placeholder} =    Get Element By    Placeholder    name@example.com
    Get Text    ${placeholder}    ==    ada@example.com
    ${test id} =    Get Element By    TestId    email-field
    Fill Text    ${test id}    grace@example.com
    Get Text    id=email    ==    grace@example.com
    ${logo} =    Get Element By    AltText    portal logo
    Get Attribute    ${logo}    title    ==    Logo
    ${titled} =    Get Element By    Title    A yellow fruit
    Get Classes    ${titled}    ==    fruit    ripe
    ${exact} =    Get Element By    Text    Cherry    exact=True    all_elements=True
    Length Should Be    ${exact}    2
    ${regexp} =    Get Element By    Text    /^appl/i    all_elements=True
    Length Should Be    ${regexp}    2
    Run Keyword And Expect Error
    ...    Get Element By Text 'Banana' failed in session 'anonymous': strict mode violation: *
    ...    Get Element By    Text    Banana

Get Element By Role Finds Elements By ARIA Role And Name
    ${heading} =    Get Element By Role    heading    name=Elements lab    level=1
    Should Be Equal    ${heading}    internal:role=heading[level=1][name="Elements lab"i]
    Get Text    ${heading}    ==    Elements lab
    ${checkbox} =    Get Element By Role    checkbox    name=Subscribe
    Check Checkbox    ${checkbox}
    Get Checkbox State    id=subscribe    ==    checked
    ${save} =    Get Element By Role    button    name=/^save$/i    pressed=${False}
    Get Attribute    ${save}    id    ==    save
    ${rows} =    Get Element By Role    row    all_elements=True
    Length Should Be    ${rows}    5
    Get Text    ${rows}[2] >> internal:role=cell >> nth=1    ==    0.25
    ${inside} =    Get Element By Role    button    name=Inside    parent=iframe#lab >>>
    Should Be Equal    ${inside}    iframe#lab >>> internal:role=button[name="Inside"i]
    Click    ${inside}
    Get Text    iframe#lab >>> \#inside    ==    pressed
    ${in form} =    Get Element By Role    button    parent=form#signup
    Get Text    ${in form}    ==    Save

Get Text With Text Type
    Get Text    ul#fruits >> li    ==    ${{['Apple', 'Banana', 'Cherry']}}    text_type=allInnerTexts
    Get Text    ul#fruits >> li    ==    ${{['Apple', 'Banana', 'Cherry']}}    text_type=allTextContents
    Get Text    ul#fruits    contains    <li class="fruit ripe">Cherry</li>    text_type=innerHTML
    Get Text    id=email    ==    ada@example.com    text_type=inputValue
    Get Text    id=banana    ==    Banana    text_type=innerText
    ${texts} =    Get Text    iframe#lab >>> li    text_type=allInnerTexts
    Should Be Equal    ${texts}    ${{['one', 'two', 'three']}}

References And Getters In Concurrent Sessions
    [Documentation]    Each session gets and uses its own references; the getters are steps.
    Open Session    anonymous    id=second
    Go To    /lab/elements
    ${results} =    Run In Sessions Concurrently    anonymous, second
    ...    Get Element    ul#fruits
    ...    AND    Get Elements    ul#fruits >> li
    ...    AND    Get Element By Role    button    name=Count
    ...    AND    Get Classes    ul#fruits >> li >> nth=1    ==    fruit    ripe
    ...    AND    Get Style    id=banana    color    ==    rgb(255, 215, 0)
    ...    AND    Get Text    ul#fruits >> li    text_type=allInnerTexts
    Should Be Equal    ${results}    ${{[['Apple', 'Banana', 'Cherry']] * 2}}


*** Keywords ***
Open The Elements Lab
    [Documentation]    Opens the anonymous session on the elements lab.
    Open Anonymous Session
    Go To    /lab/elements

Set Strict Mode Of The Library
    [Documentation]    Strict mode on or off for the running test.
    [Arguments]    ${strict}
    Set Strict Mode    ${strict}    scope=Test

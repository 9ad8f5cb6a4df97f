*** Settings ***
Documentation    Get Table Cell Index, Get Table Row Index and Get Table Cell Element as in
...              the Browser library, on a table with a header and a footer.

Resource         ../resources/common.resource

Suite Setup      Use Fresh Demo Portal
Test Setup       Open The Elements Lab
Test Teardown    Close All Sessions


*** Variables ***
${TABLE}    table#stock


*** Test Cases ***
Get Table Cell Index
    ${index} =    Get Table Cell Index    ${TABLE} >> "Price"
    Should Be Equal    ${index}    ${1}
    Get Table Cell Index    ${TABLE} >> "Count"    ==    2
    Get Table Cell Index    ${TABLE} >> "Cherry"    ==    0
    Get Table Cell Index    ${TABLE} >> "3.00"    validate    isinstance(value, int)
    Get Table Cell Index    ${TABLE} >> "Fruit"    ==

Get Table Row Index
    ${index} =    Get Table Row Index    ${TABLE} >> "Banana"
    Should Be Equal    ${index}    ${2}
    Get Table Row Index    ${TABLE} >> "Fruit"    ==    0
    Get Table Row Index    ${TABLE} >> "Cherry"    ==    3
    Get Table Row Index    ${TABLE} >> "Total"    ==    4
    Get Table Row Index    ${TABLE} > tbody > tr:nth-child(1)    ==    1
    Get Table Row Index    ${TABLE}    ==    -1

Get Table Cell Element By Column And Row Text
    ${cell} =    Get Table Cell Element    ${TABLE}    "Price"    "Banana"
    Get Text    ${cell}    ==    0.25
    ${cell} =    Get Table Cell Element    ${TABLE}    "Count"    "Total"
    Get Text    ${cell}    ==    35
    ${cell} =    Get Table Cell Element    ${TABLE}    "0.50"    "Cherry"
    Get Text    ${cell}    ==    3.00

Get Table Cell Element By Index
    ${cell} =    Get Table Cell Element    ${TABLE}    1    2
    Get Text    ${cell}    ==    0.25
    ${cell} =    Get Table Cell Element    ${TABLE}    -1    -1
    Get Text    ${cell}    ==    35
    ${cell} =    Get Table Cell Element    ${TABLE}    0    0
    Get Text    ${cell}    ==    Fruit
    Highlight Elements    ${cell}    duration=100ms

Get Table Cell Element Needs A Table
    Run Keyword And Expect Error
    ...    ValueError: Selector div#box must select a <table> element but selects <div>.
    ...    Get Table Cell Element    div#box    0    0
    ${cell} =    Get Table Cell Element    ${TABLE}    "Price"    "Banana"
    Run Keyword And Expect Error
    ...    REGEXP:ValueError: Selector table#stock.*? must select a <table> element but selects <td>\\.
    ...    Get Table Cell Element    ${cell}    0    0
    Run Keyword And Expect Error
    ...    EQUALS:Get Table Cell Index 'id=box' failed in session 'anonymous': Selector does not select a table cell!
    ...    Get Table Cell Index    id=box

Table Keywords In Concurrent Sessions
    Open Session    anonymous    id=second
    Go To    /lab/elements
    ${cells} =    Run In Sessions Concurrently    anonymous, second
    ...    Get Table Row Index    ${TABLE} >> "Banana"    ==    2
    ...    AND    Get Table Cell Index    ${TABLE} >> "Price"    ==    1
    ...    AND    Get Table Cell Element    ${TABLE}    "Price"    "Banana"
    ${texts} =    Run In Sessions Concurrently    anonymous, second
    ...    Get Text    ${cells}[0]
    Should Be Equal    ${texts}    ${{['0.25', '0.25']}}


*** Keywords ***
Open The Elements Lab
    [Documentation]    Opens the anonymous session on the elements lab.
    Open Anonymous Session
    Go To    /lab/elements

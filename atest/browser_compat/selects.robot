*** Settings ***
Documentation    The Browser library's select keywords, called as a Browser suite calls them:
...              Select Options By, Deselect Options and Get Select Options, with
...              Get Selected Options to check, on single and multiple selects whose options
...              have distinct values, labels and texts.

Resource         ../resources/common.resource

Suite Setup      Use Fresh Demo Portal
Test Setup       Open Select Lab
Test Teardown    Close All Sessions


*** Test Cases ***
Get Select Options
    Get Select Options    select[name=preferred_channel]    validate    len(value) == 3
    Get Select Options    select[name=preferred_channel]    validate    value[0]['index'] == 0
    Get Select Options    select[name=preferred_channel]    validate    value[2]['label'] == 'Direct mail'
    ${options}=    Get Select Options    select[name=possible_channels]
    Should Be Equal    ${options}[0][label]    Email
    Should Be Equal    ${options}[1][value]    phone
    Should Be Equal    ${options}[1][selected]    ${True}
    Should Be Equal    ${options}[2][selected]    ${False}
    Should Be Equal
    ...    ${options}[2]
    ...    ${{ {'index': 2, 'value': 'mail', 'label': 'Direct mail', 'selected': False} }}

Get Select Options Fails With Browser's Assertion Message Or The Tester's Own
    Set Browser Timeout    2s    scope=Test
    Run Keyword And Expect Error    *Select Options:*should be*
    ...    Get Select Options    select[name=preferred_channel]    ==    ${EMPTY}
    Run Keyword And Expect Error    EQUALS:three options expected
    ...    Get Select Options    select[name=preferred_channel]    validate    len(value) == 4
    ...    message=three options expected

Select Options By Label
    Select Option And Verify Selection    label    select[name=preferred_channel]    Direct mail

Select Options By Value
    Select Option And Verify Selection    value    select[name=interests]    males    females    others

Select Options By Index
    Select Option And Verify Selection    index    select[name=possible_channels]    0    2

Select Options By Text
    Select Option And Verify Selection    text    select[name=interests]    Males    Females

Select Options By Returns What Browser Returns
    [Documentation]    The selected options' attribute: labels for label and text, numbers for
    ...    index. The given options replace the selection.
    ${selected}=    Select Options By    select[name=interests]    value    males    females    others
    Length Should Be    ${selected}    3
    List Should Contain Value    ${selected}    others
    ${selected}=    Select Options By    select[name=possible_channels]    index    0    2
    Should Be Equal    ${selected}    ${{ [0, 2] }}
    ${selected}=    Select Options By    select[name=interests]    text    Nothing
    Should Be Equal    ${selected}    ${{ ['Nothing'] }}
    Get Selected Options    select[name=interests]    value    ==    none
    ${selected}=    Select Options By    select[name=preferred_channel]    label    Direct mail
    Should Be Equal    ${selected}    ${{ ['Direct mail'] }}
    Get Select Options    select[name=preferred_channel]    validate    value[2]['selected']

Deselect Options Implicitly
    Select Option And Verify Selection    text    select[name=possible_channels]

Deselect Options Explicitly
    Deselect Options    select[name=possible_channels]
    Get Selected Options    select[name=possible_channels]    text    ==

Select Options By Waits For Options The Page Adds Later
    Click    id=fill-later
    ${selected}=    Select Options By    id=late-select    value    later
    Should Be Equal    ${selected}    ${{ ['later'] }}

Unknown Options, Other Elements And Bad Indexes Are Refused With A Sentence
    Set Browser Timeout    2s    scope=Test
    Run Keyword And Expect Error
    ...    EQUALS:Select Options By value males, nope in 'select[name=interests]' failed in session 'anonymous': no option has value 'nope' within 2 seconds; the options' values are 'males', 'females', 'others', 'none'.
    ...    Select Options By    select[name=interests]    value    males    nope
    Run Keyword And Expect Error
    ...    EQUALS:Select Options By label Email in 'id=not-select' failed in session 'anonymous': the element is a <input type=text>, not a <select>; for other inputs use Fill Text, Check Checkbox or Click.
    ...    Select Options By    id=not-select    label    Email
    Run Keyword And Expect Error
    ...    EQUALS:Select Options By index first in 'select[name=interests]': an index is a whole number counted from 0, not 'first'.
    ...    Select Options By    select[name=interests]    index    first
    Run Keyword And Expect Error
    ...    EQUALS:Select Options By label Direct mail, Email in 'select[name=preferred_channel]' failed in session 'anonymous': the <select> takes one option (it has no multiple attribute), and 2 were given; give one.
    ...    Select Options By    select[name=preferred_channel]    label    Direct mail    Email
    Run Keyword And Expect Error    *Timeout 2000ms exceeded*
    ...    Deselect Options    notamatch
    Run Keyword And Expect Error    *Timeout *ms exceeded*
    ...    Get Select Options    notamatch

Select Keywords Are Steps Of Run In Sessions Concurrently
    Open Session    anonymous    id=left
    Open Session    anonymous    id=right
    ${last}=    Run In Sessions Concurrently    left, right
    ...    Go To    /lab/selects
    ...    AND    Select Options By    select[name=interests]    value    males    others
    ...    AND    Get Select Options    select[name=interests]    validate    value[2]['selected']
    ...    AND    Deselect Options    select[name=possible_channels]
    ...    AND    Get Selected Options    select[name=possible_channels]    value    ==
    ...    AND    Select Options By    select[name=possible_channels]    index    1
    Should Be Equal    ${last}    ${{ [[1], [1]] }}


*** Keywords ***
Open Select Lab
    [Documentation]    Opens the anonymous session on the select lab page.
    Open Anonymous Session
    Go To    /lab/selects

Select Option And Verify Selection
    [Documentation]    Selects ``@{selection}`` by ``${attribute}`` and checks that exactly they are selected.
    [Arguments]    ${attribute}    ${list_id}    @{selection}
    Select Options By    ${list_id}    ${attribute}    @{selection}
    Get Selected Options    ${list_id}    ${attribute}    ==    @{selection}

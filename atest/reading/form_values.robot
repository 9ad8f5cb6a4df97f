*** Settings ***
Documentation    What the user typed, chose and ticked, read three ways: Get Text gives
...              the current value of a form field, Get Attribute the HTML attribute the
...              page was served with, Get Property the live DOM property.

Resource         ../resources/form_lab.resource

Suite Setup      Use Fresh Demo Portal
Test Setup       Open Form Lab
Test Teardown    Close All Sessions


*** Test Cases ***
Get Text Of A Field Is What Was Typed, Not Its Default
    Get Text    id=display-name    ==    Guest
    Fill Text    id=display-name    Ada Lovelace
    Get Text    id=display-name    ==    Ada Lovelace
    Get Attribute    id=display-name    value    ==    Guest
    Get Property    id=display-name    value    ==    Ada Lovelace
    ${text}=    Get Text    id=display-name
    Should Be Equal    ${text}    Ada Lovelace

An Empty Field Reads As An Empty Text
    Get Text    id=email    ==    ${EMPTY}
    Fill Text    id=email    ada@example.com
    Get Text    id=email    ==    ada@example.com
    Get Attribute    id=email    value    validate    value is None
    Fill Text    id=email    ${EMPTY}
    Get Text    id=email    ==    ${EMPTY}

A Textarea Reads As What Was Typed
    Get Text    id=bio    ==    Tell us about yourself
    Fill Text    id=bio    Mathematician.\nWrites notes on engines.
    Get Text    id=bio    ==    Mathematician.\nWrites notes on engines.
    Get Property    id=bio    value    ==    Mathematician.\nWrites notes on engines.
    Get Property    id=bio    defaultValue    ==    Tell us about yourself

A Readonly Field Keeps Its Value
    Get Text    id=member-id    ==    M-1001
    Get Property    id=member-id    readOnly    ==    ${True}
    Run Keyword And Expect Error
    ...    EQUALS:Fill Text 'id=member-id' with 'M-9999' failed in session 'anonymous': Timeout 500ms exceeded. (the element is not editable)
    ...    Fill Text    id=member-id    M-9999    timeout=500ms
    Get Text    id=member-id    ==    M-1001

A Select Reads As The Chosen Value
    Get Text    id=country    ==    de
    Select Option    id=country    us
    Get Text    id=country    ==    us
    Get Property    id=country    value    ==    us
    Get Selected Options    id=country    label    ==    USA
    Get Selected Options    id=country    text    ==    United States

A Multi Select Reads As Every Chosen Option
    Select Option    id=languages    fi    sv
    Get Selected Options    id=languages    value    ==    fi    sv
    Get Selected Options    id=languages    label    ==    Finnish    Swedish
    Get Selected Options    id=languages    value    validate    'en' not in value
    ${indexes}=    Get Selected Options    id=languages    index
    Should Be Equal    ${{ [str(i) for i in $indexes] }}    ${{ ["1", "3"] }}

Checkboxes: The Property Changes, The Attribute Does Not
    Get Attribute    id=newsletter    checked    ==    ${EMPTY}
    Get Attribute    id=terms    checked    validate    value is None
    Uncheck Checkbox    id=newsletter
    Check Checkbox    id=terms
    Get Checkbox State    id=newsletter    ==    unchecked
    Get Checkbox State    id=terms    ==    checked
    Get Property    id=newsletter    checked    ==    ${False}
    Get Property    id=terms    checked    ==    ${True}
    Get Attribute    id=newsletter    checked    ==    ${EMPTY}
    Get Attribute    id=terms    checked    validate    value is None

Typing Enables The Save Button
    Get Property    id=save    disabled    ==    ${True}
    Get Attribute    id=save    disabled    ==    ${EMPTY}
    Fill Text    id=email    ada@example.com
    Get Property    id=save    disabled    ==    ${False}
    Get Attribute    id=save    disabled    validate    value is None
    Get Element States    id=save    contains    enabled
    Get Property    id=delete    disabled    ==    ${True}

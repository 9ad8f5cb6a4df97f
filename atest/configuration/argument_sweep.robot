*** Settings ***
Documentation     Every keyword argument of a kind, called with a value no keyword may take: each
...               call fails with a sentence naming the argument, and the run goes on (issue 20,
...               item 8: "the bad-input suite covers every keyword argument"). The rows of
...               bad_input.robot pin the exact sentences; this sweep finds the arguments that
...               have no row. ArgumentSweep.py reads the arguments as libdoc does.

Library           ../resources/ArgumentSweep.py
Resource          ../resources/form_lab.resource

Suite Setup       Open The Form Lab
Suite Teardown    Close All Sessions
Test Setup        Switch To Session    anonymous
Test Timeout      3 minutes


*** Variables ***
# Keywords that would end the session the sweep runs in, whatever their arguments.
@{ENDS SESSION}       Close All Sessions    Close Browser    Close Context    Close Page    Close Session
@{MOVES ELSEWHERE}
...                   Open Session
...                   Open Sessions
...                   Open Account Session
...                   Open API Session
...                   New Page
...                   New Context
...                   Promise To Wait For Download


*** Test Cases ***
Every Flag Refuses A Word That Is Not True Or False
    Every Argument Should Be Refused    flag

Every Time Refuses A Negative Time
    Every Argument Should Be Refused    time

Every Choice Refuses A Value That Is Not One Of Its Choices
    Every Argument Should Be Refused    choice

Every Number Refuses A Word
    Every Argument Should Be Refused    number

Every Selector Refuses An Empty Selector
    Every Argument Should Be Refused    selector

Every Required Text Refuses An Empty Text
    Every Argument Should Be Refused    text

Every Structure Refuses A Broken One
    Every Argument Should Be Refused    structure

Every Date Refuses A Word
    Every Argument Should Be Refused    date

Every Number That Also Takes Words Refuses An Unknown Word
    Every Argument Should Be Refused    number_or_word

Every Optional Text Takes An Empty Text Or Refuses It With A Sentence
    [Documentation]    Calls that take the empty text run: the keywords that would then move the
    ...    next calls to another session or page, or leave a promise, are left out.
    Every Argument Should Be Refused    optional_text    @{MOVES ELSEWHERE}


*** Keywords ***
Open The Form Lab
    [Documentation]    The form lab in the anonymous session, with a table for the table
    ...    keywords; a call that is accepted after all waits 2 seconds at most.
    Use Fresh Demo Portal
    Open Form Lab
    Evaluate JavaScript    ${None}
    ...    document.body.insertAdjacentHTML('beforeend', '<table id="sweep-table"><tr><th>h1</th></tr><tr><td>1</td></tr></table>')
    Set Browser Timeout    2s

Every Argument Should Be Refused
    [Documentation]    Calls every keyword once per ``${kind}`` argument with a bad value; fails
    ...    listing each argument that was accepted or refused without being named.
    [Arguments]    ${kind}    @{also skipped}
    @{unmet}=    Sweep Arguments    ${kind}    skip=${{ $ENDS_SESSION + $also_skipped }}
    Should Be Empty    ${unmet}    msg=Not refused with a sentence naming the argument:\n${{ '\n'.join($unmet) }}

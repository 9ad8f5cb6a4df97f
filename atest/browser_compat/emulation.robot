*** Settings ***
Documentation    The Browser library's emulation, clock and console keywords, written as a
...              Browser user writes them, each acting in the current session only.

Resource         ../resources/common.resource

Suite Setup      Use Fresh Demo Portal
Test Teardown    Close All Sessions


*** Test Cases ***
Set Offline Takes Only The Current Session Off The Network
    Open Emulation Lab    id=boss
    Open Emulation Lab    id=user
    Set Offline
    Get Text    id=online    ==    offline
    Click    id=fetch
    Get Text    id=fetched    ==    unreachable
    Switch To Session    boss
    Get Text    id=online    ==    online
    Click    id=fetch
    Get Text    id=fetched    ==    reached
    Switch To Session    user
    Set Offline    False
    Get Text    id=online    ==    online

Set Offline Runs In Several Sessions At Once
    Open Emulation Lab    id=one
    Open Emulation Lab    id=two
    Run In Sessions Concurrently    one,two    Set Offline    AND    Get Text    id=online
    ...    ==    offline
    Get Text    id=online    ==    offline

Grant Permissions And Set Geolocation Give The Page A Position
    Open Emulation Lab
    Click    id=locate
    Get Text    id=position    ==    denied
    Grant Permissions    geolocation
    Set Geolocation    60.173708    24.982263    3
    Click    id=locate
    Get Text    id=position    ==    60.173708,24.982263 ±3

Clear Permissions Takes Them Back
    Open Emulation Lab
    Grant Permissions    notifications
    Click    id=permission
    Get Text    id=notifications    ==    granted
    Clear Permissions
    Click    id=permission
    Get Text    id=notifications    ==    prompt

Emulate Media Changes What The Page Matches
    Open Emulation Lab
    Get Text    id=media    ==    screen
    ${set}=    Emulate Media    media=print    colorScheme=dark    reducedMotion=reduce
    Should Be Equal    ${set}    ${{ {'colorScheme': 'dark', 'media': 'print', 'reducedMotion': 'reduce'} }}
    Get Text    id=media    ==    print
    Get Text    id=scheme    ==    dark
    Get Text    id=motion    ==    reduce
    Emulate Media    forcedColors=active
    Get Text    id=forced    ==    active
    # null stops emulating; what is left out stays as it was.
    Emulate Media    media=null
    Get Text    id=media    ==    screen
    Get Text    id=scheme    ==    dark

Set Time Fixes The Clock Of One Session
    Open Emulation Lab    id=frozen
    Set Time    2024-12-24 18:00:00    fixed
    Click    id=refresh
    Get Text    id=now    ^=    2024-12-24T
    Open Emulation Lab    id=live
    Get Text    id=now    not contains    2024-12-24T

Advance Clock Fires The Page's Timers
    Open Emulation Lab
    Set Time    2024-10-31 17:34:00
    Click    id=refresh
    ${before}=    Get Text    id=ticks
    Advance Clock    10s    run_for
    Get Text    id=ticks    ==    ${{ str(int(${before}) + 10) }}
    Pause At    2024-10-31 19:00:00
    Click    id=refresh
    Get Text    id=now    *=    T19:00:00
    Resume Clock

Get Console Log Returns What The Page Printed Since The Previous Call
    Open Emulation Lab
    Click    id=log
    ${log}=    Get Console Log
    Should Be Equal    ${log}[0][type]    log
    Should Be Equal    ${log}[0][text]    saved draft
    Should Be Equal    ${log}[1][type]    warning
    Should End With    ${log}[0][location][url]    /lab/emulation
    Get Console Log    ==    ${{ [] }}
    Click    id=log
    Get Console Log    validate    [entry['text'] for entry in value] == ['saved draft', 'careful']
    Get Console Log    validate    len(value) == 4    full=True
    Get Console Log    validate    len(value) == 1    full=True    last=1

Get Page Errors Returns Uncaught Errors
    Open Emulation Lab
    Get Page Errors    ==    ${{ [] }}
    Click    id=break
    Wait Until Keyword Succeeds    5s    100ms    Page Error Count Is    1
    ${errors}=    Get Page Errors    full=True
    Should Be Equal    ${errors}[0][name]    TypeError
    Should Contain    ${errors}[0][message]    null
    Should Contain    ${errors}[0][stack]    TypeError

Bad Input Is Answered With A Sentence
    Open Emulation Lab
    Run Keyword And Expect Error
    ...    Invalid geolocation 100, 0: latitude is -90 to 90, longitude -180 to 180 and accuracy 0 or more.
    ...    Set Geolocation    100    0
    Run Keyword And Expect Error    *teleport*accelerometer*
    ...    Grant Permissions    teleport
    Run Keyword And Expect Error    Invalid time '-1 seconds': the clock only moves forward*
    ...    Advance Clock    -1s
    Run Keyword And Expect Error    Emulate Media needs at least one of*    Emulate Media
    Run Keyword And Expect Error    Invalid last '-1'*    Get Console Log    last=-1


*** Keywords ***
Open Emulation Lab
    [Documentation]    Opens an anonymous session (``id=`` and other options) on the emulation lab.
    [Arguments]    &{options}
    Open Session    anonymous    &{options}
    Go To    /lab/emulation

Page Error Count Is
    [Documentation]    Passes when the current page has thrown ``count`` uncaught errors.
    [Arguments]    ${count}
    Get Page Errors    validate    len(value) == ${count}    full=True

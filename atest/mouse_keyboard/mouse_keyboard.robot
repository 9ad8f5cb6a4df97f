*** Settings ***
Documentation    Mouse and keyboard keywords with the Browser library's names, on a page whose
...              scripts record what the user did.

Resource         ../resources/common.resource

Suite Setup      Use Fresh Demo Portal
Test Setup       Open A Page That Records Events
Test Teardown    Close All Sessions


*** Test Cases ***
Hover Opens A Menu
    Hover    \#menu
    Wait For Element    \#out    visible
    Click    \#out

Click With Options Presses Other Buttons, Counts And Keys
    Click With Options    \#button    right
    Click With Options    \#button    left    Shift
    Click With Options    \#button    clickCount=2
    ${events}=    Evaluate JavaScript    ${None}    window.events
    Should Contain    ${events}    contextmenu
    Should Contain    ${events}    click 0 1 shift
    Should Contain    ${events}    dblclick

Drag And Drop Drops On The Target
    Drag And Drop    \#card    \#done
    Get Property    \#done    textContent    ==    done
    ${events}=    Evaluate JavaScript    ${None}    window.events
    Should Contain    ${events}    dropped

Scroll To Element Brings It Into View
    Get Element States    \#end    *=    visible
    ${before}=    Evaluate JavaScript    ${None}    window.scrollY
    Scroll To Element    \#end
    ${after}=    Evaluate JavaScript    ${None}    window.scrollY
    Should Be True    ${after} > ${before}

Focus And Keyboard Key Act Where The Focus Is
    Focus    \#mask
    Get Element States    \#mask    *=    focused
    Keyboard Key    press    a
    Keyboard Key    down    Shift
    Keyboard Key    press    B
    Keyboard Key    up    Shift
    Get Text    \#mask    ==    aB
    ${events}=    Evaluate JavaScript    ${None}    window.events
    Should Contain    ${events}    key Shift

Type Text Types Key By Key And Clears First
    Type Text    \#name    typed    delay=10 ms
    Get Text    \#name    ==    typed
    Type Text    \#name    +more    clear=False
    Get Text    \#name    ==    typed+more
    Clear Text    \#name
    Get Text    \#name    ==    ${EMPTY}

Keyboard Input Types Or Inserts Where The Focus Is
    Focus    \#notes
    Keyboard Input    type    Hello
    Keyboard Input    insertText    ${SPACE}world
    Get Text    \#notes    ==    Hello world

Mouse And Keyboard Keywords Are Concurrent Steps
    Open Session    anonymous    id=second
    Go To    /lab/toolbox
    Run In Sessions Concurrently    anonymous, second
    ...    Type Text    \#name    {session}
    ...    AND    Hover    \#menu
    ...    AND    SYNC
    ...    AND    Click    \#out
    ${names}=    Run Keyword In Sessions    anonymous, second    Get Text    \#name
    Should Be Equal    ${names}    ${{ ['anonymous', 'second'] }}


*** Keywords ***
Open A Page That Records Events
    [Documentation]    Opens the anonymous session on a page whose scripts record mouse and keys.
    Open Anonymous Session
    Go To    /lab/toolbox

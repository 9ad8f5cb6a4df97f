*** Settings ***
Documentation    The virtual mouse, keyboard and touch screen, called as in the Browser library,
...              on a page that records every event at fixed page coordinates (/lab/pointer):
...              each test asserts exactly what the page saw.

Resource         ../resources/common.resource

Suite Setup      Use Fresh Demo Portal
Test Setup       Open The Pointer Lab
Test Teardown    Close All Sessions


*** Test Cases ***
Mouse Button Clicks At Coordinates
    Mouse Button    click    120    80
    Page Should Have Recorded    down left 120,80 1    up left 120,80 1    click left 120,80 1

Mouse Button Click Counts Up And Double-Clicks
    Mouse Button    click    120    80    clickCount=2    delay=10 ms
    Page Should Have Recorded
    ...    down left 120,80 1    up left 120,80 1    click left 120,80 1
    ...    down left 120,80 2    up left 120,80 2    click left 120,80 2    dblclick

Mouse Button Presses And Releases Other Buttons Where The Mouse Is
    Mouse Move    50    60
    Mouse Button    down    button=middle
    Mouse Button    up    button=middle
    Mouse Button    click    button=right
    Page Should Have Recorded
    ...    down middle 50,60 1    up middle 50,60 1    auxclick middle
    ...    down right 50,60 1    contextmenu    up right 50,60 1    auxclick right

Mouse Button Refuses A Delay Without A Click And A Single Coordinate
    Run Keyword And Expect Error    Delay is only valid on 'click' action.
    ...    Mouse Button    down    delay=100 ms
    Run Keyword And Expect Error
    ...    Mouse Button got only x: give both x and y to move the mouse there first, or neither to act where the mouse is.
    ...    Mouse Button    click    x=10
    Page Should Have Recorded

Mouse Move Sends The Intermediate Steps
    Mouse Move    100    100
    Mouse Move    200    100    steps=4
    Mouse Moves Should Be    100,100    125,100    150,100    175,100    200,100

Mouse Move Relative To Measures From The Element's Centre
    Mouse Move Relative To    id=pad    -100    50
    Mouse Move Relative To    id=pad
    Mouse Moves Should Be    100,200    200,150

Mouse Move Relative To An Element That Is Not Visible Says So
    Run Keyword And Expect Error
    ...    Mouse Move Relative To 'id=hidden' failed in session 'anonymous': the element is not visible, so it has no position to move the mouse from; wait until it is visible (Wait For Element${SPACE*4}id=hidden${SPACE*4}visible).
    ...    Mouse Move Relative To    id=hidden    timeout=1s

Mouse Wheel Turns Where The Mouse Is
    Mouse Move    200    150
    Mouse Wheel    0    250
    Mouse Wheel    -30    0
    Page Should Have Recorded    wheel 0,250    wheel -30,0
    Mouse Move    700    400
    Mouse Wheel    0    250
    Get Property    css=html    scrollTop    ==    ${250}

Drag With Mouse Button Down, Mouse Move And Up
    Hover    id=knob
    Mouse Button    down
    Mouse Move Relative To    id=knob    0    100
    Mouse Button    up
    Page Should Have Recorded    knob dropped at 520,160

Drag And Drop Relative To Slides An Element
    Drag And Drop Relative To    id=knob    -100    0    steps=5
    Page Should Have Recorded    knob dropped at 420,60

Drag And Drop By Coordinates Drops A Draggable Item
    Drag And Drop By Coordinates    from_x=470    from_y=170    to_x=620    to_y=170    steps=5
    Page Should Have Recorded    card dropped in bin

Keyboard Key Holds Shift During A Click
    Keyboard Key    down    Shift
    Mouse Button    click    120    80
    Keyboard Key    up    Shift
    Page Should Have Recorded
    ...    keydown Shift    down left 120,80 1 +shift    up left 120,80 1 +shift
    ...    click left 120,80 1 +shift    keyup Shift

Keyboard Key Press Holds The Key For The Delay
    Focus    id=text
    Keyboard Key    press    S    delay=20 ms
    Keyboard Key    press    ArrowLeft
    Get Property    id=text    value    ==    S
    Page Should Have Recorded    keydown S    keyup S    keydown ArrowLeft    keyup ArrowLeft
    Run Keyword And Expect Error    delay is only valid if action is 'press'
    ...    Keyboard Key    down    Shift    delay=20 ms

Keyboard Input Takes A Time Or, Deprecated, Milliseconds
    [Documentation]    LOG 3:1 WARN Keyword 'Keyboard Input' will not support int in ms for 'delay' in the future. Use timedelta with units ('ms' or 's') instead.
    Focus    id=text
    Keyboard Input    type    ab    delay=10 ms
    Keyboard Input    type    c    5
    Keyboard Input    insertText    de
    Get Property    id=text    value    ==    abcde
    Page Should Have Recorded    keydown a    keyup a    keydown b    keyup b    keydown c    keyup c

Tap Taps In A Session With A Touch Screen
    Open Session    anonymous    id=phone    device=Pixel 7
    Go To    /lab/pointer
    Tap    id=touch
    Tap    id=touch    position_x=10    position_y=10
    Page Should Have Recorded    touchstart    tap click touch    touchstart    tap click touch
    Run Keyword And Expect Error
    ...    Tap got only position_x: give both position_x and position_y for a point in the element, or neither to tap its centre.
    ...    Tap    id=touch    position_x=10

Tap Without A Touch Screen Says How To Get One
    Run Keyword And Expect Error
    ...    Tap 'id=touch' failed in session 'anonymous': the session has no touch screen. Open it with a touch device, for example device=Pixel 7 or device=iPhone 13, or use Click.
    ...    Tap    id=touch

Mouse Button Is A Concurrent Step
    Open Session    anonymous    id=second
    Go To    /lab/pointer
    ${events}=    Run In Sessions Concurrently    anonymous, second
    ...    Mouse Button    click    120    80
    ...    AND    Evaluate JavaScript    ${None}    () => window.events.splice(0)
    Should Be Equal    ${events}    ${{ [['down left 120,80 1', 'up left 120,80 1', 'click left 120,80 1']] * 2 }}


*** Keywords ***
Open The Pointer Lab
    [Documentation]    Opens the anonymous session on the page that records mouse, keys and touch.
    Open Anonymous Session
    Go To    /lab/pointer

Page Should Have Recorded
    [Documentation]    The page recorded exactly ${expected} since the last check.
    [Arguments]    @{expected}
    ${events}=    Evaluate JavaScript    ${None}    () => window.events.splice(0)
    Lists Should Be Equal    ${events}    ${expected}

Mouse Moves Should Be
    [Documentation]    The mouse moved over the pad through exactly these x,y points. Chromium's
    ...                headless shell also reports where the mouse starts (0,0) at the first move,
    ...                before the moves made; the full Chromium does not.
    [Arguments]    @{expected}
    ${moves}=    Evaluate JavaScript    ${None}    window.moves
    IF    $moves[:1] == ['0,0'] and $expected[:1] != ['0,0']
        ${moves}=    Evaluate    $moves[1:]
    END
    Lists Should Be Equal    ${moves}    ${expected}

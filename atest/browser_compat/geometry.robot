*** Settings ***
Documentation    The Browser library's geometry keywords, called as a Browser suite calls them:
...              Get Viewport Size, Get Client Size, Get Scroll Size, Get Scroll Position,
...              Get BoundingBox, Set Viewport Size, Scroll To and Scroll By, against
...              /lab/geometry, whose sizes and places are fixed (atest/portal/geometry_lab.py).
...              Sessions open with the library's default viewport, 1280 x 720.

Resource         ../resources/common.resource

Suite Setup      Use Fresh Demo Portal
Test Setup       Open Geometry Lab
Test Teardown    Close All Sessions


*** Variables ***
${LAB}    /lab/geometry


*** Test Cases ***
Get Viewport Size Returns A Dictionary Or One Number
    ${size}=    Get Viewport Size
    Should Be Equal    ${size}    ${{ {'width': 1280, 'height': 720} }}
    Should Be Equal    ${size.width}    ${1280}
    ${height}=    Get Viewport Size    height
    Should Be Equal    ${height}    ${720}
    Get Viewport Size    ALL    ==    {'width': 1280, 'height': 720}
    Get Viewport Size    width    >=    1200
    Get Viewport Size    height    ==    720

Set Viewport Size Resizes The Page
    Set Viewport Size    800    600
    Get Viewport Size    ALL    ==    {'width': 800, 'height': 600}
    Get Client Size    ${None}    ALL    ==    {'width': 800, 'height': 600}

Get Client Size Of The Page And Of An Element
    Get Client Size    ${None}    ALL    ==    {'width': 1280, 'height': 720}
    ${size}=    Get Client Size    id=scroller
    Should Be Equal    ${size}    ${{ {'width': 300, 'height': 200} }}
    Get Client Size    id=scroller    width    ==    300
    Get Client Size    id=scroller    height    <    201

Get Scroll Size Of The Page And Of An Element
    Get Scroll Size    ${None}    ALL    ==    {'width': 1500, 'height': 3000}
    ${height}=    Get Scroll Size    ${None}    height
    Should Be Equal    ${height}    ${3000}
    Get Scroll Size    id=scroller    ALL    ==    {'width': 1200, 'height': 900}
    Get Scroll Size    id=scroller    width    >    1000

Get BoundingBox Returns The Place And Size Of An Element
    ${box}=    Get BoundingBox    id=box
    Should Be Equal    ${box}    ${{ {'x': 100, 'y': 50, 'width': 200, 'height': 80} }}
    ${x}=    Get BoundingBox    id=box    x
    Should Be Equal    ${x}    ${100}
    Get BoundingBox    id=box    width    >    180
    Get BoundingBox    id=box    height    ==    80
    Get BoundingBox    id=box    y    ==    50
    Get BoundingBox    id=box    ALL    validate    value['x'] > value['y'] and value.width == 200
    Get BoundingBox    id=scroller    ALL    ==    {'x': 400, 'y': 50, 'width': 300, 'height': 200}
    ${area}=    Get BoundingBox    id=box    ALL    then    value['width'] * value['height']
    Should Be Equal    ${area}    ${16000}

A Dictionary Is Checked Key By Key With A Numeric Operator
    Get BoundingBox    id=box    ALL    >    ${{ {'x': 99, 'y': 49, 'width': 199, 'height': 79} }}
    VAR    ${too big}=    ${{ {'x': 99, 'y': 49, 'width': 201, 'height': 79} }}
    Run Keyword And Expect Error    *BoundingBox is '200' (int) should be greater than '201' (int)
    ...    Get BoundingBox    id=box    ALL    >    ${too big}    timeout=3s

Scroll To Moves The Page To A Position
    Get Scroll Position    ${None}    ALL    ==    {'top': 0, 'left': 0, 'bottom': 720, 'right': 1280}
    Scroll To    ${None}    50%
    Get Scroll Position    ${None}    ALL    ==    {'top': 1140, 'left': 0, 'bottom': 1860, 'right': 1280}
    Get BoundingBox    id=box    y    ==    -1090
    Scroll To    ${None}    bottom    right
    Get Scroll Position    ${None}    ALL    ==    {'top': 2280, 'left': 220, 'bottom': 3000, 'right': 1500}
    Scroll To    ${None}    300    10
    Get Scroll Position    ${None}    top    ==    300
    Get Scroll Position    ${None}    left    ==    10
    Scroll To
    Get Scroll Position    ${None}    ALL    ==    {'top': 0, 'left': 0, 'bottom': 720, 'right': 1280}

Scroll By Moves The Page By A Distance
    Scroll By
    Get Scroll Position    ${None}    top    ==    720
    Scroll By    ${None}    10%
    Get Scroll Position    ${None}    top    ==    948
    Scroll By    ${None}    -height
    Get Scroll Position    ${None}    top    ==    228
    Scroll By    ${EMPTY}    -28    width
    Get Scroll Position    ${None}    ALL    ==    {'top': 200, 'left': 220, 'bottom': 920, 'right': 1500}

Scrolling An Element
    Scroll To    id=scroller    50%    100%
    Get Scroll Position    id=scroller    ALL    ==    {'top': 350, 'left': 900, 'bottom': 550, 'right': 1200}
    Scroll To    id=scroller    100    200
    Scroll By    id=scroller    50    -100
    Get Scroll Position    id=scroller    ALL    ==    {'top': 150, 'left': 100, 'bottom': 350, 'right': 400}
    Get Scroll Position    id=scroller    bottom    ==    350
    Get Scroll Position    ${None}    top    ==    0
    Scroll To    id=scroller    bottom    left    smooth
    Get Scroll Position    id=scroller    top    ==    700

An Assertion Reads Again Until It Holds
    [Documentation]    The page scrolls itself 300 ms after the keyword starts; the getter
    ...    reads again until the value holds, as the Browser library's assertions do.
    Evaluate JavaScript    ${None}    () => { setTimeout(() => window.scrollTo(0, 500), 300); }
    Get Scroll Position    ${None}    top    ==    500

A Failed Assertion Says What Was Seen
    Run Keyword And Expect Error    *BoundingBox width is '200' (int) should be '201.0' (float)
    ...    Get BoundingBox    id=box    width    ==    201    timeout=3s
    Run Keyword And Expect Error    *Scroll size is*should be*
    ...    Get Scroll Size    ${None}    ALL    ==    {'width': 1, 'height': 1}    timeout=3s
    Run Keyword And Expect Error    The box moved
    ...    Get BoundingBox    id=box    x    ==    0    message=The box moved    timeout=3s

A Hidden Element Has No Bounding Box
    Run Keyword And Expect Error
    ...    Get BoundingBox failed in session 'anonymous' (allow_hidden=True returns None instead): Element is not visible and has no bounding box: id=hidden
    ...    Get BoundingBox    id=hidden
    ${box}=    Get BoundingBox    id=hidden    allow_hidden=True
    Should Be Equal    ${box}    ${None}
    Get BoundingBox    id=hidden    ALL    ==    ${None}    allow_hidden=True

Bad Scroll Arguments Say What Is Valid
    Run Keyword And Expect Error
    ...    Scroll To: invalid vertical 'middle'. Argument must be positive int, percentage or string <top|bottom> but was <class 'str'> with value `middle`.
    ...    Scroll To    ${None}    middle
    Run Keyword And Expect Error
    ...    Scroll By: invalid horizontal 'left'. Argument must be int, percentage or string <width|height> but was <class 'str'> with value `left`.
    ...    Scroll By    ${None}    10    left
    Run Keyword And Expect Error
    ...    Set Viewport Size: invalid height 0; give a positive number of pixels, such as 800 600.
    ...    Set Viewport Size    800    0

Strict Mode Applies To The Element Getters
    Run Keyword And Expect Error    *strict mode violation: locator("div") resolved to 5 elements*
    ...    Get BoundingBox    div
    Run Keyword And Expect Error    *strict mode violation: locator("div") resolved to 5 elements*
    ...    Get Scroll Size    div
    Strict Mode Is    ${False}
    Get BoundingBox    div    ALL    ==    {'x': 0, 'y': 0, 'width': 1500, 'height': 3000}
    Get Client Size    div    width    ==    1500
    [Teardown]    Run Keywords    Strict Mode Is    ${True}    AND    Close All Sessions

Sessions With Different Viewports Measure Concurrently
    [Documentation]    Each step is logged for its own session; each session returns its own
    ...    sizes, and an assertion holds in each.
    Open Session    anonymous    id=small    viewport=800x600
    Open Session    anonymous    id=wide    viewport=1280x720
    ${sizes}=    Run In Sessions Concurrently    small, wide
    ...    Go To    ${LAB}
    ...    AND    Get Scroll Size    ${None}    ALL    ==    {'width': 1500, 'height': 3000}
    ...    AND    Scroll To    ${None}    bottom    right
    ...    AND    Get Scroll Position    ${None}    bottom    ==    3000
    ...    AND    Get Viewport Size
    Should Be Equal    ${sizes}    ${{ [{'width': 800, 'height': 600}, {'width': 1280, 'height': 720}] }}
    ${tops}=    Run In Sessions Concurrently    small, wide
    ...    Get Scroll Position    ${None}    top
    Should Be Equal    ${tops}    ${{ [2400, 2280] }}


*** Keywords ***
Open Geometry Lab
    [Documentation]    A fresh anonymous session on /lab/geometry, scrolled to the top.
    Open Anonymous Session
    Go To    ${LAB}

Strict Mode Is
    [Documentation]    Turns strict mode on or off for the running test.
    [Arguments]    ${strict}
    Set Strict Mode    ${strict}    scope=Test

*** Settings ***
Documentation    The Browser library's ``>>>`` enters frames in every keyword that takes a
...              selector, also nested frames and in concurrent steps.

Resource         ../resources/common.resource

Suite Setup      Use Fresh Demo Portal
Test Setup       Open A Page With Frames
Test Teardown    Close All Sessions


*** Test Cases ***
Keywords Act Inside A Frame
    Fill Text    iframe#editor >>> \#name    ada
    Click    iframe#editor >>> \#save
    Get Text    iframe#editor >>> \#state    ==    saved ada
    Get Element Count    iframe#editor >>> button    ==    1
    Get Element States    iframe#editor >>> \#save    *=    visible    enabled
    Wait For Element    iframe#editor >>> \#state    visible
    Element Text Should Be    iframe#editor >>> \#state    saved ada
    Get Text    h1    ==    Toolbox

Frames Nest
    Get Text    iframe#outer >>> \#where    ==    outer
    Get Text    iframe#outer >>> iframe#inner >>> \#where    ==    inner

A Selector Entering Several Frames Follows Strict Mode
    [Documentation]    ``iframe`` matches the page's two frames: strict, every keyword that
    ...    reads one element fails and says so; not strict, each reads the first frame.
    Run Keyword And Expect Error    *strict mode violation: locator("iframe") resolved to 2 elements*
    ...    Get Element States    iframe >>> p    *=    visible
    Run Keyword And Expect Error    *strict mode violation: locator("iframe") resolved to 2 elements*
    ...    Wait For Elements State    iframe >>> p    enabled    1s
    Run Keyword And Expect Error    *strict mode violation: locator("iframe") resolved to 2 elements*
    ...    Get Text    iframe >>> p
    Set Strict Mode    False    scope=Test
    Get Text    iframe >>> p    ==    unsaved
    Get Element States    iframe >>> p    *=    visible    enabled
    Wait For Elements State    iframe >>> p    enabled    1s
    ${first}=    Get Element    iframe >>> p
    Get Text    ${first}    ==    unsaved
    ${all}=    Get Elements    iframe >>> p
    Length Should Be    ${all}    1
    Element Should Not Be Visible    iframe >>> \#where    timeout=1s
    Click    iframe >>> \#save
    Get Text    iframe#editor >>> \#state    ==    saved

A Missing Element In A Frame Says So
    Run Keyword And Expect Error
    ...    Click 'iframe#editor >>> #nothing' failed in session 'anonymous': Timeout 300ms exceeded. (no element matches the selector)
    ...    Click    iframe#editor >>> \#nothing    timeout=300ms

Frames In Concurrent Steps
    Open Session    anonymous    id=second
    Go To    /lab/toolbox
    Wait For Element    iframe#editor >>> \#save
    Run In Sessions Concurrently    anonymous, second
    ...    Fill Text    iframe#editor >>> \#name    {session}
    ...    AND    SYNC
    ...    AND    Click    iframe#editor >>> \#save
    ...    AND    Get Text    iframe#editor >>> \#state    ==    saved {session}


*** Keywords ***
Open A Page With Frames
    [Documentation]    Opens the anonymous session on a page with a frame and nested frames.
    Open Anonymous Session
    Go To    /lab/toolbox
    Wait For Element    iframe#editor >>> \#save

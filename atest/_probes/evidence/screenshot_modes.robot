*** Settings ***
Documentation    screenshot_on_failure=CURRENT captures only the current session, OFF none.

Library          OperatingSystem
Library          ParallelSessions    screenshot_on_failure=CURRENT    AS    OnlyCurrent
Library          ParallelSessions    screenshot_on_failure=OFF    AS    NoShots


*** Variables ***
${PID}    ${{ os.getpid() }}


*** Test Cases ***
Current Mode Captures Only The Current Session
    [Documentation]    FAIL Element Text Should Be 'h1' 'never' failed in session 'front': Locator expected to have text 'never' (actual: 'front')
    OnlyCurrent.Open Session    anonymous    id=back
    OnlyCurrent.Open Session    anonymous    id=front
    OnlyCurrent.Go To    data:text/html,<h1>front</h1>
    OnlyCurrent.Element Text Should Be    h1    never    timeout=100ms
    [Teardown]    OnlyCurrent.Close All Sessions

Only The Current Session Was Captured
    ${files}=    List Files In Directory    ${OUTPUT DIR}/parallel-sessions
    ...    Current_Mode_Captures_Only_The_Current_S-${PID}-*
    Length Should Be    ${files}    1
    Should End With    ${files}[0]    -front.png

Off Mode Captures Nothing
    [Documentation]    FAIL Element Text Should Be 'h1' 'never' failed in session 'quiet': Locator expected to have text 'never' (actual: 'quiet')
    NoShots.Open Session    anonymous    id=quiet
    NoShots.Go To    data:text/html,<h1>quiet</h1>
    NoShots.Element Text Should Be    h1    never    timeout=100ms
    [Teardown]    NoShots.Close All Sessions

Nothing Was Captured With Off
    ${files}=    List Files In Directory    ${OUTPUT DIR}/parallel-sessions    Off_Mode_Captures_Nothing-${PID}-*
    Should Be Empty    ${files}

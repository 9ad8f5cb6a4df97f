*** Settings ***
Documentation    Probe for atest/pabot/pabot.robot: fails with two sessions open.

Library          ParallelSessions


*** Test Cases ***
Failing In Suite one
    Open Session    anonymous
    Go To    data:text/html,<h1>one first</h1>
    Open Session    anonymous
    Go To    data:text/html,<h1>one second</h1>
    Element Text Should Be    h1    never    timeout=100ms
    [Teardown]    Close All Sessions

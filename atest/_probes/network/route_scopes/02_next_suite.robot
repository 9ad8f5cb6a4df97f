*** Settings ***
Documentation    Routes for every session and their scopes, second suite: the first suite's
...              routes ended with it, its Global route still answers.

Library          ParallelSessions
Resource         ../../../examples/portal.resource
Library          DemoPortal.py

Test Teardown    Close All Sessions


*** Test Cases ***
Only The Global Route Is Left
    Open Anonymous Session
    Go To    /lab/cdn
    Get Text    \#script    ==    ran from the global route
    Get Element States    \#styled    contains    hidden
    Click    \#load
    Get Text    \#data    ==    failed: no answer
    Remove Routes    all_sessions=True
    Go To    /lab/cdn
    Get Text    \#script    ==    unavailable

*** Settings ***
Documentation    Probe: after a suite whose library import had typos, this suite runs as usual.

Library          ParallelSessions    max_sessions=3


*** Test Cases ***
The Next Suite Runs With A Valid Import
    ${id}=    Open Session    anonymous
    Should Be Equal    ${id}    anonymous_1
    [Teardown]    Close All Sessions

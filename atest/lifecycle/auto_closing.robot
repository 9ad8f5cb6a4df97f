*** Settings ***
Documentation     auto_closing=SUITE keeps sessions opened in tests until the suite ends;
...               MANUAL never closes them (TEST, the default, is covered by failure_evidence).

Library           ParallelSessions    auto_closing=SUITE    AS    SuiteLevel
Library           ParallelSessions    auto_closing=MANUAL    AS    Manual

Suite Teardown    SuiteLevel.Close All Sessions


*** Test Cases ***
A Session Opened In A Test Outlives The Test With SUITE
    SuiteLevel.Open Session    anonymous    id=kept

The Next Test Still Has It
    SuiteLevel.Session Should Exist    kept
    ${current}=    SuiteLevel.Get Current Session
    Should Be Equal    ${current}    kept

MANUAL Leaves Sessions Open
    Manual.Open Session    anonymous    id=manual

Until They Are Closed By Hand
    Manual.Session Should Exist    manual
    Manual.Close All Sessions
    Manual.Session Should Not Exist    manual

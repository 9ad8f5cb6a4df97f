*** Settings ***
Documentation    Playwright traces per session and test: kept for failed tests only with
...              RETAIN_ON_FAILURE, for every test with ON, and linked from the log.

Library          OperatingSystem
Library          ParallelSessions    trace=RETAIN_ON_FAILURE    AS    Traced
Library          ../../resources/DemoPortal.py

Suite Setup      Start Portal For Traced


*** Variables ***
${TRACES}    ${OUTPUT DIR}/parallel-sessions/traces
${PID}       ${{ os.getpid() }}


*** Test Cases ***
A Passing Test Keeps No Trace
    Traced.Open Session    anonymous    id=quiet
    Traced.Go To    /
    [Teardown]    Traced.Close All Sessions

A Failing Test Keeps A Trace Per Session, Linked From The Log
    [Documentation]    FAIL The probe's intended failure, after both sessions were used
    ...    LOG 5 INFO REGEXP: (?s)Playwright traces:.*\\[first\\].*A_Failing_Test_Keeps_A_Trace_Per_Session-\\d+-first\\.zip.*playwright show-trace .*\\[second\\].*second\\.zip.*
    Traced.Open Session    anonymous    id=first
    Traced.Go To    /account/login
    Traced.Open Session    anonymous    id=second
    Fail    The probe's intended failure, after both sessions were used
    [Teardown]    Traced.Close All Sessions

Only The Failed Test's Traces Exist
    ${files}=    List Files In Directory    ${TRACES}    *-${PID}-*.zip
    Should Be Equal    ${files}
    ...    ${{ ['A_Failing_Test_Keeps_A_Trace_Per_Session-' + str($PID) + '-first.zip', 'A_Failing_Test_Keeps_A_Trace_Per_Session-' + str($PID) + '-second.zip'] }}
    ${size}=    Get File Size    ${TRACES}/${files}[0]
    Should Be True    ${size} > 1000

A Session Can Be Traced On Its Own
    Traced.Open Session    anonymous    id=always    trace=ON
    Traced.Go To    /
    [Teardown]    Traced.Close All Sessions

The Session Traced On Its Own Kept Its Trace
    File Should Exist    ${TRACES}/A_Session_Can_Be_Traced_On_Its_Own-${PID}-always.zip

A Reset Anonymous Session Keeps The Trace Of Both Visits
    [Documentation]    FAIL The probe's intended failure, after both visits
    Traced.Open Anonymous Session
    Traced.Go To    /account/login
    Traced.Open Anonymous Session
    Traced.Go To    /
    Fail    The probe's intended failure, after both visits
    [Teardown]    Traced.Close All Sessions

Both Visits Of The Anonymous Session Were Traced
    File Should Exist    ${TRACES}/A_Reset_Anonymous_Session_Keeps_The_Trac-${PID}-anonymous.zip
    File Should Exist    ${TRACES}/A_Reset_Anonymous_Session_Keeps_The_Trac-${PID}-anonymous-2.zip


*** Keywords ***
Start Portal For Traced
    [Documentation]    Starts the demo portal and points the traced library instance at it.
    ${url}=    Start Demo Portal
    Traced.Set Base Url    ${url}

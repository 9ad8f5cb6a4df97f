*** Settings ***
Documentation    Routes for every session and their scopes, first suite: the suite setup's
...              route lasts for this suite, a Suite route added in a test for the tests after
...              it, a Global one into the next suite (02_next_suite.robot).

Library          ParallelSessions
Resource         ../../../examples/portal.resource
Library          DemoPortal.py

Suite Setup      Use The Portal With The CDN From The Folder
Test Teardown    Close All Sessions


*** Test Cases ***
Routes Added In A Test For The Suite And For The Run
    Add Route    https://cdn.invalid/lab/1.0/data.json    body={"message": "data for the suite"}
    ...    all_sessions=True    scope=Suite
    Add Route    https://cdn.invalid/lab/1.0/lab.js*    body_file=${CURDIR}/global.js
    ...    all_sessions=True    scope=Global
    Open Anonymous Session
    The CDN Lab Shows    ran from the global route    data for the suite
    Element Should Be Visible    \#styled

The Suite's Routes Last Until The Suite Ends
    Open Anonymous Session
    The CDN Lab Shows    ran from the global route    data for the suite
    Element Should Be Visible    \#styled


*** Keywords ***
Use The Portal With The CDN From The Folder
    [Documentation]    Points the library at the demo portal; https://cdn.invalid/ is answered
    ...                from the folder for this suite (the default scope in a suite setup).
    ${url}=    Start Demo Portal
    Set Base Url    ${url}
    Add Route    https://cdn.invalid/**    folder=${CURDIR}/../../../network/assets/cdn
    ...    all_sessions=True

The CDN Lab Shows
    [Documentation]    Opens the CDN lab page: its script and its data say what is expected.
    [Arguments]    ${script}    ${data}
    Go To    /lab/cdn
    Get Text    \#script    ==    ${script}
    Click    \#load
    Get Text    \#data    ==    ${data}

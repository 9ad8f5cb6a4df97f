*** Settings ***
Documentation     Sessions in a browser on a Playwright browser server (browser_endpoint):
...               isolated as with a local browser; a wrong endpoint is a clear error.

Resource          ../resources/common.resource
Library           ../resources/ProcessTools.py

Suite Setup       Start Portal And Browser Server
Suite Teardown    Stop Browser Servers


*** Test Cases ***
Sessions Run In The Remote Browser And Stay Isolated
    Import Library    ParallelSessions    browser_endpoint=${ENDPOINT}    AS    Remote
    Remote.Set Base Url    ${PORTAL}
    Remote.Open Session    anonymous    id=remote_a
    Remote.Go To    /
    Remote.Evaluate JavaScript    ${None}    localStorage.setItem('who', 'a')
    Remote.Open Session    anonymous    id=remote_b
    Remote.Go To    /
    ${item}=    Remote.Get Local Storage Item    who
    Should Be Equal    ${item}    ${None}
    ${version}=    Remote.Evaluate JavaScript    ${None}    navigator.userAgent
    Should Contain    ${version}    Chrome
    [Teardown]    Remote.Close All Sessions

A Wrong Endpoint Is A Clear Error
    Import Library    ParallelSessions    browser_endpoint=ws://127.0.0.1:9/nothing    AS    Nowhere
    Run Keyword And Expect Error
    ...    Cannot connect to the browser server at ws://127.0.0.1:9/... (browser_endpoint or PARALLEL_SESSION_BROWSER_ENDPOINT): *; start one with 'playwright launch-server --browser chromium' or unset the endpoint to launch Chromium here.
    ...    Nowhere.Open Session    anonymous


*** Keywords ***
Start Portal And Browser Server
    [Documentation]    Starts the demo portal and a Playwright browser server; keeps their addresses for the suite.
    ${portal}=    Start Demo Portal
    VAR    ${PORTAL}=    ${portal}    scope=SUITE
    ${endpoint}=    Start Browser Server
    VAR    ${ENDPOINT}=    ${endpoint}    scope=SUITE

*** Settings ***
Documentation    API keywords follow the library's timeout when they are given none (they
...              used to wait Playwright's 30 seconds whatever the library said).

Library          ParallelSessions    timeout=1s
Library          ../resources/DemoPortal.py

Suite Setup      Use The Demo Portal
Test Teardown    Close All Sessions


*** Test Cases ***
An API Request Without timeout= Gives Up After The Library's Timeout
    Open API Session    id=quick
    Run Keyword And Expect Error
    ...    API GET '/slow?ms=3000' failed in session 'quick': *Timeout 1000ms exceeded*
    ...    API Get    /slow?ms=3000
    ${response}=    API Get    /slow?ms=3000    timeout=5s
    Should Be Equal    ${response}[status]    ${200}

The Same Bound Holds In A Browser Session And In Concurrent Steps
    Open Session    anonymous    id=browser
    Open API Session    id=client
    Run Keyword And Expect Error
    ...    Run In Sessions Concurrently failed in 2 session(s): browser: API GET '/slow?ms=3000' failed: Timeout 1000ms exceeded.; client: API GET '/slow?ms=3000' failed: Timeout 1000ms exceeded.
    ...    Run In Sessions Concurrently    browser, client    API Get    /slow?ms=3000


*** Keywords ***
Use The Demo Portal
    [Documentation]    Starts the demo portal and makes it the base URL of every session.
    ${url}=    Start Demo Portal
    Set Base Url    ${url}

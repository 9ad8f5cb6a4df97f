*** Settings ***
Documentation    ParallelSessions beside a library with the same keyword names (as the Browser
...              library and SeleniumLibrary have): Robot refuses to guess, and the search
...              order, full names and AS aliases each say which library acts.

Resource         ../resources/common.resource
Library          ../resources/Clashing.py

Suite Setup      Use Fresh Demo Portal
Test Teardown    Close All Sessions


*** Test Cases ***
A Clashing Name Without A Search Order Is Refused
    Open Anonymous Session
    Go To    /account/login
    Run Keyword And Expect Error
    ...    Multiple keywords with name 'Get Text' found. Give the full name of the keyword you want to use:*ParallelSessions.Get Text*
    ...    Get Text    h1

The Library Search Order Decides
    Open Anonymous Session
    Go To    /account/login
    ${previous}=    Set Library Search Order    ParallelSessions
    ${title}=    Get Text    h1
    Should Be Equal    ${title}    Log in
    Set Library Search Order    Clashing
    ${text}=    Get Text    h1
    Should Be Equal    ${text}    text from Clashing
    [Teardown]    Run Keywords    Set Library Search Order    @{previous}
    ...    AND    Close All Sessions

Full Names Need No Search Order
    Open Anonymous Session
    Go To    /account/login
    ${title}=    ParallelSessions.Get Text    h1
    Should Be Equal    ${title}    Log in
    ${text}=    Clashing.Get Text    h1
    Should Be Equal    ${text}    text from Clashing
    ${calls}=    Calls To Clashing
    Should Be Equal    ${calls}    ${{ ['Get Text h1'] }}

An Alias Names A Second Instance
    [Documentation]    ``Library    ParallelSessions    AS    PS`` is a library instance of its own,
    ...                with its own sessions. (Last: after it, every name of the library clashes.)
    Import Library    ParallelSessions    AS    PS
    ${url}=    Start Demo Portal
    PS.Set Base Url    ${url}
    PS.Open Session    anonymous    id=aliased
    PS.Go To    /account/login
    ${title}=    PS.Get Text    h1
    Should Be Equal    ${title}    Log in
    ${ids}=    ParallelSessions.Get Session Ids
    Should Not Contain    ${ids}    aliased
    [Teardown]    Run Keywords    PS.Close All Sessions    AND    ParallelSessions.Close All Sessions

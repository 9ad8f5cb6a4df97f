*** Settings ***
Documentation    Long URLs, matchers and bodies are masked at once and logged cut, saying how
...              many characters were left out (issue 20, item 1). Masking took time growing
...              with the square of a text's length: a 16,000-character text took 36-78 s, a
...              20 KB body 30 s, an 8 KB matcher 4-6 s, and a 100,000-character path hung. The
...              texts here are longer still, so each test stalled for many minutes; the test
...              timeout bounds them. Each test pins the cut log line (robotstatuschecker LOG).

Resource         ../resources/common.resource

Suite Setup      Use Fresh Demo Portal
Test Setup       Open Masking Lab
Test Teardown    Close All Sessions
Test Timeout     1 minute


*** Variables ***
${LAB}    /lab/masking


*** Test Cases ***
A Download From A Long URL Is Logged Cut
    [Documentation]    LOG 2:1 INFO GLOB: [[]anonymous] Download '${LAB}/echo?q=aaaa*... (49,7* characters left out)': 200, saved as *
    ...    LOG 2:2 INFO GLOB: \${file} = {'saveAs': *
    ${query}=    Evaluate    "a" * 50000
    ${file}=    Download    ${LAB}/echo?q=${query}
    Should Be Equal As Integers    ${file}[status]    200
    Should End With    ${file}[url]    ${query}

An API Path Too Long For The Server Fails At Once, Cut In The Message
    [Documentation]    The server refuses a request line over 65,536 characters with 414, as raw
    ...    Playwright reports at once.
    Open API Session
    ${path}=    Evaluate    "/" + "a" * 100000
    Run Keyword And Expect Error
    ...    GLOB: GET /aaa*... (99,7* characters left out) in session 'api' returned 414, expected a status below 400: *
    ...    API Get    ${path}

Wait For Response Returns A Large Body, Logged Cut
    [Documentation]    At TRACE, Robot logs the whole value a keyword returns (``Return:``).
    ...    LOG 3:3 INFO GLOB: [[]anonymous] Wait For Response: ${LAB}/body?size=200000: GET http://127.0.0.1:*${LAB}/body?size=200000 200, 200,012 characters
    ...    LOG 3:4 TRACE GLOB: Return: {'url': *, 'text': '{"data": "aaa*... (199,714 characters left out), 'json': {'data': 'aaa*... (199,712 characters left out), 'truncated': False, *}
    Set Log Level    TRACE
    Evaluate JavaScript    ${None}
    ...    fetch('${LAB}/body?size=200000').then(response => response.text()).then(text => text.length)
    ${response}=    Wait For Response    ${LAB}/body?size=200000
    Length Should Be    ${response}[json][data]    200000
    [Teardown]    Run Keywords    Set Log Level    INFO    AND    Close All Sessions

A Long Query Matcher Is Matched And Logged Cut
    [Documentation]    LOG 3:1 INFO GLOB: [[]anonymous] Wait For Response: ${LAB}/echo?q=aaa*... (59,7* characters left out): GET http://127.0.0.1:*/echo?q=aaa*... (59,742 characters left out) 200, 26 characters
    ${query}=    Evaluate    "a" * 60000
    Evaluate JavaScript    ${None}
    ...    fetch('${LAB}/echo?q=' + 'a'.repeat(60000)).then(response => response.text())
    ${response}=    Wait For Response    ${LAB}/echo?q=${query}
    Should Be Equal    ${response}[text]    60002 characters of query\n

A Long Route Matcher Is Added, Removed And Logged Cut
    [Documentation]    (Playwright itself answers no request through a route whose pattern is
    ...    40,000 characters or more, so no request is sent here.)
    ...    LOG 2:1 INFO GLOB: [[]anonymous] Add Route: ${LAB}/echo?q=aaa*... (59,7* characters left out) (fulfill 200 6 characters)
    ...    LOG 3:1 INFO GLOB: [[]anonymous] Remove Routes: ${LAB}/echo?q=aaa*... (59,7* characters left out): removed ${LAB}/echo?q=aaa*... (59,7* characters left out) (fulfill 200 6 characters, answered 0)
    ${query}=    Evaluate    "a" * 60000
    Add Route    ${LAB}/echo?q=${query}    body=routed
    Remove Routes    ${LAB}/echo?q=${query}

A Long Filled Text Is Logged Cut
    [Documentation]    A million characters are filled whole; the log line and a failure's
    ...    message quote 300 of them, not the whole text.
    ...    LOG 2:1 INFO GLOB: [[]anonymous] Fill Text 'id=username' with 'aaa*... (999,700 characters left out)'
    ${text}=    Evaluate    "a" * 1000000
    Fill Text    id=username    ${text}
    Get Property    id=username    value    ==    ${text}
    Run Keyword And Expect Error
    ...    GLOB: Fill Text 'id=nowhere' with 'aaa*... (999,700 characters left out)' failed in session 'anonymous': Timeout 200ms exceeded.*
    ...    Fill Text    id=nowhere    ${text}    timeout=200ms


*** Keywords ***
Open Masking Lab
    [Documentation]    Opens an anonymous session on the masking lab page.
    Open Anonymous Session
    Go To    ${LAB}

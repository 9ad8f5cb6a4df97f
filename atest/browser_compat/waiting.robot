*** Settings ***
Documentation    The Browser library's waiting keywords, written as a Browser user writes them:
...              Wait For Elements State (with its message formats), Wait For Condition,
...              Wait For Function, Wait For Load State, Wait For Navigation, and Wait For
...              Request/Response with Browser's matchers, on /lab/waiting, whose elements
...              appear, disappear, enable and change a moment after a click.

Resource         ../resources/common.resource

Suite Setup      Use Fresh Demo Portal
Test Setup       Open Waiting Lab
Test Teardown    Close All Sessions


*** Test Cases ***
Wait For Elements State Waits For Each State
    Click    id=show
    Wait For Elements State    id=later    visible
    Wait For Elements State    id=later    attached    timeout=2 s
    Click    id=hide
    Wait For Elements State    id=spinner    detached
    Wait For Elements State    id=spinner    hidden    1s
    Wait For Elements State    id=name    disabled
    Click    id=enable
    Wait For Elements State    id=name    enabled
    Wait For Elements State    id=name    editable
    Click    id=check
    Wait For Elements State    id=agree    checked
    Click    id=focus
    Wait For Elements State    id=name    focused
    Wait For Elements State    id=agree    defocused
    Wait For Elements State    h1    stable

Wait For Elements State Fails With Browser's Message Formats
    Run Keyword And Expect Error
    ...    id=later was not visible within 200 milliseconds (visible)
    ...    Wait For Elements State    id=later    visible    200ms
    ...    message={selector} was not visible within {timeout} ({function})
    Run Keyword And Expect Error
    ...    id=agree: e => e.checked
    ...    Wait For Elements State    id=agree    checked    200ms    {selector}: {function}
    Run Keyword And Expect Error
    ...    Wait For Elements State 'id=later' visible failed in session 'anonymous': Timeout 200ms exceeded.*
    ...    Wait For Elements State    id=later    timeout=200ms

Wait For Elements State Is Strict
    Click    id=add
    Wait For Condition    Element Count    li.item    ==    3
    Run Keyword And Expect Error
    ...    *strict mode violation: locator("li.item") resolved to 3 elements*
    ...    Wait For Elements State    li.item    visible    500ms

Wait For Condition Retries A Getter's Assertion
    Click    id=finish
    Click    id=add
    Wait For Condition    Text    id=status    ==    Done
    Wait For Condition    Title    should end with    done
    Wait For Condition    Url    contains    /lab/waiting
    ${count}=    Wait For Condition    Element Count    li.item    ==    3    timeout=3s
    Should Be Equal As Integers    ${count}    3
    Click    id=enable
    Wait For Condition    Element States    id=name    contains    enabled    editable
    Wait For Condition    Property    id=name    disabled    ==    ${False}
    Wait For Condition    Attribute    id=export    download    ==    report.csv

Wait For Condition Fails With The Getter's Error Or The Message
    Run Keyword And Expect Error
    ...    Get Text 'id=status' failed in session 'anonymous': Text 'Pending' (str) should be 'Done' (str)
    ...    Wait For Condition    Text    id=status    ==    Done    timeout=300ms
    Run Keyword And Expect Error
    ...    Status never became Done
    ...    Wait For Condition    Text    id=status    ==    Done    timeout=300ms
    ...    message=Status never became Done
    Wait For Condition    Scroll Size    ${None}    height    >    0

Wait For Function Polls JavaScript Until It Is Truthy
    Click    id=finish
    Wait For Function    window.finished === true
    Click    id=enable
    Wait For Function    element => !element.disabled    selector=id=name    timeout=3s
    Click    id=add
    Wait For Function    () => document.querySelectorAll('li').length === 3    polling=50 ms
    Run Keyword And Expect Error
    ...    window.never not truthy in 200 milliseconds
    ...    Wait For Function    window.never    timeout=200ms
    ...    message={function} not truthy in {timeout}

Wait For Load State And Wait For Navigation
    Wait For Load State
    Wait For Load State    domcontentloaded    timeout=3s
    Wait For Load State    commit
    Click    id=go
    Wait For Navigation    **/lab/waiting/next
    Get Text    id=next    ==    Arrived
    Wait For Navigation    /\\/LAB\\/waiting\\/next$/i    wait_until=domcontentloaded
    Run Keyword And Expect Error
    ...    Wait For Navigation '**/elsewhere' failed in session 'anonymous': the page did not get there within 0.2 seconds; it is at 'http*/lab/waiting/next'.
    ...    Wait For Navigation    **/elsewhere    timeout=200ms

Wait For Response Takes Browser's Regular Expressions And Predicates
    Click    id=fetch
    ${response}=    Wait For Response    /\\/lab\\/WAITING\\/data\\?n=\\d+/i
    Should Be Equal As Integers    ${response}[status]    200
    Should Be Equal    ${response}[json][answer]    answer 7
    Click    id=fetch
    ${response}=    Wait For Response
    ...    response => response.url().endsWith('/data?n=7') && response.status() === 200 && response.request().method() === 'POST'
    Should Be Equal    ${response.body}[answer]    answer 7
    Should Be True    ${response.ok}
    Should Be Equal    ${response.statusText}    OK
    Should Be Equal    ${response.request}[method]    POST
    Should Be Equal    ${response.request}[postData]    {"asked":7}
    Click    id=fetch
    ${request}=    Wait For Request    request => request.method() === 'POST' && request.postDataJSON().asked === 7
    Should Be Equal    ${request.postData}[asked]    ${7}
    Click    id=fetch
    ${response}=    Wait For Response    timeout=3s
    Should End With    ${response}[url]    /lab/waiting/data?n=7

Wait For Response Names A Predicate That Cannot Run
    Click    id=fetch
    Run Keyword And Expect Error
    ...    Wait For Response failed in session 'anonymous': the JavaScript predicate 'response => response.nosuch()' failed: TypeError: response.nosuch is not a function*
    ...    Wait For Response    response => response.nosuch()    timeout=3s

Waiting Keywords Are Steps Of Run In Sessions Concurrently
    Open Session    anonymous    id=second
    Go To    /lab/waiting
    Run In Sessions Concurrently    anonymous, second
    ...    Click    id=finish
    ...    AND    Wait For Elements State    id=later    detached
    ...    AND    Wait For Condition    Text    id=status    ==    Done
    ...    AND    Wait For Function    window.finished
    Get Text    id=status    ==    Done


*** Keywords ***
Open Waiting Lab
    [Documentation]    Opens the anonymous session at /lab/waiting.
    Open Anonymous Session
    Go To    /lab/waiting

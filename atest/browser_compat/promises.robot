*** Settings ***
Documentation    The Browser library's promises: Promise To starts a keyword in the current
...              session and returns at once, Wait For collects its result later, and the
...              download and file-chooser promises, on /lab/waiting. A promise keeps to the
...              session it was made in; one left uncollected is collected at the end of its
...              test, or cancelled when its session has closed.

Resource         ../resources/common.resource

Suite Setup      Use Fresh Demo Portal
Test Setup       Open Waiting Lab
Test Teardown    Close All Sessions


*** Test Cases ***
Promise To Wait For Response Collects A Response Caused Later
    ${promise}=    Promise To    Wait For Response    **/lab/waiting/data*    timeout=5s
    Click    id=fetch
    ${response}=    Wait For    ${promise}
    Should Be Equal As Integers    ${response}[status]    200
    Should Be Equal    ${response}[json][answer]    answer 7
    Get Text    id=result    ==    answer 7

Promise To Runs Step Keywords Beside The Next Keywords
    ${shown}=    Promise To    Wait For Elements State    id=later    visible    timeout=5s
    ${done}=    Promise To    Get Text    id=status    ==    Done
    Click    id=show
    Click    id=finish
    ${results}=    Wait For    ${shown}    ${done}
    Should Be Equal    ${results}[1]    Done
    ${clicked}=    Promise To    Click    id=hide
    Wait For    ${clicked}
    Wait For Elements State    id=spinner    detached

Keywords That Are No Steps Are Promised In A Thread
    ${ids}=    Promise To    Get Session Ids
    ${current}=    Promise To    Get Current Session
    ${results}=    Wait For    ${ids}    ${current}
    Should Be Equal    ${results}[0]    ${{['anonymous']}}
    Should Be Equal    ${results}[1]    anonymous

Wait For All Promises Collects Every Promise Not Yet Collected
    Promise To    Wait For Response    response => response.url().includes('/data?n=7')
    Promise To    Wait For Condition    Text    id=result    ==    answer 7
    Click    id=fetch
    Wait For All Promises
    Get Text    id=result    ==    answer 7

A Failing Promise Fails Wait For With Its Sentence
    ${promise}=    Promise To    Wait For Elements State    id=never    visible    300ms
    Run Keyword And Expect Error
    ...    Wait For Elements State 'id=never' visible failed in session 'anonymous': Timeout 300ms exceeded.*
    ...    Wait For    ${promise}

Promise To Wait For Download
    ${promise}=    Promise To Wait For Download    promised-report.csv
    Click    id=export
    ${file}=    Wait For    ${promise}
    Should Be Equal    ${file}[suggestedFilename]    report.csv
    Should Be Equal    ${file}[state]    finished
    Should End With    ${file}[saveAs]    promised-report.csv
    ${content}=    Get File    ${file}[saveAs]
    Should Contain    ${content}    ada;login
    ${started}=    Promise To Wait For Download    wait_for_finished=False
    Click    id=export
    ${file}=    Wait For    ${started}
    Should Be Equal    ${file}[state]    in_progress
    Should Be Equal    ${file}[saveAs]    ${EMPTY}

Promise To Upload File
    Create File    ${OUTPUT DIR}/promised-upload.txt    uploaded content
    ${promise}=    Promise To Upload File    ${OUTPUT DIR}/promised-upload.txt
    Click    id=choose
    Wait For    ${promise}
    Get Text    id=chosen    ==    promised-upload.txt:uploaded content

Bad Promises Are Refused With A Sentence
    Run Keyword And Expect Error
    ...    Unknown keyword 'No Such Keyword'! 'Promise To' can only be used with ParallelSessions keywords.
    ...    Promise To    No Such Keyword    x
    Run Keyword And Expect Error
    ...    Promise To 'Wait For Elements State': Keyword 'Wait For Elements State' expected 1 to 4 arguments, got 5.
    ...    Promise To    Wait For Elements State    a    visible    1s    message    extra
    Run Keyword And Expect Error
    ...    Nonexistent input file path '/no/such/file.txt'
    ...    Promise To Upload File    /no/such/file.txt
    Run Keyword And Expect Error
    ...    Wait For: 'not a promise' is not a promise; give what Promise To, Promise To Wait For Download or Promise To Upload File returned.
    ...    Wait For    not a promise

A Promise Keeps To The Session It Was Made In
    [Documentation]    The promise waits in ``first`` while the test acts in ``second``: the
    ...    element appearing in ``second`` does not resolve it, and its failure names ``first``.
    Open Session    anonymous    id=first
    Go To    /lab/waiting
    ${in first}=    Promise To    Wait For Response    **/lab/waiting/data*    timeout=10s
    ${never}=    Promise To    Wait For Elements State    id=later    visible    timeout=2s
    Open Session    anonymous    id=second
    Go To    /lab/waiting
    Click    id=show
    Wait For Elements State    id=later    visible
    Run Keyword And Expect Error
    ...    Wait For Elements State 'id=later' visible failed in session 'first': Timeout 2000ms exceeded.*
    ...    Wait For    ${never}
    Click    id=fetch
    Wait For Response    **/lab/waiting/data*
    Switch To Session    first
    Click    id=fetch
    Switch To Session    second
    ${response}=    Wait For    ${in first}
    Should Be Equal    ${response}[json][answer]    answer 7
    Get Text    id=result    ==    answer 7

An Uncollected Promise Is Collected At The End Of Its Test
    [Documentation]    Browser waits for such promises at the end of the test, with a warning.
    Promise To    Wait For Elements State    id=later    visible    timeout=5s
    Click    id=show
    [Teardown]    NONE

An Uncollected Failing Promise Fails Its Test
    [Documentation]    FAIL GLOB: <Promise Wait For Elements State 'id=never' visible in session 'anonymous'> failed: Wait For Elements State 'id=never' visible failed in session 'anonymous': Timeout 300ms exceeded.*
    Promise To    Wait For Elements State    id=never    visible    timeout=300ms
    [Teardown]    NONE

A Promise Whose Session Closed Is Cancelled At The End Of Its Test
    Promise To    Wait For Response    **/never*    timeout=20s


*** Keywords ***
Open Waiting Lab
    [Documentation]    Opens the anonymous session at /lab/waiting.
    Open Anonymous Session
    Go To    /lab/waiting

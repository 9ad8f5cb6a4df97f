*** Settings ***
Documentation    Waiting for a session's requests and responses without promises, and routing
...              its requests: serving an asset from disk, failing one user's save, blocking
...              and passing requests on.

Resource         ../resources/common.resource

Suite Setup      Use Fresh Demo Portal
Test Setup       Open Anonymous Session
Test Teardown    Close All Sessions


*** Variables ***
${WIDGET}    ${CURDIR}/assets/widget.js


*** Test Cases ***
A Response That Came During The Previous Keyword Is Not Missed
    [Documentation]    LOG 3:1 INFO GLOB: [[]anonymous] Wait For Response: /lab/network/items*: GET http://127.0.0.1:*/lab/network/items?n=7 200, 35 characters
    Go To    /lab/network
    Evaluate JavaScript    ${None}    fetch('/lab/network/items?n=7').then(response => response.json())
    ${response}=    Wait For Response    /lab/network/items*
    Should Be Equal As Integers    ${response}[status]    200
    Should Be Equal    ${response}[method]    GET
    Should Be Equal    ${response}[json]    ${{ {'items': ['item 7.1', 'item 7.2']} }}
    Should Be Equal    ${response}[headers][content-type]    application/json

Wait For Response Waits For Later Responses And Returns Each Once
    Go To    /lab/network
    Click    \#load-two
    ${first}=    Wait For Response    **/lab/network/items?*
    ${second}=    Wait For Response    **/lab/network/items?*
    Should Be Equal    ${first}[json][items]    ${{ ['item 1.1', 'item 1.2'] }}
    Should Be Equal    ${second}[json][items]    ${{ ['item 2.1', 'item 2.2'] }}

Wait For Request Returns What The Page Sent And Logs Only A Summary
    [Documentation]    LOG 3:1 INFO GLOB: [[]anonymous] Wait For Request: /lab/network/save: POST http://127.0.0.1:*/lab/network/save, 16 characters
    ...                LOG 3:2 INFO REGEXP: \\$\\{request\\} = \\{(?!.*lab-bearer-credential).*'authorization': '\\*\\*\\*\\*\\*'.*
    ...                LOG 3:3 NONE
    Go To    /lab/network
    Click    \#save
    ${request}=    Wait For Request    /lab/network/save
    Should Be Equal    ${request}[method]    POST
    Should Be Equal    ${request}[resource_type]    fetch
    Should Be Equal    ${request}[json]    ${{ {'note': 'hello'} }}
    Should Be Equal    ${request}[headers][authorization]    Bearer lab-bearer-credential

An Asset Of A Host That Is Down Is Served From Disk
    [Documentation]    LOG 6:1 INFO GLOB: [[]anonymous] Remove Routes: /cdn/widget.js: removed /cdn/widget.js (fulfill 200 *widget.js, answered 1)
    Go To    /lab/network
    Get Text    \#widget    ==    unavailable
    Add Route    /cdn/widget.js    body_file=${WIDGET}
    Reload
    Get Text    \#widget    ==    served from disk
    Remove Routes    /cdn/widget.js
    Reload
    Get Text    \#widget    ==    unavailable

A Session's Route Answers From A Folder And Warns Of A Missing File
    [Documentation]    The CDN lab page loads its assets from https://cdn.invalid/, which nobody
    ...                answers for; the route answers them from assets/cdn.
    ...                LOG 2:2 WARN [anonymous] The route https://cdn.invalid/** has no file 'lab/1.0/absent.js' for https://cdn.invalid/lab/1.0/absent.js and answered 404; put the file in its folder, or add a route for that URL.
    ...                LOG 6:1 INFO GLOB: [[]anonymous] Remove Routes: all: removed https://cdn.invalid/** (fulfill from folder */assets/cdn, answered 3, 1 file(s) missing)
    Add Route    https://cdn.invalid/**    folder=${CURDIR}/assets/cdn
    Go To    /lab/cdn?absent=1
    Get Text    \#script    ==    ran from the folder
    Get Text    \#absent    ==    absent.js failed
    Element Should Be Visible    \#styled
    Remove Routes
    Reload
    Get Text    \#script    ==    unavailable

A Request Is Aborted Or Passed On With A Header
    Go To    /lab/network
    Add Route    /lab/network/save    action=abort
    Click    \#save
    Run Keyword And Expect Error
    ...    Wait For Response failed in session 'anonymous': no response matching '/lab/network/save' arrived within 0.3 seconds since the previous keyword began; a matching request failed: POST http://127.0.0.1:*/lab/network/save failed: net::ERR_FAILED (Add Route action=abort fails requests so).
    ...    Wait For Response    /lab/network/save    timeout=300ms
    Get Text    \#save-result    ==    save failed: no answer
    Remove Routes
    Add Route    /lab/network/save    action=continue    headers={"X-Lab": "routed"}
    Click    \#save
    ${response}=    Wait For Response    /lab/network/save
    Should Be Equal    ${response}[json][via]    routed
    Get Text    \#save-result    ==    saved: hello via routed

One User's Save Fails With A 500 While Another's Succeeds
    Go To    /lab/network
    Add Route    /lab/network/save    status=500    body={"error": "database down"}
    Open Session    anonymous    id=second
    Go To    /lab/network
    ${responses}=    Run In Sessions Concurrently    anonymous, second
    ...    SYNC
    ...    AND    Click    \#save
    ...    AND    Wait For Response    /lab/network/save
    Should Be Equal As Integers    ${responses}[0][status]    500
    Should Be Equal    ${responses}[0][json]    ${{ {'error': 'database down'} }}
    Should Be Equal As Integers    ${responses}[1][status]    200
    Should Be Equal    ${responses}[1][json][note]    hello
    ${results}=    Run Keyword In Sessions    anonymous, second    Get Text    \#save-result
    Should Be Equal    ${results}    ${{ ['save failed: 500', 'saved: hello'] }}

A Route For All Sessions Reaches The Sessions Opened After It
    Open Session    anonymous    id=second
    Add Route    /cdn/widget.js    body_file=${WIDGET}    all_sessions=True
    Open Session    anonymous    id=later
    ${widgets}=    Run Keyword In Sessions    anonymous, second, later    Show Widget
    Should Be Equal    ${widgets}    ${{ ['served from disk', 'served from disk', 'served from disk'] }}
    Remove Routes    all_sessions=True
    Open Session    anonymous    id=latest
    ${widgets}=    Run Keyword In Sessions    anonymous, later, latest    Show Widget
    Should Be Equal    ${widgets}    ${{ ['unavailable', 'unavailable', 'unavailable'] }}

Waiting For Nothing Says What Came Instead
    Go To    /lab/network
    Run Keyword And Expect Error
    ...    Wait For Response failed in session 'anonymous': no response matching '/lab/network/nothing' arrived within 0.3 seconds since the previous keyword began; 1 other response arrived, the latest GET http://127.0.0.1:*/lab/network 200.
    ...    Wait For Response    /lab/network/nothing    timeout=300ms
    Run Keyword And Expect Error
    ...    Wait For Request failed in session 'anonymous': no request matching '/lab/network/nothing' was sent within 0.3 seconds since the previous keyword began; no other request either.
    ...    Wait For Request    /lab/network/nothing    timeout=300ms

Bad Matchers Are Named With The Fix
    Run Keyword And Expect Error
    ...    Wait For Response failed in session 'anonymous': the matcher 'save' is malformed; give a full URL such as http://host/path, a path starting with / such as /api/items, a glob such as \*\*/api/\*, a regular expression such as /items*/i, or a JavaScript predicate such as response => response.status() === 200.
    ...    Wait For Response    save
    Run Keyword And Expect Error
    ...    Wait For Request failed in session 'anonymous': the matcher 'regexp=(' is not a regular expression (missing ), unterminated subpattern at position 0); give a full URL such as http://host/path, a path starting with / such as /api/items, a glob such as \*\*/api/\*, a regular expression such as /items*/i, or a JavaScript predicate such as response => response.status() === 200.
    ...    Wait For Request    regexp=(
    Run Keyword And Expect Error
    ...    Add Route failed in session 'anonymous': the matcher is empty; give a full URL such as http://host/path, a path starting with / such as /api/items, a glob such as \*\*/api/\* or regexp=<pattern>.
    ...    Add Route    ${SPACE}

Bad Routes Are Named With The Fix
    Run Keyword And Expect Error
    ...    Add Route failed in session 'anonymous': unknown action 'block'; use fulfill (answer the request), abort (fail it) or continue (send it to the server).
    ...    Add Route    /api/*    action=block
    Run Keyword And Expect Error
    ...    Add Route failed in session 'anonymous': body_file '${CURDIR}/assets/missing.js' does not exist; give the path of the file to serve ($\{CURDIR}/... names one next to the suite).
    ...    Add Route    /api/*    body_file=${CURDIR}/assets/missing.js
    Run Keyword And Expect Error
    ...    Add Route failed in session 'anonymous': give only one of body, body_file and folder (a text, a file, or a folder of files to answer with); got body and body_file.
    ...    Add Route    /api/*    body=x    body_file=${WIDGET}
    Run Keyword And Expect Error
    ...    Add Route failed in session 'anonymous': action=abort sends no response of its own, so status, body do not apply; leave them out or use action=fulfill.
    ...    Add Route    /api/*    action=abort    status=500    body=x
    Run Keyword And Expect Error
    ...    Add Route failed in session 'anonymous': status 700 is not an HTTP status; give one from 100 to 599, such as 200 or 500.
    ...    Add Route    /api/*    status=700
    Run Keyword And Expect Error
    ...    Remove Routes failed in session 'anonymous': it has no route '/api/\*'; its routes: none. Give the matcher as Add Route got it, or no matcher to remove them all.
    ...    Remove Routes    /api/*
    Run Keyword And Expect Error
    ...    Add Route with all_sessions=True cannot be a step of Run In Sessions Concurrently: it already acts in every session. Call it before the concurrent steps.
    ...    Run In Sessions Concurrently    anonymous    Add Route    /api/*    all_sessions=True


*** Keywords ***
Show Widget
    [Documentation]    Opens the network lab page and returns what its widget says.
    Go To    /lab/network
    ${widget}=    Get Text    \#widget
    RETURN    ${widget}

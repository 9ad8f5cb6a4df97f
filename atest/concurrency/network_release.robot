*** Settings ***
Documentation    How SYNC releases the step after it: by default every session performs
...              the step at once with real, trusted clicks, and the requests the steps send
...              are held where they leave the browser and let go together
...              (release=network); with release=page a Click fires inside each page from
...              a timer at one instant.

Resource         ../resources/common.resource

Suite Setup      Prepare Three Users
Test Teardown    Close All Sessions


*** Variables ***
@{USERS}      hana    ivan    jade
# Reports on the page title whether the last click on the heading was trusted (a user's).
${TRUSTED}    document.querySelector('h1').addEventListener('click', e => document.title = 'trusted=' + e.isTrusted)


*** Test Cases ***
Submissions Are Held At The Network And Let Go Together
    [Documentation]    Each session's form post was held until all were waiting, then all went at once.
    ...    LOG 3:1 INFO REGEXP: (?s)(.*request held \\d+ ms, let go with the others.*){3}
    ${sessions}=    Open Account Sessions    @{USERS}
    Clear Portal Arrivals
    ${tokens}=    Run In Sessions Concurrently    ${sessions}
    ...    Go To    /account/tokens/new
    ...    AND    Fill Text    id=name    held-{session}
    ...    AND    SYNC
    ...    AND    Click    button[type=submit]
    ...    AND    Get Text    .token-value
    Length Should Be    ${tokens}    3
    ${arrivals}=    Get Portal Arrivals    path_contains=/account/tokens/new
    Length Should Be    ${arrivals}    3

Fetch Posts Started By A Click Are Held And Let Go Together, With And Without A Body
    [Documentation]    A button whose onclick runs fetch('/lab/release/token', {method: 'POST'})
    ...    without a body, and one with a body: each session's fetch is held until all wait.
    ...    LOG 3:1 INFO REGEXP: (?s)(.*request held \\d+ ms, let go with the others.*){3}
    ...    LOG 7:1 INFO REGEXP: (?s)(.*request held \\d+ ms, let go with the others.*){3}
    ${sessions}=    Open Account Sessions    @{USERS}
    Clear Portal Arrivals
    ${tokens}=    Run In Sessions Concurrently    ${sessions}
    ...    Go To    /lab/release
    ...    AND    SYNC
    ...    AND    Click    id=bodyless
    ...    AND    Get Text    css=#token.issued
    Should Be Equal    ${{ len(set($tokens)) }}    ${3}    msg=Tokens: ${tokens}
    ${arrivals}=    Get Portal Arrivals    path_contains=/lab/release/token
    Length Should Be    ${arrivals}    3
    ${names}=    Run In Sessions Concurrently    ${sessions}
    ...    Go To    /lab/release
    ...    AND    Fill Text    id=name    named-{session}
    ...    AND    SYNC
    ...    AND    Click    id=with-body
    ...    AND    Wait For Elements State    css=#token.issued    attached
    ...    AND    Get Text    id=named
    Should Be Equal    ${names}    ${{ ['named-' + s for s in $sessions] }}

Released Clicks Are Real Clicks Of A User
    [Documentation]    The default release clicks as a user does: the page sees a trusted event.
    ${sessions}=    Open Account Sessions    @{USERS}
    Run In Sessions Concurrently    ${sessions}
    ...    Go To    /account/dashboard
    ...    AND    Evaluate JavaScript    ${None}    ${TRUSTED}
    ...    AND    SYNC
    ...    AND    Click    h1
    ${titles}=    Run In Sessions Concurrently    ${sessions}    Get Title
    Should Be Equal    ${titles}    ${{ ['trusted=true'] * 3 }}

A Page Release Clicks From Inside Each Page
    [Documentation]    SYNC release=page fires the DOM's element.click() from a timer in each page.
    ${sessions}=    Open Account Sessions    @{USERS}
    Run In Sessions Concurrently    ${sessions}
    ...    Go To    /account/dashboard
    ...    AND    Evaluate JavaScript    ${None}    ${TRUSTED}
    ...    AND    SYNC    release=page
    ...    AND    Click    h1
    ${titles}=    Run In Sessions Concurrently    ${sessions}    Get Title
    Should Be Equal    ${titles}    ${{ ['trusted=false'] * 3 }}

A Released Click Does Not Click Through A Covering Element
    [Documentation]    Like a plain Click, a released Click fails on a button another element covers.
    ...    On a busy machine the 1 s may run out while the click is prepared before SYNC
    ...    ("failed while it was prepared before SYNC"): the click is not made either way.
    ${sessions}=    Open Account Sessions    hana    ivan
    Run Keyword And Expect Error
    ...    Run In Sessions Concurrently failed in 2 session(s):*account_hana: Click '#upload' failed*Timeout 1000ms exceeded*account_ivan: Click '#upload' failed*Timeout 1000ms exceeded*
    ...    Run In Sessions Concurrently    ${sessions}    Go To    /lab/forms    AND    SYNC    AND    Click
    ...    \#upload    timeout=1s

A Route The Tester Added Still Answers A Held Request
    [Documentation]    The release hands a held request on to the session's own routes (Add Route).
    ${sessions}=    Open Account Sessions    hana    ivan
    Run Keyword In Sessions    ${sessions}    Add Route    **/account/tokens/new
    ...    body=<h1>Stubbed answer</h1>    content_type=text/html
    Clear Portal Arrivals
    ${headings}=    Run In Sessions Concurrently    ${sessions}    Go To    /account/dashboard    AND
    ...    Evaluate JavaScript    ${None}
    ...    document.body.insertAdjacentHTML('beforeend', '<form method="post" action="/account/tokens/new"><button id="go">Go</button></form>')
    ...    AND    SYNC    AND    Click    id=go    AND    Get Text    h1
    Should Be Equal    ${headings}    ${{ ['Stubbed answer'] * 2 }}
    ${arrivals}=    Get Portal Arrivals    path_contains=/account/tokens/new
    Should Be Empty    ${arrivals}

A Step That Sends No Request Is Not Waited For
    [Documentation]    Sessions whose released step sends nothing leave the release; nobody hangs.
    ${sessions}=    Open Account Sessions    @{USERS}
    ${urls}=    Run In Sessions Concurrently    ${sessions}
    ...    Go To    /account/dashboard
    ...    AND    SYNC
    ...    AND    Get Url
    Should Be Equal    ${{ len(set($urls)) }}    ${1}
    Should End With    ${urls}[0]    /account/dashboard

An API Step In Browser Sessions Is Sent At The Release
    [Documentation]    API requests of browser sessions pass no route: they are sent at the release.
    ...    LOG 3:1 INFO REGEXP: (?s)(.*sent at the release.*){2}
    ${sessions}=    Open Account Sessions    hana    ivan
    Clear Portal Arrivals
    Run In Sessions Concurrently    ${sessions}
    ...    SYNC
    ...    AND    API Post    /account/tokens/new    data=${{ {"name": "from-api"} }}
    ${arrivals}=    Get Portal Arrivals    path_contains=/account/tokens/new
    Length Should Be    ${arrivals}    2

A Wrong Release Is A Clear Error
    ${sessions}=    Open Account Sessions    hana    ivan
    Run Keyword And Expect Error
    ...    SYNC takes one optional argument, release=network (the default: requests are let go together where they leave the browser) or release=page (a Click fires inside each page at one instant), not 'release=later'.
    ...    Run In Sessions Concurrently    ${sessions}    SYNC    release=later    AND    Get Url


*** Keywords ***
Prepare Three Users
    [Documentation]    Starts a fresh portal with an active account for each of ${USERS}.
    Use Fresh Demo Portal
    Create Active Accounts    @{USERS}

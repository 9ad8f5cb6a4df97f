*** Settings ***
Documentation    API sessions: HTTP-only clients beside the browser sessions (the seed's
...              "User + API Client" row of the testing matrix). That their credentials and
...              the tokens they receive never reach the log is proven in secrets/.

Resource         ../resources/common.resource

Suite Setup      Prepare Api User
Test Teardown    Close All Sessions


*** Test Cases ***
User + API Client: A Token Created In The UI Works In The API And The UI Shows What The API Creates
    Open Account Session    wes    ${USER PASSWORD}
    ${token}=    Create Token    ui-made
    Open API Session    id=client    bearer_token=${token}
    ${me}=    API Get    /api/me
    Should Be Equal    ${me}[json][username]    wes
    ${tokens}=    API Get    /api/tokens
    ${names}=    Evaluate    [t['name'] for t in $tokens['json']['tokens']]
    List Should Contain Value    ${names}    ui-made
    API Post    /api/realms    json=${{ {"name": "api-made"} }}    expected_status=201
    Switch To Session    account_wes
    Go To    /account/realms
    Element Should Be Visible    li.realm[data-realm="api-made"]

An API Session Shares The Cookies Of A Browser Session
    Open Account Session    wes    ${USER PASSWORD}
    ${id}=    Open API Session    id=as_wes    from_session=account_wes
    Should Be Equal    ${id}    as_wes
    ${me}=    API Get    /api/me
    Should Be Equal    ${me}[json][username]    wes
    Close Session    account_wes
    Session Should Not Exist    as_wes

Closing A Browser Session Also Closes Its API Session And The Last Open Session Becomes Current
    Open Account Session    wes    ${USER PASSWORD}
    Open Anonymous Session
    Open API Session    id=as_wes    from_session=account_wes
    Switch To Session    account_wes
    Close Session
    Session Should Not Exist    as_wes
    ${current}=    Get Current Session
    Should Be Equal    ${current}    anonymous

An API Session Without Credentials Is Refused And Keeps No Cookies
    Open API Session    id=stranger
    ${response}=    API Get    /api/me    expected_status=401
    Should Be Equal    ${response}[json][error]    Authentication is required
    API Request    POST    /account/login    data=${{ {"username": "wes", "password": $USER_PASSWORD} }}
    ...    expected_status=any
    API Get    /api/me    expected_status=401

API Keywords In A Browser Session Carry Its Cookies
    Open Account Session    wes    ${USER PASSWORD}
    ${me}=    API Get    /api/me
    Should Be Equal    ${me}[json][status]    Active
    Open Anonymous Session
    API Get    /api/me    expected_status=401

A Page Keyword In An API Session
    Open API Session    id=http_only
    Run Keyword And Expect Error
    ...    Session 'http_only' is an API session and has no page; switch to a browser session for page keywords, or use the API keywords here.
    ...    Go To    /
    Run Keyword And Expect Error    Session 'http_only' is an API session and has no page; *
    ...    Get Cookies

Expected Status: Errors Fail By Default, A Number Must Match, Any Accepts All
    Open API Session    id=plain
    Run Keyword And Expect Error
    ...    GET /api/me in session 'plain' returned 401, expected a status below 400: {"error": "Authentication is required"}
    ...    API Get    /api/me
    Run Keyword And Expect Error
    ...    GET / in session 'plain' returned 200, expected 201: *
    ...    API Get    /    expected_status=201
    ${response}=    API Get    /api/me    expected_status=any
    Should Be Equal    ${response}[status]    ${401}
    Should Be Equal    ${response}[ok]    ${False}
    Run Keyword And Expect Error
    ...    API Get '/api/me' in session 'plain': invalid expected_status 'often'; give an HTTP status from 100 to 599 such as 201 or 404, or 'any' to accept every status.
    ...    API Get    /api/me    expected_status=often
    Run Keyword And Expect Error
    ...    API Post '/api/realms' in session 'plain': invalid expected_status '999'; give an HTTP status from 100 to 599 such as 201 or 404, or 'any' to accept every status.
    ...    API Post    /api/realms    expected_status=999
    Run Keyword And Expect Error
    ...    API Request '/api/me' in session 'plain': invalid expected_status '99'; *
    ...    API Request    GET    /api/me    expected_status=99

JSON And Form Data Together Are Refused Instead Of Dropping One
    Open API Session    id=both
    Run Keyword And Expect Error
    ...    API Post '/api/realms' in session 'both': json= and data= were both given, but a request has one body; give json= for a JSON body or data= for form fields.
    ...    API Post    /api/realms    json=${{ {"name": "a"} }}    data=${{ {"name": "b"} }}

Every Method Has A Shortcut
    Open API Session    id=methods    bearer_token=${API TOKEN}
    ${get}=    API Get    /api/realms
    Should Be Equal    ${get}[status]    ${200}
    ${post}=    API Post    /api/realms    json=${{ {"name": "verbs"} }}
    Should Be Equal    ${post}[json][name]    verbs
    FOR    ${keyword}    IN    API Put    API Patch    API Delete
        ${response}=    Run Keyword    ${keyword}    /api/realms    expected_status=any
        Should Be Equal    ${response}[status]    ${405}
    END

API Sessions Are Listed, Count Towards The Cap And Take Part In Concurrent Steps
    Open API Session    id=api_a    bearer_token=${API TOKEN}
    Open API Session    id=api_b    bearer_token=${API TOKEN}
    ${ids}=    Get Session Ids    role=api
    Should Be Equal    ${ids}    ${{ ['api_a', 'api_b'] }}
    ${responses}=    Run In Sessions Concurrently    api_a, api_b
    ...    SYNC
    ...    AND    API Post    /api/realms    json=${{ {"name": "both-{session}"} }}    expected_status=201
    Should Be Equal    ${responses}[0][json][name]    both-api_a
    Should Be Equal    ${responses}[1][json][name]    both-api_b

API Keywords Take A Timeout
    Open API Session    id=patient
    Run Keyword And Expect Error
    ...    API GET '/slow?ms=3000' failed in session 'patient': *Timeout 500ms exceeded*
    ...    API Get    /slow?ms=3000    timeout=500ms
    ${response}=    API Get    /slow?ms=300    timeout=5s
    Should Be Equal    ${response}[status]    ${200}
    Run Keyword And Expect Error    Invalid timeout '0 seconds': *
    ...    API Get    /slow?ms=10    timeout=0s

A Body Over The Size Limit Is Refused Before It Is Read
    Open API Session    id=big
    Run Keyword And Expect Error
    ...    API Get '/_test/big?mb=200' in session 'big' refused the response: its body is 209.7 MB (209715200 bytes), over max_body_size (10 MB), so it was not kept. Pass a larger max_body_size= (for example max_body_size=210 MB) to read it.
    ...    API Get    /_test/big?mb=200
    ${me}=    API Get    /api/me    expected_status=401
    Should Be Equal    ${me}[json][error]    Authentication is required
    Run Keyword And Expect Error
    ...    API Get '/_test/big?mb=3&length=no' in session 'big' refused the response: its body is 3.1 MB (3145728 bytes), over max_body_size (1 MB), *
    ...    API Get    /_test/big?mb=3&length=no    max_body_size=1 MB
    ${small}=    API Get    /_test/big?mb=1&length=no    max_body_size=2MB
    Length Should Be    ${small}[text]    1048576
    Run Keyword And Expect Error
    ...    API Get '/api/me' in session 'big': invalid max_body_size 'lots'; give a positive size such as 50 MB, 800 KB or 1000000 (bytes), or leave it out for 10 MB.
    ...    API Get    /api/me    max_body_size=lots

The Next Test Works After A Refused Body
    Open Account Session    wes    ${USER PASSWORD}
    ${me}=    API Get    /api/me
    Should Be Equal    ${me}[json][username]    wes

A Response Gives Its Body As Bytes And Can Be Saved To A File
    Open API Session    id=files
    ${response}=    API Request    GET    /api/me    expected_status=401    save_as=me.json
    Should Be True    isinstance($response['body'], bytes)
    ${saved}=    Get Binary File    ${response}[saveAs]
    Should Be Equal    ${saved}    ${response}[body]
    Should Start With    ${response}[saveAs]    ${OUTPUT DIR}${/}parallel-sessions${/}downloads${/}

Redirects Are Followed By Default And The Response Has The Url It Ended At
    [Documentation]    LOG 3:2 INFO GLOB: [[]visitor] 200 from http://127.0.0.1:*/account/login?next=/media/x.txt (redirected from http://127.0.0.1:*/media/x.txt): *
    Open API Session    id=visitor
    ${portal}=    Get Portal Url
    ${response}=    API Get    /media/x.txt
    Should Be Equal    ${response}[status]    ${200}
    Should Be Equal    ${response}[url]    ${portal}/account/login?next=/media/x.txt
    Should Contain    ${response}[text]    <form
    Run Keyword And Expect Error
    ...    GET /media/x.txt in session 'visitor' returned 200 from ${portal}/account/login?next=/media/x.txt (redirected from ${portal}/media/x.txt), expected 302; give follow_redirects=False to get the redirect itself: *
    ...    API Get    /media/x.txt    expected_status=302

With follow_redirects=False The Response Is The Redirect And Shows Its Location
    [Documentation]    LOG 3:2 INFO GLOB: [[]visitor] 302 (a redirect to /account/login?next=/media/x.txt, not followed) from http://127.0.0.1:*/media/x.txt: Found: /account/login?next=/media/x.txt
    Open API Session    id=visitor
    ${portal}=    Get Portal Url
    ${response}=    API Get    /media/x.txt    expected_status=302    follow_redirects=False
    Should Be Equal    ${response}[headers][location]    /account/login?next=/media/x.txt
    Should Be Equal    ${response}[url]    ${portal}/media/x.txt
    ${admin}=    API Get    /admin/    expected_status=303    follow_redirects=False
    Should Be Equal    ${admin}[headers][location]    /admin/login?next=/admin/
    ${login}=    API Request    POST    /account/login    follow_redirects=False
    ...    data=${{ {"username": "wes", "password": $USER_PASSWORD} }}    expected_status=303
    Should Be Equal    ${login}[headers][location]    /account/dashboard
    FOR    ${keyword}    IN    API Put    API Patch    API Delete    API Post
        ${response}=    Run Keyword    ${keyword}    /admin/    follow_redirects=False
        ...    expected_status=303
        Should Be Equal    ${response}[headers][location]    /admin/login?next=/admin/
    END


*** Keywords ***
Prepare Api User
    [Documentation]    Starts a fresh portal with account wes and keeps an API token of wes for the suite.
    Use Fresh Demo Portal
    Create Portal Account    wes    ${USER PASSWORD}
    Open Account Session    wes    ${USER PASSWORD}
    ${token}=    Create Token    suite-token
    VAR    ${API TOKEN}=    ${token}    scope=SUITE
    Close All Sessions

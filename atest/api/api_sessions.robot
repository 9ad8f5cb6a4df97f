*** Settings ***
Documentation     API sessions: HTTP-only clients beside the browser sessions (the seed's
...               "User + API Client" row of the testing matrix).
Resource          ../resources/common.resource
Suite Setup       Prepare Api User
Test Teardown     Close All Sessions


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
    ...    Invalid expected_status 'often': give an HTTP status such as 201, or 'any'.
    ...    API Get    /api/me    expected_status=often

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

The Authorization Header Never Reaches The Log
    [Documentation]    LOG 1:1 INFO [secret_api] Opened API session; headers: {'Authorization': '*****', 'X-Trace': 'visible'}.
    Open API Session    id=secret_api    bearer_token=${API TOKEN}    headers=${{ {"X-Trace": "visible"} }}
    API Get    /api/me


*** Keywords ***
Prepare Api User
    Use Fresh Demo Portal
    Create Portal Account    wes    ${USER PASSWORD}
    Open Account Session    wes    ${USER PASSWORD}
    ${token}=    Create Token    suite-token
    VAR    ${API TOKEN}    ${token}    scope=SUITE
    Close All Sessions

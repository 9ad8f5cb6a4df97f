*** Settings ***
Documentation    What keywords log has the secrets masked as *****: the credential headers of an
...              API session, a token in a URL the page fetched, a known Secret in a download URL
...              and the value Type Secret types; and so has what Robot logs: a secret read back
...              from the page as a keyword's return value, another library's failure message
...              with it, and a request record at TRACE. Each test pins the logged line
...              (robotstatuschecker LOG in its documentation).

Resource         ../resources/common.resource

Suite Setup      Prepare An API Token
Test Teardown    Close All Sessions


*** Test Cases ***
Secret Header Values And Credential-Named Headers Are Masked Whatever Their Name
    [Documentation]    LOG 2:1 INFO [custom_api] Opened API session; headers: {'Authorization': '*****', 'X-Api-Signature': '*****', 'X-Custom-Token': '*****', 'X-Trace': 'visible'}.
    ...    LOG 3:1 INFO [custom_api] API GET '/api/me'
    ${signature}=    Evaluate    robot.api.types.Secret("sig-" + uuid.uuid4().hex)
    Open API Session    id=custom_api    bearer_token=${API TOKEN}
    ...    headers=${{ {"X-Custom-Token": "plain-but-named-like-a-token", "X-Api-Signature": $signature, "X-Trace": "visible"} }}
    API Get    /api/me

Credentials In A Logged URL Are Masked
    [Documentation]    LOG 3:1 INFO REGEXP: \\[anonymous\\] Wait For Response: regexp=items\\\\\\?n=3: GET http://127\\.0\\.0\\.1:\\d+/lab/network/items\\?n=3&token=\\*\\*\\*\\*\\* 200, 35 characters
    [Setup]    Open Anonymous Session
    Go To    /lab/network
    Evaluate JavaScript    ${None}
    ...    fetch('/lab/network/items?n=3&token=lab-url-credential').then(response => response.json())
    ${response}=    Wait For Response    regexp=items\\?n=3
    Should End With    ${response}[url]    token=lab-url-credential

A Known Secret In A Download Url Is Masked In The Log, Also In The Assigned Variable
    [Documentation]    LOG 5:1 INFO GLOB: [[]keyed] Download '/media/x.txt?v=*****': 200, saved as *
    ...    LOG 5:2 INFO GLOB: \${file} = {'saveAs': *, 'suggestedFilename': 'x.txt', 'state': 'finished', 'downloadID': None, 'status': 200, *
    Create Active Accounts    ida
    Open Account Session    ida    ${USER PASSWORD}
    ${token}=    Evaluate    robot.api.types.Secret("tok-" + uuid.uuid4().hex)
    Open API Session    id=keyed    bearer_token=${token}    from_session=account_ida
    ${file}=    Download    /media/x.txt?v=${token.value}
    Should End With    ${file}[url]    /media/x.txt?v=${token.value}

Type Secret Logs No Value
    [Documentation]    LOG 3:1 INFO REGEXP: \\[anonymous\\] Type Secret '\\#mask' with '\\*\\*\\*\\*\\*'.*
    [Setup]    Open Toolbox As Anonymous
    Set Environment Variable    TYPED_SECRET    s3cret-typed
    VAR    ${secret: Secret}=    %{TYPED_SECRET}
    Type Secret    \#mask    ${secret}
    Get Text    \#mask    ==    s3cret-typed
    [Teardown]    Run Keywords    Remove Environment Variable    TYPED_SECRET
    ...    AND    Close All Sessions

A Secret Read Back From The Page Is Masked In The Lines Robot Writes
    [Documentation]    Fill Secret makes the password known: the value Evaluate JavaScript returns
    ...    is masked in Robot's \${value} line, and in the failure of Should Be Equal.
    ...    Run Keyword And Expect Error still gets the real message.
    ...    LOG 3:2 INFO \${value} = *****
    ...    LOG 4.1:1 FAIL ***** != typed-by-hand
    [Setup]    Open Masking Lab
    ${password}=    Evaluate    robot.api.types.Secret("lab-pw-" + uuid.uuid4().hex)
    Fill Secret    id=password    ${password}
    ${value}=    Evaluate JavaScript    ${None}    document.getElementById('password').value
    Run Keyword And Expect Error    ${password.value} != typed-by-hand
    ...    Should Be Equal    ${value}    typed-by-hand
    Should Be True    $value == $password.value

A Request Record Is Masked At Log Level TRACE
    [Documentation]    Neither value is known to the library: the record masks the X-Api-Key header
    ...    and the password field of the posted form by their names, also in the TRACE line
    ...    where Robot prints the returned record by repr.
    ...    LOG 6:3 TRACE GLOB: Return: {'url': 'http://127.0.0.1:*/lab/masking/login', 'method': 'POST', 'headers': {*'x-api-key': '*****'*}, 'resource_type': 'fetch', 'text': 'username=wes&password=*****', 'truncated': False, 'postData': 'username=wes&password=*****'}
    [Setup]    Open Masking Lab
    Set Log Level    TRACE
    Fill Text    id=username    wes
    Fill Text    id=password    unknown-password-4a5b
    Fill Text    id=key    unknown-api-key-6c7d
    Click    id=send
    ${request}=    Wait For Request    /lab/masking/login
    Should Be Equal    ${request}[headers][x-api-key]    unknown-api-key-6c7d
    Should Be Equal    ${request}[text]    username=wes&password=unknown-password-4a5b
    [Teardown]    Run Keywords    Set Log Level    INFO    AND    Close All Sessions


*** Keywords ***
Prepare An API Token
    [Documentation]    Starts a fresh portal with account wes and keeps an API token of wes for the suite.
    Use Fresh Demo Portal
    Create Portal Account    wes    ${USER PASSWORD}
    Open Account Session    wes    ${USER PASSWORD}
    ${token}=    Create Token    suite-token
    VAR    ${API TOKEN}=    ${token}    scope=SUITE
    Close All Sessions

Open Toolbox As Anonymous
    [Documentation]    Makes the anonymous session current on the toolbox page.
    Open Anonymous Session
    Go To    /lab/toolbox

Open Masking Lab
    [Documentation]    Makes the anonymous session current on the masking lab page.
    Open Anonymous Session
    Go To    /lab/masking

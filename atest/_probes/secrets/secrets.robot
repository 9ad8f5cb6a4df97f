*** Settings ***
Documentation    Probe run by atest/secrets/output_files.robot in a separate robot process at
...              --loglevel TRACE with trace=ON. It uses a password, a Fill Secret value
...              typed into a password field and into a field that shows its text, a
...              bearer token, Secret header values and a token the server issues in a
...              response body (to a browser session and to an API session), all taken from
...              the environment; its last test fails on purpose, so failure screenshots are
...              taken too. Its second test has Robot log secrets the library knows: the
...              value of a password field read back (``\${value} = ...``, TRACE Return:), the
...              login request with that password and an X-Api-Key header a route added as a
...              Secret, and, at log level INFO, a DEBUG line that only the debug file gets.
...              The caller then searches every output file and every entry of every trace.

Library          ParallelSessions    account_login_keyword=Log In With Secret    trace=ON
Library          ../../resources/DemoPortal.py

Suite Setup      Start Portal
Test Teardown    Close All Sessions


*** Test Cases ***
Use Every Kind Of Secret
    Log In And Type A Secret Where It Shows
    Open API Session    id=client    bearer_token=${TOKEN}
    API Get    /api/me    expected_status=401
    API Get    /api/me    headers=${{ {"Authorization": $AUTHORIZATION} }}    expected_status=401
    Open API Session    id=custom    headers=${{ {"X-Custom-Token": $CUSTOM} }}
    API Get    /api/me    expected_status=401
    Switch To Session    account_probe
    ${issued}=    API Post    /api/tokens    json=${{ {"name": "probe-api"} }}    expected_status=201
    # $issued, not ${issued}: Robot logs a keyword's arguments at TRACE as they are.
    Should Be True    re.fullmatch(r"pst_[0-9a-f]{40}", $issued["json"]["token"])
    Should Be True    $issued["json"]["token"] in $issued["text"]
    API Get    /api/me    headers=${{ {"X-Custom-Token": $CUSTOM} }}
    # The same from an API session: the test reads the issued token, the log never does.
    Open API Session    id=issuer    from_session=account_probe
    ${again}=    API Post    /api/tokens    json=${{ {"name": "probe-api-session"} }}    expected_status=201
    Should Be True    re.fullmatch(r"pst_[0-9a-f]{40}", $again["json"]["token"])
    Should Be True    $again["json"]["token"] in $again["text"]

Robot Logs Values The Library Knows As Secrets
    [Documentation]    Issue 20, item 2: each of these lines held the password or the API key.
    Open Anonymous Session
    Add Route    /account/login    action=continue    headers=${{ {"X-Api-Key": $API_KEY} }}
    Go To    /account/login
    Fill Text    id=username    probe
    Fill Secret    id=password    ${PASSWORD}
    ${value}=    Get Property    id=password    value
    ${evaluated}=    Evaluate JavaScript    ${None}    document.getElementById('password').value
    Should Be Equal    ${value}    ${PASSWORD.value}
    Should Be Equal    ${evaluated}    ${PASSWORD.value}
    # At INFO, a DEBUG line reaches the debug file only; the library's listener never hears it.
    Set Log Level    INFO
    Log    debug-only ${value} %{PROBE_VISIBLE}    DEBUG
    Set Log Level    TRACE
    Click    button[type=submit]
    ${request}=    Wait For Request    /account/login
    Should Be Equal    ${request}[headers][x-api-key]    ${API_KEY.value}
    Should Be True    $PASSWORD.value in $request["text"]
    Wait For Url    **/account/dashboard

Fail With Secrets On Screen
    [Documentation]    Fails on purpose: failure screenshots and a kept trace.
    Log In And Type A Secret Where It Shows
    Page Should Contain    This text is not on the page    timeout=100ms


*** Keywords ***
Start Portal
    [Documentation]    Takes the secrets from the environment, starts the portal and creates the probe account.
    VAR    ${PASSWORD: Secret}=    %{PROBE_PASSWORD}    scope=SUITE
    VAR    ${TYPED: Secret}=    %{PROBE_TYPED}    scope=SUITE
    VAR    ${TOKEN: Secret}=    %{PROBE_TOKEN}    scope=SUITE
    VAR    ${AUTHORIZATION: Secret}=    Bearer %{PROBE_TOKEN}    scope=SUITE
    VAR    ${CUSTOM: Secret}=    %{PROBE_CUSTOM}    scope=SUITE
    VAR    ${API_KEY: Secret}=    %{PROBE_API_KEY}    scope=SUITE
    ${url}=    Start Demo Portal
    Set Base Url    ${url}
    Create Portal Account    probe    ${PASSWORD}

Log In And Type A Secret Where It Shows
    [Documentation]    Logs in as the probe account and types a Fill Secret value into a field that shows its text.
    Open Account Session    probe    ${PASSWORD}
    Element Text Should Be    .username    probe
    Go To    /account/realms
    Fill Text    id=name    %{PROBE_VISIBLE}
    Fill Secret    id=name    ${TYPED}

Log In With Secret
    [Documentation]    Logs the current session in as an account, typing the password with Fill Secret.
    [Arguments]    ${username}    ${password}
    Go To    /account/login
    Fill Text    id=username    ${username}
    Fill Secret    id=password    ${password}
    Click    button[type=submit]
    Wait For Url    **/account/dashboard

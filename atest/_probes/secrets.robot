*** Settings ***
Documentation     Probe run by atest/lifecycle/secrets.robot in a separate robot process.
...               Uses a password, a Fill Secret value and a bearer token taken from the
...               environment, at log level TRACE; the caller then searches the outputs.
Library           ParallelSessions    account_login_keyword=Log In With Secret
Library           ../resources/DemoPortal.py


*** Test Cases ***
Use Every Kind Of Secret
    VAR    ${password: Secret}    %{PROBE_PASSWORD}
    VAR    ${typed: Secret}    %{PROBE_TYPED}
    VAR    ${token: Secret}    %{PROBE_TOKEN}
    ${url}=    Start Demo Portal
    Set Base Url    ${url}
    Create Portal Account    probe    ${password}
    Open Account Session    probe    ${password}
    Element Text Should Be    .username    probe
    Go To    /account/realms
    Fill Secret    id=name    ${typed}
    Open API Session    id=client    bearer_token=${token}
    API Get    /api/me    expected_status=401
    VAR    ${authorization: Secret}    Bearer %{PROBE_TOKEN}
    API Get    /api/me    headers=${{ {"Authorization": $authorization} }}    expected_status=401
    [Teardown]    Close All Sessions


*** Keywords ***
Log In With Secret
    [Arguments]    ${username}    ${password}
    Go To          /account/login
    Fill Text      id=username    ${username}
    Fill Secret    id=password    ${password}
    Click          button[type=submit]
    Wait For Url   **/account/dashboard

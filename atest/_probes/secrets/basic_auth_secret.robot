*** Settings ***
Documentation    Probe run by atest/secrets/opening_credentials.robot in a separate robot process
...              at --loglevel TRACE with trace=ON. It passes a basic auth password as a Secret
...              in http_credentials, saves the logged-in session's storage state, sends a
...              header that is no secret (the positive control of the caller's search) and
...              fails its second test on purpose, so failure screenshots are taken too.

Library          ParallelSessions    account_login_keyword=Log In As Probe    trace=ON
Library          ../../resources/DemoPortal.py

Suite Setup      Start Portal
Test Teardown    Close All Sessions


*** Test Cases ***
Basic Auth And A Saved Storage State
    Open Staging Session
    Get Text    .basic-auth-user    ==    Signed in with basic auth as probe
    Go To    /lab/client
    Get Text    [data-header="x-visible"]    ==    %{PROBE_VISIBLE}
    Open Account Session    probe    ${PASSWORD}
    Save Storage State    %{PROBE_STATE}

Fail With Basic Auth Credentials In Use
    [Documentation]    Fails on purpose: failure screenshots and a kept trace.
    Open Staging Session
    Page Should Contain    This text is not on the page    timeout=100ms


*** Keywords ***
Start Portal
    [Documentation]    Takes the password from the environment, starts the portal and creates the probe account.
    VAR    ${PASSWORD: Secret}=    %{PROBE_PASSWORD}    scope=SUITE
    ${url}=    Start Demo Portal
    Set Base Url    ${url}
    Create Portal Account    probe    ${PASSWORD}

Open Staging Session
    [Documentation]    Opens a session with basic auth credentials and a visible header, at /lab/staging.
    VAR    &{credentials}=    username=probe    password=${PASSWORD}
    VAR    &{headers}=    X-Visible=%{PROBE_VISIBLE}
    Open Session    anonymous    id=staging    http_credentials=${credentials}
    ...    extra_http_headers=${headers}
    Go To    /lab/staging

Log In As Probe
    [Documentation]    Logs the current session in as an account, typing the password with Fill Secret.
    [Arguments]    ${username}    ${password}
    Go To    /account/login
    Fill Text    id=username    ${username}
    Fill Secret    id=password    ${password}
    Click    button[type=submit]
    Wait For Url    **/account/dashboard

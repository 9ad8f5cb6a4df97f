*** Settings ***
Documentation    Probe run by atest/secrets/opening_credentials.robot in its own robot process at
...              --loglevel TRACE. Open Sessions logs two accounts in with one Secret password
...              for both (from the environment), refuses a list of Secrets of the wrong
...              length, then logs two more accounts in with one plain-text password: the
...              positive control, since Robot logs plain arguments at TRACE. The caller
...              then searches output.xml and log.html.

Library          ParallelSessions    account_login_keyword=Log In With Secret
Library          ../../resources/DemoPortal.py

Suite Setup      Start Portal
Test Teardown    Close All Sessions


*** Test Cases ***
One Secret Password Logs Every User In
    ${ids}=    Open Sessions    account    usernames=ann, bob    passwords=${PASSWORD}
    ${names}=    Run In Sessions Concurrently    ${ids}    Get Text    .username
    Should Be Equal    ${names}    ${{ ['ann', 'bob'] }}

A List Of Secrets Of The Wrong Length Is Refused
    VAR    @{passwords}=    ${PASSWORD}    ${PASSWORD}
    Run Keyword And Expect Error    Open Sessions got 2 passwords for 3 usernames; *
    ...    Open Sessions    account    usernames=ann, bob, cyd    passwords=${passwords}

One Plain Password Logs Every User In
    ${ids}=    Open Sessions    account    usernames=dee, eli    passwords=%{PROBE_VISIBLE}
    ${names}=    Run In Sessions Concurrently    ${ids}    Get Text    .username
    Should Be Equal    ${names}    ${{ ['dee', 'eli'] }}


*** Keywords ***
Start Portal
    [Documentation]    Takes the secret from the environment, starts the portal and creates the accounts.
    VAR    ${PASSWORD: Secret}=    %{PROBE_PASSWORD}    scope=SUITE
    ${url}=    Start Demo Portal
    Set Base Url    ${url}
    FOR    ${username}    IN    ann    bob    cyd
        Create Portal Account    ${username}    ${PASSWORD}
    END
    FOR    ${username}    IN    dee    eli
        Create Portal Account    ${username}    %{PROBE_VISIBLE}
    END

Log In With Secret
    [Documentation]    Logs the current session in as an account, typing the password with Fill Secret.
    [Arguments]    ${username}    ${password}
    Go To    /account/login
    Fill Text    id=username    ${username}
    Fill Secret    id=password    ${password}
    Click    button[type=submit]
    Wait For Url    **/account/dashboard

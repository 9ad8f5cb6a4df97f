*** Settings ***
Documentation    Misconfiguration is refused with a sentence before anything logs in, instead of
...              failing every login later or silently switching a feature off (issue 20).

Library          ParallelSessions    reuse_logins=True    account_login_keyword=Log In As Acount
...              AS    Mistyped
Library          ParallelSessions    reuse_logins=True    login_check_keyword=Stil Logged In
...              account_login_keyword=Count The Login    AS    MistypedCheck
Library          ParallelSessions    AS    Plain
Resource         ../examples/portal.resource
Library          ../resources/DemoPortal.py

Suite Setup      Start Portal
Test Teardown    Run Keywords    Mistyped.Close All Sessions    AND
...                  MistypedCheck.Close All Sessions    AND    Plain.Close All Sessions


*** Variables ***
${LOGINS}           ${0}
${USER PASSWORD}    misconf-pass-1


*** Test Cases ***
A Login Keyword That Does Not Exist Is Named Before Any Login
    Run Keyword And Expect Error
    ...    the login keyword of role 'account' 'Log In As Acount' cannot be run: No keyword with name 'Log In As Acount' found. Did you mean:*Log In As Account*
    ...    Mistyped.Open Account Session    mia    ${USER PASSWORD}
    ${ids}=    Mistyped.Get Session Ids
    Should Be Empty    ${ids}

A Login Check Keyword That Does Not Exist Is Named Before Any Login
    [Documentation]    Without the check, every reopen would count as logged out: reuse off.
    Run Keyword And Expect Error
    ...    login_check_keyword 'Stil Logged In' cannot be run: No keyword with name 'Stil Logged In' found.*
    ...    MistypedCheck.Open Account Session    mia    ${USER PASSWORD}
    Should Be Equal    ${LOGINS}    ${0}

A Login Keyword For API Sessions Is Refused
    Run Keyword And Expect Error
    ...    Role 'api' never logs in, so a login keyword for it would never run: *
    ...    Plain.Set Login Keyword    api    Log In As Account
    # Removing one is fine.
    Plain.Set Login Keyword    api    NONE


*** Keywords ***
Start Portal
    [Documentation]    Starts the demo portal for every library instance of this suite.
    ${url}=    Start Demo Portal
    Reset Demo Portal
    Mistyped.Set Base Url    ${url}
    MistypedCheck.Set Base Url    ${url}
    Plain.Set Base Url    ${url}

Count The Login
    [Documentation]    The account login, counted.
    [Arguments]    ${username}    ${password}
    Log In As Account    ${username}    ${password}
    VAR    ${LOGINS}=    ${LOGINS + 1}    scope=SUITE

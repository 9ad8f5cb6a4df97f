*** Settings ***
Documentation    reuse_logins=True: each identity logs in once; later sessions of it start
...              logged in, until Forget Saved Logins.

Library          ParallelSessions    reuse_logins=True    account_login_keyword=Counting Login
...              AS    Reusing
Library          ../resources/DemoPortal.py

Suite Setup      Prepare
Test Teardown    Reusing.Close All Sessions


*** Variables ***
${LOGINS}           ${0}
${USER PASSWORD}    reuse-pass-1


*** Test Cases ***
A Second Session Of The Same Identity Starts Logged In Without Logging In Again
    [Documentation]    LOG 4:2 INFO [account_rita] Reused the saved login of this identity (reuse_logins); the login keyword was not run.
    Reusing.Open Account Session    rita    ${USER PASSWORD}
    Reusing.Close Session
    Should Be Equal    ${LOGINS}    ${1}
    Reusing.Open Account Session    rita    ${USER PASSWORD}
    Should Be Equal    ${LOGINS}    ${1}
    # It resumes where the login keyword left the page, not on about:blank.
    Reusing.Url Should Contain    /account/dashboard    timeout=100ms
    Reusing.Element Text Should Be    .username    rita
    # The page's localStorage as the login left it, including what only the login wrote.
    ${written}=    Reusing.Get Local Storage Item    written-at-login
    Should Be Equal    ${written}    by the login of rita

Another Identity Logs In Itself
    Reusing.Open Account Session    sven    ${USER PASSWORD}
    Should Be Equal    ${LOGINS}    ${2}
    Reusing.Element Text Should Be    .username    sven

Forget Saved Logins Makes The Next Session Log In Again
    ${forgotten}=    Reusing.Forget Saved Logins
    Should Be Equal    ${forgotten}    ${{ ['account rita', 'account sven'] }}
    Reusing.Open Account Session    rita    ${USER PASSWORD}
    Should Be Equal    ${LOGINS}    ${3}


*** Keywords ***
Prepare
    [Documentation]    Starts an empty portal for the Reusing instance with the accounts rita and sven.
    ${url}=    Start Demo Portal
    Reset Demo Portal
    Reusing.Set Base Url    ${url}
    Create Portal Account    rita    ${USER PASSWORD}
    Create Portal Account    sven    ${USER PASSWORD}

Counting Login
    [Documentation]    Logs the current session in as an account and counts the login in the suite variable LOGINS.
    [Arguments]    ${username}    ${password}
    VAR    ${LOGINS}=    ${LOGINS + 1}    scope=SUITE
    Reusing.Go To    /account/login
    Reusing.Fill Text    id=username    ${username}
    Reusing.Fill Secret    id=password    ${password}
    Reusing.Click    button[type=submit]
    Reusing.Wait For Url    **/account/dashboard
    Reusing.Evaluate JavaScript    ${None}    localStorage.setItem('written-at-login', 'by the login of ${username}')

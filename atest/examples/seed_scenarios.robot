*** Settings ***
Documentation    The seed's three scenarios: several actors of the demo portal, each in a
...              named session of one browser.

Resource         ../resources/common.resource

Suite Setup      Use Fresh Demo Portal
Test Teardown    Close All Sessions


*** Test Cases ***
Admin Approves, User Sees Update
    [Documentation]    A user waits on a pending account while the admin approves it.
    Open Anonymous Session
    Register Account    alice
    Open Account Session    alice    ${USER PASSWORD}
    Element Text Should Be    .status    Pending
    Open Admin Session
    Approve Account    alice
    Switch To Session    account_alice
    Reload
    Element Text Should Be    .status    Active

Three Users Create Tokens And All Tokens Are Unique
    [Documentation]    Sequential for now: one token per user, every secret different.
    Create Active Accounts    ann    ben    cid
    VAR    @{tokens}=    @{EMPTY}
    FOR    ${user}    IN    ann    ben    cid
        Open Account Session    ${user}    ${USER PASSWORD}
        ${token}=    Create Token    token-of-${user}
        Should Start With    ${token}    pst_
        Append To List    ${tokens}    ${token}
    END
    List Should Not Contain Duplicates    ${tokens}
    Length Should Be    ${tokens}    3

Sessions Are Isolated
    [Documentation]    A logged-in admin shares nothing with the other sessions.
    Create Active Accounts    dora
    Open Admin Session
    ${admin cookies}=    Get Cookies
    Should Not Be Empty    ${admin cookies}
    Open Account Session    dora    ${USER PASSWORD}
    Local Storage Item Should Be    portal.user    dora
    Open Anonymous Session
    Go To    /admin/dashboard
    Url Should Contain    /admin/login
    ${anonymous cookies}=    Get Cookies
    Should Be Empty    ${anonymous cookies}
    Local Storage Item Should Be    portal.user    ${None}
    Local Storage Item Should Be    portal.role    ${None}
    Switch To Session    account_dora
    Local Storage Item Should Be    portal.role    ${None}
    Go To    /admin/dashboard
    Url Should Contain    /admin/login
    Switch To Session    admin
    Local Storage Item Should Be    portal.role    admin
    Local Storage Item Should Be    portal.user    ${None}


*** Keywords ***
Local Storage Item Should Be
    [Documentation]    The current session's local storage holds ``${expected}`` under ``${key}``.
    [Arguments]    ${key}    ${expected}
    ${value}=    Get Local Storage Item    ${key}
    Should Be Equal    ${value}    ${expected}

*** Settings ***
Documentation    The seed's testing matrix: which actors take part in each kind of test.

Resource         ../resources/common.resource

Suite Setup      Use Fresh Demo Portal
Test Teardown    Close All Sessions


*** Test Cases ***
Admin + User
    [Documentation]    The admin sees a newly registered user as pending; the user sees the approval.
    Open Anonymous Session
    Register Account    erin
    Open Admin Session
    Go To    /admin/accounts/pending
    Element Should Be Visible    tr[data-username="erin"]
    Approve Account    erin
    Element Should Not Be Visible    tr[data-username="erin"]
    Open Account Session    erin    ${USER PASSWORD}
    Element Text Should Be    .status    Active

Admin + 2 Users
    [Documentation]    Approving one user leaves the other pending, in both users' sessions.
    Open Anonymous Session
    Register Account    fay
    Register Account    gus
    Open Account Session    fay    ${USER PASSWORD}
    Open Account Session    gus    ${USER PASSWORD}
    Open Admin Session
    Approve Account    fay
    ${fay}=    Run Keyword In Session    account_fay    Reload And Get Status
    ${gus}=    Run Keyword In Session    account_gus    Reload And Get Status
    Should Be Equal    ${fay}    Active
    Should Be Equal    ${gus}    Pending
    ${ids}=    Get Session Ids
    Should Be Equal    ${ids}    ${{ ['anonymous', 'account_fay', 'account_gus', 'admin'] }}

Multiple Admins
    [Documentation]    Two admins see the same pending account; the second approval is refused.
    Open Anonymous Session
    Register Account    hal
    ${first}=    Open Session    admin
    ${second}=    Open Session    admin    username=auditor    password=auditor-pass
    Should Be Equal    ${first}    admin_1
    Should Be Equal    ${second}    admin_2
    Element Text Should Be    .admin-name    auditor
    Run Keyword In Session    admin_1    Go To    /admin/accounts/pending
    Go To    /admin/accounts/pending
    Run Keyword In Session    admin_1    Click    tr[data-username="hal"] button[data-action="approve"]
    Run Keyword In Session    admin_1    Page Should Contain    Account hal approved
    Click    tr[data-username="hal"] button[data-action="approve"]
    Element Text Should Be    .error    Account hal is not pending
    ${admins}=    Get Session Ids    role=admin
    Should Be Equal    ${admins}    ${{ ['admin_1', 'admin_2'] }}


*** Keywords ***
Reload And Get Status
    [Documentation]    Reloads the current page and returns the text of its status.
    Reload
    ${status}=    Get Text    .status
    RETURN    ${status}

*** Settings ***
Documentation    Run Keyword In Session, Run Keyword In Sessions and Run Keyword In Temporary
...              Session run any keyword, user keywords too, in one session after another; the
...              current session is restored and a temporary session closed, also on failure.

Resource         ../resources/common.resource

Suite Setup      Use Fresh Demo Portal With Accounts    cora    dave    emma
Test Teardown    Close All Sessions


*** Test Cases ***
Run Keyword In Session Returns The Value And Restores The Current Session
    Create Active Accounts    lea
    Open Account Session    lea    ${USER PASSWORD}
    Open Anonymous Session
    ${status}=    Run Keyword In Session    account_lea    Get Text    .status
    Should Be Equal    ${status}    Active
    ${current}=    Get Current Session
    Should Be Equal    ${current}    anonymous

Run Keyword In Session Restores The Current Session When The Keyword Fails
    Open Session    anonymous    id=one
    Open Session    anonymous    id=two
    Run Keyword And Expect Error    Intended failure in one
    ...    Run Keyword In Session    one    Fail    Intended failure in one
    ${current}=    Get Current Session
    Should Be Equal    ${current}    two

Run Keyword In Temporary Session Closes The Session Afterwards
    Open Session    anonymous    id=keeper
    ${url}=    Run Keyword In Temporary Session    admin    Get Url
    Should End With    ${url}    /admin/dashboard
    ${ids}=    Get Session Ids
    Should Be Equal    ${ids}    ${{ ['keeper'] }}
    ${current}=    Get Current Session
    Should Be Equal    ${current}    keeper

Run Keyword In Temporary Session Closes The Session Also On Failure
    Run Keyword And Expect Error    Temporary failure
    ...    Run Keyword In Temporary Session    anonymous    Fail    Temporary failure
    ${ids}=    Get Session Ids
    Should Be Empty    ${ids}

Run Keyword In Sessions Runs A User Keyword In Each Session In Turn
    ${sessions}=    Open Account Sessions    cora    dave
    Open Anonymous Session
    ${tokens}=    Run Keyword In Sessions    ${sessions}    Create Token    seq-{session}
    Length Should Be    ${tokens}    2
    List Should Not Contain Duplicates    ${tokens}
    ${current}=    Get Current Session
    Should Be Equal    ${current}    anonymous

Run Keyword In Sessions Goes On After A Failure And Reports Each One
    ${sessions}=    Open Account Sessions    cora    dave    emma
    Run Keyword And Expect Error
    ...    Run Keyword In Sessions 'Fail Unless Cora' failed in 2 session(s): account_dave: Not cora: account_dave; account_emma: Not cora: account_emma
    ...    Run Keyword In Sessions    ${sessions}    Fail Unless Cora    {session}
    Session Should Exist    account_dave

Selectors Named Like Parameters Belong To The Keyword That Runs
    [Documentation]    ``id=username`` after the keyword name used to be taken as the session id.
    Open Session    anonymous    id=one
    Go To    /account/login
    Open Session    anonymous    id=two
    Run Keyword In Session    one    Fill Text    id=username    alice
    ${value}=    Run Keyword In Session    one    Evaluate JavaScript    ${None}
    ...    document.getElementById('username').value
    Should Be Equal    ${value}    alice
    Run Keyword In Sessions    one    Fill Text    id=username    bob
    ${value}=    Run Keyword In Session    one    Evaluate JavaScript    ${None}
    ...    document.getElementById('username').value
    Should Be Equal    ${value}    bob
    ${echo}=    Run Keyword In Temporary Session    anonymous    Set Variable    role=admin
    Should Be Equal    ${echo}    role=admin
    ${echo}=    Run Keyword In Session    one    Set Variable    keyword=x
    Should Be Equal    ${echo}    keyword=x
    ${echoes}=    Run In Sessions Concurrently    one    Get Attribute    id=username    id
    Should Be Equal    ${echoes}    ${{ ['username'] }}


*** Keywords ***
Fail Unless Cora
    [Documentation]    Fails with "Not cora: <session>" unless ${session} is account_cora.
    [Arguments]    ${session}
    Should Be Equal    ${session}    account_cora    msg=Not cora: ${session}    values=False

*** Settings ***
Documentation    The toolbox on the demo portal's own pages: a confirm before revoking a
...              token, an export that starts a download, and both done by several users at
...              once.

Resource         ../resources/common.resource

Suite Setup      Use Fresh Demo Portal
Test Teardown    Close All Sessions


*** Test Cases ***
Revoking A Token Asks First And Dismissing Keeps It
    Create Active Accounts    rosa
    Open Account Session    rosa    ${USER PASSWORD}
    Create Token    ci-token
    Go To    /account/tokens
    Handle Future Dialogs    dismiss
    Click    li[data-token-name="ci-token"] button
    Wait For Alert    dismiss    text=Revoke token ci-token?
    Get Element Count    li.token    ==    1
    Handle Future Dialogs    accept
    Click    li[data-token-name="ci-token"] button
    Wait For Alert    accept    text=Revoke token ci-token?
    Get Url    *=    revoked=ci-token
    Get Element Count    li.token    ==    0

Three Users Accept A Revoke Confirm At One Instant
    Create Active Accounts    uma    ulf    una
    ${sessions}=    Open Account Sessions    uma    ulf    una
    Run Keyword In Sessions    ${sessions}    Create Token    token-of-{session}
    Run In Sessions Concurrently    ${sessions}
    ...    Go To    /account/tokens
    ...    AND    SYNC
    ...    AND    Click    li.token button
    ...    AND    Wait For Alert    accept
    ...    AND    Get Element Count    li.token    ==    0

The Admin Export Is A Download With The Accounts
    Create Active Accounts    vic
    Open Admin Session
    ${file}=    Click And Wait For Download    \#export
    Should Be Equal    ${file}[suggestedFilename]    accounts.csv
    ${csv}=    Get File    ${file}[saveAs]
    Should Contain    ${csv}    vic,Active
    ${direct}=    Download    /admin/accounts/export    save_as=direct.csv
    Should Be Equal    ${direct}[suggestedFilename]    accounts.csv

Two Admins Download The Export At Once
    Open Admin Session
    Open Session    admin    id=second_admin
    ${files}=    Run In Sessions Concurrently    admin, second_admin
    ...    Go To    /admin/dashboard
    ...    AND    SYNC
    ...    AND    Click And Wait For Download    \#export    save_as={session}.csv
    FOR    ${file}    IN    @{files}
        File Should Not Be Empty    ${file}[saveAs]
    END

*** Settings ***
Documentation    An admin approves an account while its user waits, each in a session of
...              their own.

Library          ParallelSessions    base_url=%{PORTAL_URL=http://127.0.0.1:8000}
...                  admin_login_keyword=Log In As Admin    account_login_keyword=Log In As Account
Resource         portal.resource    # your login keywords and test data

Suite Setup      Register Account Awaiting Approval    alice    ${ALICE PASSWORD}
Test Teardown    Close All Sessions


*** Test Cases ***
Admin Approves, User Sees Update
    Open Account Session    alice    ${ALICE PASSWORD}
    Get Text    .status    ==    Pending
    Open Admin Session
    Go To    /admin/accounts/pending
    Click    tr[data-username="alice"] button[data-action="approve"]
    Switch To Session    account_alice
    Reload
    Get Text    .status    ==    Active

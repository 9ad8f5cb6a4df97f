*** Settings ***
Documentation    Probe for atest/logins/login_state.robot: pia's saved login is logged out
...              (the portal was reset), so the login check fails and she logs in again; then
...              Forget Saved Logins removes her file.

Resource         ../login_state_common/login_state.resource


*** Test Cases ***
A Logged Out Saved Login Is Refreshed
    Open Pia And See Her Dashboard
    Close All Sessions
    # The refreshed login is saved: the next session reuses it.
    Open Pia And See Her Dashboard
    [Teardown]    Close All Sessions

Forget Saved Logins Removes The Files
    ${forgotten}=    Forget Saved Logins
    Should Be Equal    ${forgotten}    ${{ ['account pia'] }}

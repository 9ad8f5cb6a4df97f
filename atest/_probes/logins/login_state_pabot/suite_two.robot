*** Settings ***
Documentation    Probe for atest/logins/login_state.robot: opens pia's account session
...              while the other pabot process opens it too.

Resource         ../login_state_common/login_state.resource


*** Test Cases ***
Suite two Opens Pia
    Open Pia And See Her Dashboard
    [Teardown]    Close All Sessions

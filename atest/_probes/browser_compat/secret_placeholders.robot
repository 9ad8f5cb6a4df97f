*** Settings ***
Documentation    Probe run by atest/browser_compat/secret_placeholders.robot in a separate robot
...              process at --loglevel TRACE with trace=ON: Fill Secret and Type Secret take
...              their secrets as the Browser library's placeholders, $PLAIN_SECRET (a plain
...              Robot variable) and %PROBE_ENV_SECRET (an environment variable), and the page
...              shows the SHA-256 digests of what they typed. A value that is no secret is
...              typed with Fill Text, as the caller's positive control.

Library          ParallelSessions    trace=ON
Library          ../../resources/DemoPortal.py

Suite Setup      Start Portal
Test Teardown    Close All Sessions


*** Variables ***
# A plain variable, not a Secret: Robot never logs the variables table, and $PLAIN_SECRET
# passes the name, not the value.
${PLAIN_SECRET}    %{PROBE_PLAIN_SECRET}


*** Test Cases ***
Type Secrets Given As Placeholders
    Open Session    anonymous    id=typist
    Go To    /lab/actions
    Fill Text    id=keys    %{PROBE_VISIBLE}
    Fill Secret    id=secret-text    $PLAIN_SECRET
    Get Text    id=secret-text-digest    ==    %{PROBE_PLAIN_DIGEST}
    Type Secret    id=secret-password    %PROBE_ENV_SECRET
    Get Text    id=secret-password-digest    ==    %{PROBE_ENV_DIGEST}
    Type Secret    id=secret-text    $PLAIN_SECRET    delay=1ms
    Fill Secret    id=secret-password    %PROBE_ENV_SECRET    force=True
    ${same}=    Run In Sessions Concurrently    typist
    ...    Fill Secret    id=secret-text    %PROBE_ENV_SECRET
    ...    AND    Get Text    id=secret-text-digest
    Should Be Equal    ${same}    ${{ [$ENV_DIGEST] }}


*** Keywords ***
Start Portal
    [Documentation]    Starts the portal; the digests come from the environment.
    VAR    ${ENV_DIGEST}=    %{PROBE_ENV_DIGEST}    scope=SUITE
    ${url}=    Start Demo Portal
    Set Base Url    ${url}

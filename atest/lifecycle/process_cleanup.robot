*** Settings ***
Documentation    No Chromium of ours outlives a run: not after a failing run, not after
...              Ctrl-C (SIGINT), not after SIGTERM. Each case runs robot on a probe suite
...              in a subprocess whose processes carry a unique environment marker.

Library          Process
Library          ../resources/ProcessTools.py


*** Variables ***
${PROBE}    ${CURDIR}/../_probes/lifecycle/hold_sessions.robot


*** Test Cases ***
A Failing Run Leaves No Chromium Behind
    ${marker}    ${process}=    Start Probe    MODE:fail
    ${result}=    Wait For Process    ${process}    timeout=90s    on_timeout=kill
    Should Be Equal As Integers    ${result.rc}    1    msg=${result.stdout}
    No Process Should Carry    ${marker}

A Failing Run With Prewarmed Contexts Leaves No Chromium Behind
    [Documentation]    The probe fills a pool of two ready contexts (prewarm=2), then fails on
    ...                purpose (its failure message shows that the pool was full).
    ${marker}    ${process}=    Start Probe    MODE:fail    prewarm=2
    ${result}=    Wait For Process    ${process}    timeout=90s    on_timeout=kill
    Should Be Equal As Integers    ${result.rc}    1    msg=${result.stdout}
    Should Contain    ${result.stdout}    Intended failure of the probe
    No Process Should Carry    ${marker}

Ctrl-C Leaves No Chromium Behind
    Stop Probe With Signal    SIGINT

SIGTERM Leaves No Chromium Behind
    Stop Probe With Signal    SIGTERM


*** Keywords ***
Start Probe
    [Documentation]    Starts robot on the probe suite in the background; returns its process marker and handle.
    [Arguments]    ${variable}=MODE:wait    ${prewarm}=0
    ${marker}=    Evaluate    uuid.uuid4().hex    modules=uuid
    ${process}=    Start Process    ${{ sys.executable }}    -m    robot    --output    NONE
    ...    --log    NONE    --report    NONE    --variable    ${variable}    ${PROBE}
    ...    env:PS_RUN_MARKER=${marker}    env:PARALLEL_SESSION_PREWARM=${prewarm}    stderr=STDOUT
    RETURN    ${marker}    ${process}

Stop Probe With Signal
    [Documentation]    Stops a running probe with ${signal}; none of its processes may outlive it.
    [Arguments]    ${signal}
    ${marker}    ${process}=    Start Probe
    Wait Until Keyword Succeeds    60s    200ms    Chromium With Marker Should Be Running    ${marker}
    Send Signal To Process    ${signal}    ${process}
    ${result}=    Wait For Process    ${process}    timeout=60s    on_timeout=kill
    Should Not Be Equal As Integers    ${result.rc}    0    msg=The probe was expected to be stopped.
    Should Contain    ${result.stdout}    Execution terminated by signal
    No Process Should Carry    ${marker}

No Process Should Carry
    [Documentation]    No running process carries the probe's environment marker ${marker}.
    [Arguments]    ${marker}
    ${left}=    Count Processes With Marker    ${marker}
    Should Be Equal As Integers    ${left}    0    msg=${left} process(es) of the probe outlived it.

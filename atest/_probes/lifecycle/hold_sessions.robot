*** Settings ***
Documentation    Probe run by atest/lifecycle/process_cleanup.robot in a separate robot
...              process (folders starting with _ are not collected by `robot atest/`).
...              Opens sessions, then either fails or waits to be stopped by a signal.

Library          ParallelSessions


*** Variables ***
${MODE}    wait


*** Test Cases ***
Hold Sessions
    Open Session    anonymous
    Open Session    anonymous
    Go To    data:text/html,<h1>held</h1>
    # With PARALLEL_SESSION_PREWARM the pool is full before the run ends (0: returns at once).
    Wait For Prewarmed Sessions
    IF    '${MODE}' == 'fail'    Fail    Intended failure of the probe
    Wait For Element    .never-appears    timeout=2 min

*** Settings ***
Documentation     Failure evidence, traces, screenshot modes and browser crashes need tests
...               that fail on purpose. They are probe suites (atest/_probes/evidence/) run in
...               their own robot process; every probe test states its expected status and
...               log messages (robotstatuschecker syntax), and the test here fails if any is
...               not met, so `robot atest/` stays green. Each probe's log.html is kept under
...               ${OUTPUT DIR}/probes/.
Library           ../resources/Probes.py


*** Test Cases ***
Every Session On Camera, Page Errors, Leaks And A Compact Log
    Probe Suite Should Meet Its Expectations    evidence/failure_evidence.robot

Screenshot Modes ALL, CURRENT And OFF
    Probe Suite Should Meet Its Expectations    evidence/screenshot_modes.robot

Traces Kept For Failed Tests And Linked From The Log
    Probe Suite Should Meet Its Expectations    evidence/traces.robot

A Browser Crash Fails Its Test, Names The Lost Sessions, And The Suite Goes On
    Probe Suite Should Meet Its Expectations    evidence/browser_crash.robot

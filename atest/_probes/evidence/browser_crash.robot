*** Settings ***
Documentation    Chromium dies in the middle of a test: that test fails naming what was
...              lost, the next test gets a fresh browser, the suite goes on.

Resource         ../../resources/common.resource
Library          ../../resources/ProcessTools.py

Suite Setup      Use Fresh Demo Portal
Test Teardown    Close All Sessions


*** Test Cases ***
A Killed Browser Fails The Test And Names The Lost Sessions
    [Documentation]    FAIL The browser stopped unexpectedly (crashed or was killed) and 2 session(s) were lost: admin, anonymous; the next session opens in a fresh browser.
    Open Admin Session
    Open Anonymous Session
    Kill Browser Of This Run
    Wait Until Keyword Succeeds    10s    100ms    No Chromium Of This Run Is Left
    Reload

The Next Test Opens Sessions In A Fresh Browser
    Open Admin Session
    Url Should Contain    /admin/dashboard
    Open Anonymous Session
    Go To    /admin/dashboard
    Url Should Contain    /admin/login

A Crash Noticed Only By The Teardown Still Fails The Test
    [Documentation]    FAIL Teardown failed:\nThe browser stopped unexpectedly (crashed or was killed) and 1 session(s) were lost: anonymous; the next session opens in a fresh browser.
    Open Anonymous Session
    Kill Browser Of This Run
    Wait Until Keyword Succeeds    10s    100ms    No Chromium Of This Run Is Left

The Suite Goes On After Two Crashes
    Open Anonymous Session
    Go To    /
    ${title}=    Get Title
    Should Be Equal    ${title}    Demo Portal


*** Keywords ***
No Chromium Of This Run Is Left
    [Documentation]    Fails unless no Chromium started by this run is still running.
    Run Keyword And Expect Error    No Chromium process of this run was found to kill.
    ...    Kill Browser Of This Run

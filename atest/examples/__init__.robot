*** Settings ***
Documentation    The example suites. The demo portal starts once here and its address is
...              given to the suites as PORTAL_URL, as a real application's would be.

Library          OperatingSystem
Library          ../resources/DemoPortal.py

Suite Setup      Start The Demo Portal For The Examples


*** Keywords ***
Start The Demo Portal For The Examples
    [Documentation]    Starts and empties the demo portal and gives its address to the suites as PORTAL_URL.
    ${url}=    Start Demo Portal
    Reset Demo Portal
    Set Environment Variable    PORTAL_URL    ${url}

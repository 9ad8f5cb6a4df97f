*** Settings ***
Documentation    A Browser-library suite's browsers and contexts: New Browser, New Context,
...              Switch Context, Close Context... act on sessions, so the suite runs unchanged.

Resource         ../resources/common.resource

Suite Setup      Use Fresh Demo Portal
Test Teardown    Close All Sessions


*** Test Cases ***
New Context Opens An Isolated Session With Browser's Options
    ${browser}=    New Browser    chromium    headless=True
    Should Be Equal    ${browser}    browser=chromium
    ${first}=    New Context    viewport={'width': 800, 'height': 600}    locale=fi-FI
    ...    colorScheme=dark    hasTouch=True
    New Page    /lab/client
    Get Text    id=viewport    ==    800x600
    Get Text    id=language    ==    fi-FI
    Get Text    id=color-scheme    ==    dark
    Get Text    id=touch    ==    touch
    ${second}=    New Context
    New Page    /lab/client
    Get Text    id=viewport    ==    1280x720
    Get Context Ids    ALL    ALL    ==    ${first}    ${second}
    Get Context Ids    CURRENT    ALL    ==    ${second}

Switch Context And Close Context Act On Sessions
    ${first}=    New Context
    New Page    /lab/client
    ${second}=    New Context
    ${previous}=    Switch Context    ${first}
    Should Be Equal    ${previous}    ${second}
    Close Context
    Get Context Ids    ALL    ALL    ==    ${second}
    Close Context    ALL
    Get Context Ids    ALL    ALL    ==

JavaScript Can Be Switched Off As In Browser
    New Context    javaScriptEnabled=False
    New Page    /lab/client
    Get Text    id=timezone    ==    unknown

Close Browser Closes Every Session
    New Context
    New Context
    Close Browser
    Get Context Ids    ALL    ALL    ==
    Get Browser Ids    ALL    ==    browser\=chromium

Browser's Options That Do Not Apply Are Named
    Run Keyword And Expect Error
    ...    New Context does not take tracing here; use the trace argument of Open Session or the library's trace setting.
    ...    New Context    tracing=True
    Run Keyword And Expect Error    Keyword 'ParallelSessions.New Context' expected 0 non-named arguments, got 1.
    ...    New Context    viewPort={'width': 800, 'height': 600}
    Run Keyword And Expect Error    Invalid browser 'firefox': this library runs Chromium only*
    ...    New Browser    firefox
    Run Keyword And Expect Error    Unknown browser 'browser=other'*
    ...    Switch Browser    browser=other
    Run Keyword And Expect Error
    ...    New Context got an invalid device_scale_factor '0.0': expected a number from 0.1 to 10*
    ...    New Context    deviceScaleFactor=0

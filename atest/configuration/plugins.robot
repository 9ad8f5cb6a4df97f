*** Settings ***
Documentation    Plugins: keyword classes of a project's own, given with plugins=, act in the
...              current session through the library's `act`, so they log the session id and
...              can be steps of Run In Sessions Concurrently. DemoPlugin.py is the example of
...              docs/python.md; LabelledText.py takes the arguments written after ';' in its
...              entry, as Browser library and SeleniumLibrary plugins do.

Library          ParallelSessions    plugins=DemoPlugin, LabelledText;h1;label=Heading
Library          DemoPortal.py
Library          Probes.py

Suite Setup      Start Portal
Test Teardown    Close All Sessions


*** Test Cases ***
A Plugin Keyword Reads The Current Session's Page
    [Documentation]    LOG 3:1 INFO [anonymous_1] Get Heading: 'Demo Portal'
    Open Session    anonymous
    Go To    /
    ${heading}=    Get Heading
    Should Be Equal    ${heading}    Demo Portal

A Plugin Keyword Reaches The Session's Browser Context
    Open Session    anonymous
    Go To    /
    ${before}=    Count Cookies
    Add Cookie    theme    dark
    ${after}=    Count Cookies
    Should Be Equal As Integers    ${after}    ${before + 1}

A Plugin Keyword Is A Concurrent Step In Each Session
    [Documentation]    Each session reads its own page at the same time.
    Open Session    anonymous    id=visitor
    Go To    /
    Open Session    anonymous    id=intruder
    Go To    /admin/login
    ${headings}=    Run In Sessions Concurrently    visitor, intruder
    ...    Get Heading
    ...    AND    Get Heading
    Should Be Equal    ${headings}    ${{ ["Demo Portal", "Admin login"] }}

A Plugin Gets The Arguments Written After Semicolons In Its Entry
    [Documentation]    LOG 3:1 INFO [reader] Get Labelled Text: 'Heading: Demo Portal'
    Open Session    anonymous    id=reader
    Go To    /
    ${text}=    Get Labelled Text
    Should Be Equal    ${text}    Heading: Demo Portal

A Plugin's Choice Argument Lists Its Choices When Given Another
    Open Session    anonymous    id=reader
    Go To    /
    ${text}=    Get Labelled Text    case=UPPER
    Should Be Equal    ${text}    Heading: DEMO PORTAL
    Run Keyword And Expect Error    Invalid case 'Title': give one of upper or lower.
    ...    Get Labelled Text    case=Title

A Plugin Keyword Without A Session Fails Like The Library's Keywords
    Run Keyword And Expect Error
    ...    No session is current: open one with Open Session, Open Admin Session, Open Account Session or Open Anonymous Session, or switch to an open one.
    ...    Get Heading

Plugins By Path Or Environment, And Bad Plugins Failing Their Library With A Sentence
    [Documentation]    Each bad plugin is reported as an error at import, and every keyword of
    ...                that library instance fails with the sentence; good instances still work.
    Probe Suite Should Meet Its Expectations    configuration/plugins_import.robot
    ...    expected_errors=${{ ["*Plugin 'NoSuchPlugin' could not be imported*", "*Plugin 'DemoPlugin.NoSuchClass' could not be imported*", "*Plugin 'Clashing' is not a subclass*", "*Plugin module 'robot.api' defines no subclass*", "*has keyword 'Element Should Be Visible', which is already a ParallelSessions keyword*", "*which is already a keyword of plugin DemoPlugin.DemoPlugin*", "*no_such_plugin.py' could not be imported*", "*Plugin 'LabelledText' argument 2 has more than one '='*", "*LabelledText.__init__() takes from 3 to 4 positional arguments but 5 were given*", "*LabelledText.__init__() missing 1 required positional argument: 'selector'*"] }}


*** Keywords ***
Start Portal
    [Documentation]    Starts the demo portal and makes it the base URL.
    ${url}=    Start Demo Portal
    Set Base Url    ${url}

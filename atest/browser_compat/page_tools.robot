*** Settings ***
Documentation    The Browser library's locator handlers, PDF, aria snapshot and device keywords,
...              written as a Browser user writes them.

Resource         ../resources/common.resource

Suite Setup      Use Fresh Demo Portal
Test Setup       Open Emulation Lab
Test Teardown    Close All Sessions


*** Test Cases ***
A Locator Handler Clicks Away An Overlay Before The Next Action
    Add Locator Handler Click    id=banner    id=accept
    Click    id=show-banner
    Click    id=count
    Get Text    id=consent    ==    accepted
    Get Text    id=counted    ==    1

A Locator Handler Runs Only As Often As Told
    Add Locator Handler Click    id=banner    id=accept    times=1
    Click    id=show-banner
    Click    id=count
    Get Text    id=counted    ==    1
    Click    id=show-banner
    Run Keyword And Expect Error    *    Click    id=count    timeout=1s
    Get Text    id=counted    ==    1

A Custom Locator Handler Fills And Clicks
    ${spec}=    Evaluate
    ...    [{'action': 'fill', 'selector': '#why', 'value': 'later'}, {'action': 'Click', 'selector': '#close-survey'}]
    Add Locator Handler Custom    id=survey    ${spec}
    Click    id=show-survey
    Click    id=count
    Get Text    id=consent    ==    survey: later

A Removed Locator Handler No Longer Runs
    Add Locator Handler Click    id=banner    id=accept
    Remove Locator Handler    id=banner
    Click    id=show-banner
    Run Keyword And Expect Error    *    Click    id=count    timeout=1s
    Get Text    id=consent    ==    none
    Run Keyword And Expect Error
    ...    Remove Locator Handler failed in session 'anonymous_1': no handler was added for 'id=banner' on its current page (handlers: none).
    ...    Remove Locator Handler    id=banner

Locator Handlers Belong To Their Session
    Add Locator Handler Click    id=banner    id=accept
    Open Emulation Lab    id=other
    Click    id=show-banner
    Run Keyword And Expect Error    *    Click    id=count    timeout=1s
    Get Text    id=consent    ==    none

Bad Handler Specs Are Refused With A Sentence
    Run Keyword And Expect Error
    ...    Invalid action 'hover' in handler_spec: give click, fill, check or uncheck.
    ...    Add Locator Handler Custom    id=survey    ${{ [{'action': 'hover', 'selector': '#x'}] }}
    Run Keyword And Expect Error    Invalid action 1 of handler_spec: fill needs a value*
    ...    Add Locator Handler Custom    id=survey    ${{ [{'action': 'fill', 'selector': '#x'}] }}
    Run Keyword And Expect Error    Invalid times '0'*
    ...    Add Locator Handler Click    id=banner    id=accept    times=0

Save Page As Pdf Writes An Owner-Only PDF In The Output Directory
    ${path}=    Save Page As Pdf    emulation-lab.pdf    format=A4    printBackground=True
    Should Be Equal    ${path}    ${OUTPUT DIR}${/}emulation-lab.pdf
    ${head}=    Evaluate    open(r'''${path}''', 'rb').read(5)
    Should Be Equal    ${head}    ${{ b'%PDF-' }}
    ${mode}=    Evaluate    oct(os.stat(r'''${path}''').st_mode & 0o777)    modules=os
    Should Be Equal    ${mode}    0o600
    Run Keyword And Expect Error    Cannot save the PDF as '*': the folder '*nowhere' does not exist.
    ...    Save Page As Pdf    nowhere/page.pdf
    [Teardown]    Run Keywords    Remove File    ${OUTPUT DIR}${/}emulation-lab.pdf    AND
    ...    Close All Sessions

Get Aria Snapshot Reads The Accessibility Tree
    ${tree}=    Get Aria Snapshot    nav
    Should Contain    ${tree}    - link "Emulation"
    Get Aria Snapshot    h1    yaml    ==    - heading "Emulation lab" [level=1]
    Get Aria Snapshot    nav    yaml    *=    link "Home"
    Run Keyword And Expect Error    Invalid return_type 'dict'*    Get Aria Snapshot    nav    dict

Get Device Returns Playwright's Descriptor
    ${phone}=    Get Device    iPhone 13
    Should Be True    ${phone}[isMobile]
    Should Be Equal    ${phone}[viewport]    ${{ {'width': 390, 'height': 664} }}
    ${devices}=    Get Devices
    Dictionary Should Contain Key    ${devices}    Pixel 7
    Run Keyword And Expect Error    No device named 'iphone 13' (names are case-sensitive). Close: iPhone 13*
    ...    Get Device    iphone 13


*** Keywords ***
Open Emulation Lab
    [Documentation]    Opens an anonymous session (``id=`` and other options) on the emulation lab.
    [Arguments]    &{options}
    Open Session    anonymous    &{options}
    Go To    /lab/emulation

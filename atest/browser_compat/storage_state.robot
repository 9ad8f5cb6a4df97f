*** Settings ***
Documentation    Save Storage State and Set Storage State, as a Browser user writes them: one
...              session's cookies and local storage put into another without reopening it.

Resource         ../resources/common.resource

Suite Setup      Use Fresh Demo Portal
Test Teardown    Close All Sessions


*** Test Cases ***
Set Storage State Replaces A Session's Cookies And Local Storage
    New Context
    New Page    /lab/emulation
    Add Cookie    flavour    oat    domain=127.0.0.1    path=/
    LocalStorage Set Item    theme    dark
    ${state}=    Save Storage State
    New Context
    New Page    /lab/emulation
    Add Cookie    leftover    yes    domain=127.0.0.1    path=/
    LocalStorage Set Item    theme    light
    SessionStorage Set Item    draft    kept
    Set Storage State    ${state}
    Reload
    LocalStorage Get Item    theme    ==    dark
    Get Cookie    flavour    dictionary    ==    oat
    ${cookies}=    Get Cookies
    Should Not Contain    ${{ [cookie.name for cookie in $cookies] }}    leftover
    # Session storage is not part of a state file: it stays.
    SessionStorage Get Item    draft    ==    kept

A Missing Or Foreign File Is Named
    New Context
    New Page    /lab/emulation
    Run Keyword And Expect Error
    ...    Set Storage State got '*nope.json': expected a file written by Save Storage State, and there is no such file.
    ...    Set Storage State    ${OUTPUT DIR}/nope.json
    Run Keyword And Expect Error
    ...    Set Storage State got '*': expected a file written by Save Storage State (JSON with cookies and origins), and it is not.
    ...    Set Storage State    ${CURDIR}/storage_state.robot

A Nameless Cookie Or Item In The File Is Named
    [Documentation]    Playwright's own text for these was raw.
    New Context
    New Page    /lab/emulation
    VAR    ${file}=    ${OUTPUT DIR}/nameless-${{ secrets.token_hex(4) }}.json
    Create File    ${file}    {"cookies": [{"value": "v", "domain": "127.0.0.1", "path": "/"}]}
    Run Keyword And Expect Error
    ...    Set Storage State got '*': expected a storage state whose cookies each have a name, a value, and a domain and path or a url; cookie 1 has no name.
    ...    Set Storage State    ${file}
    Create File    ${file}    {"origins": [{"origin": "http://127.0.0.1", "localStorage": [{"value": "v"}]}]}
    Run Keyword And Expect Error
    ...    GLOB:Open Session got an invalid storage_state '*': expected a storage state whose origins each have an origin address and localStorage items with a name and a value; origin 1 (http://127.0.0.1) has a localStorage item without a name or value.
    ...    Open Session    anonymous    storage_state=${file}

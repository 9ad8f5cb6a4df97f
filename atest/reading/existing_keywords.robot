*** Settings ***
Documentation    The assertion keywords that came before the assertion operators keep their
...              arguments, their waiting and their messages, on the profile form.

Resource         ../resources/form_lab.resource

Suite Setup      Use Fresh Demo Portal
Test Setup       Open Form Lab
Test Teardown    Close All Sessions


*** Test Cases ***
Element And Page Assertions Pass And Fail As Before
    Element Text Should Be    .status    Pending
    Element Should Be Visible    id=display-name
    Element Should Not Be Visible    id=saved-note
    Page Should Contain    Profile status
    Page Should Not Contain    Profile deleted
    Url Should Contain    /lab/forms
    Run Keyword And Expect Error
    ...    EQUALS:Element Text Should Be '.status' 'Active' failed in session 'anonymous': Locator expected to have text 'Active' (actual: 'Pending')
    ...    Element Text Should Be    .status    Active    timeout=200ms
    Run Keyword And Expect Error
    ...    Element Should Be Visible 'id=saved-note' failed in session 'anonymous': *
    ...    Element Should Be Visible    id=saved-note    timeout=200ms
    Run Keyword And Expect Error
    ...    Page Should Contain 'Profile deleted' failed in session 'anonymous': *
    ...    Page Should Contain    Profile deleted    timeout=200ms

They Still Wait For The Page
    Fill Text    id=email    ada@example.com
    Click    id=save
    Element Text Should Be    .status    Active
    Element Should Be Visible    id=saved-note
    Page Should Contain    Profile saved

Getters Still Take Their Old Arguments
    ${text}=    Get Text    .status    timeout=2s
    Should Be Equal    ${text}    Pending
    ${href}=    Get Attribute    a.item >> nth=2    href
    Should Be Equal    ${href}    \#topic-3
    ${count}=    Get Element Count    a.item    timeout=2s
    Should Be Equal    ${count}    ${27}
    Wait For Element    id=display-name
    Wait For Element    id=saved-note    state=attached
    Wait For Element    id=saved-note    state=hidden    timeout=2s

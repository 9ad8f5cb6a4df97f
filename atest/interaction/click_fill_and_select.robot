*** Settings ***
Documentation    Click, Fill Text, Fill Secret, Press Keys, Select Option and the checkbox
...              keywords in the current session, with every selector engine, and what they
...              say when the element or the timeout is wrong.

Resource         ../resources/common.resource

Suite Setup      Use Fresh Demo Portal With Accounts    pia
Test Setup       Open Account Session    pia    ${USER PASSWORD}
Test Teardown    Close All Sessions


*** Test Cases ***
Click, Fill Text And Get Text
    Go To    /account/realms
    Fill Text    id=name    pia-realm
    Click    button[type=submit]
    Element Text Should Be    .flash    Realm pia-realm created
    ${text}=    Get Text    li.realm[data-realm="pia-realm"]
    Should Be Equal    ${text}    pia-realm

Selector Engines: Css, Text, Id, Xpath And Data Test Id
    Go To    /account/preferences
    Element Should Be Visible    css=h1
    Element Should Be Visible    text=Send me the newsletter
    Element Should Be Visible    id=language
    Element Should Be Visible    xpath=//h1[.="Preferences"]
    Element Should Be Visible    //select[@id="language"]
    Element Should Be Visible    data-testid=save-preferences

Select Option, Check Checkbox And Uncheck Checkbox
    Go To    /account/preferences
    ${selected}=    Select Option    id=language    Suomi
    Should Be Equal    ${selected}    ${{ ['fi'] }}
    Check Checkbox    id=newsletter
    Click    data-testid=save-preferences
    Element Text Should Be    .saved-language    fi
    Element Text Should Be    .saved-newsletter    yes
    Select Option    id=language    de
    Uncheck Checkbox    id=newsletter
    Click    data-testid=save-preferences
    Element Text Should Be    .saved-language    de
    Element Text Should Be    .saved-newsletter    no

Press Keys
    Go To    /account/realms
    Fill Text    id=name    keyed
    Press Keys    id=name    End    -    r    Enter
    Element Text Should Be    .flash    Realm keyed-r created

Fill Secret Types The Value Without Logging It
    Go To    /account/tokens/new
    Fill Secret    id=name    hidden-name
    ${value}=    Evaluate JavaScript    ${None}    document.querySelector('#name').value
    Should Be Equal    ${value}    hidden-name

Select Option On An Element That Is Not A Select
    Open Anonymous Session
    Go To    /account/login
    Run Keyword And Expect Error
    ...    Select Option x in 'id=username' failed in session 'anonymous': the element is a <input type=text>, not a <select>; for other inputs use Fill Text, Check Checkbox or Click.
    ...    Select Option    id=username    x

Timeouts Must Be Positive
    [Documentation]    0 used to mean "wait forever" to Playwright, and negative times were accepted.
    Open Anonymous Session
    Run Keyword And Expect Error
    ...    Invalid timeout '0 seconds': give a positive time of at most 24 hours such as 3s or 500 ms, or leave timeout out to use the library's (10 seconds).
    ...    Click    h1    timeout=0s
    Run Keyword And Expect Error    Invalid timeout '-1 second': *    Get Text    h1    timeout=-1s

Timeouts Must Be Waits Playwright Can Take
    [Documentation]    A timeout of 2**31 ms or more (about 25 days) overflowed Playwright's timer:
    ...    "timeout=30 days" failed at once with "Timeout 2592000000ms exceeded". Every
    ...    timeout and delay is now at most 24 hours (see atest/configuration/bad_input.robot).
    Open Anonymous Session
    Go To    /
    Run Keyword And Expect Error
    ...    Invalid timeout '30 days': give a positive time of at most 24 hours such as 3s or 500 ms, or leave timeout out to use the library's (10 seconds).
    ...    Click    h1    timeout=30 days
    ${title}=    Get Title    timeout=24 hours
    Should Be Equal    ${title}    Demo Portal

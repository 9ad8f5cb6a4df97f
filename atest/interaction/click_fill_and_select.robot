*** Settings ***
Documentation    Every page keyword, acting on the current session of the demo portal.

Resource         ../resources/common.resource

Suite Setup      Prepare Portal With Account
Test Setup       Open Account Session    pia    ${USER PASSWORD}
Test Teardown    Close All Sessions


*** Test Cases ***
Go To, Get Url, Get Title, Reload And Go Back
    Go To    /account/realms
    ${url}=    Get Url
    Should End With    ${url}    /account/realms
    ${title}=    Get Title
    Should Be Equal    ${title}    Realms
    Go To    /account/tokens
    Go Back
    Url Should Contain    /account/realms
    Reload
    ${title}=    Get Title
    Should Be Equal    ${title}    Realms

Go To Accepts An Absolute Url
    ${base}=    Get Portal Url
    Go To    ${base}/account/tokens
    Url Should Contain    /account/tokens

Wait For Url Takes A Glob, A Path Or A Regular Expression
    Go To    /account/realms
    Wait For Url    **/account/realms
    Wait For Url    /account/realms
    Wait For Url    regexp=.*/account/re[a-z]+$
    Run Keyword And Expect Error
    ...    Wait For Url '**/nowhere' failed in session 'account_pia': the page did not reach it within 0.3 seconds; it is at 'http://*/account/realms'.
    ...    Wait For Url    **/nowhere    timeout=300ms

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
    ${value}=    Evaluate JavaScript    document.querySelector('#name').value
    Should Be Equal    ${value}    hidden-name

Get Attribute And Get Element Count
    Go To    /account/dashboard
    ${href}=    Get Attribute    id=preferences    href
    Should Be Equal    ${href}    /account/preferences
    ${missing}=    Get Attribute    id=preferences    data-nothing
    Should Be Equal    ${missing}    ${None}
    ${links}=    Get Element Count    ul.items li
    Should Be Equal    ${links}    ${3}
    ${none}=    Get Element Count    .no-such-thing
    Should Be Equal    ${none}    ${0}

Wait For Element States
    Go To    /slow?ms=300
    Wait For Element    id=slow-done
    Wait For Element    id=slow-done    state=attached
    Wait For Element    .no-such-thing    state=detached
    Wait For Element    .no-such-thing    state=hidden
    Run Keyword And Expect Error
    ...    Wait For Element '.no-such-thing' to be visible failed in session 'account_pia': Timeout 200ms exceeded.
    ...    Wait For Element    .no-such-thing    timeout=200ms

Element Visibility Assertions
    Go To    /account/dashboard
    Element Should Be Visible    .status
    Element Should Not Be Visible    .error
    Run Keyword And Expect Error
    ...    Element Should Be Visible '.error' failed in session 'account_pia': *
    ...    Element Should Be Visible    .error    timeout=200ms
    Run Keyword And Expect Error
    ...    Element Should Not Be Visible '.status' failed in session 'account_pia': *
    ...    Element Should Not Be Visible    .status    timeout=200ms

Text Assertions Wait For The Page And Fail Clearly
    Go To    /account/dashboard
    Element Text Should Be    .username    pia
    Page Should Contain    Signed in as
    Page Should Not Contain    Pending
    Run Keyword And Expect Error
    ...    Element Text Should Be '.status' 'Pending' failed in session 'account_pia': Locator expected to have text 'Pending' (actual: 'Active')
    ...    Element Text Should Be    .status    Pending    timeout=200ms
    Run Keyword And Expect Error
    ...    Page Should Contain 'No such words' failed in session 'account_pia': *
    ...    Page Should Contain    No such words    timeout=200ms
    Run Keyword And Expect Error
    ...    Page Should Not Contain 'Signed in' failed in session 'account_pia': *
    ...    Page Should Not Contain    Signed in    timeout=200ms

Url Should Contain
    Go To    /account/tokens
    Url Should Contain    /account/tok
    Run Keyword And Expect Error
    ...    Url Should Contain '/admin' failed in session 'account_pia': *
    ...    Url Should Contain    /admin    timeout=200ms

Evaluate JavaScript With An Argument
    Go To    /account/dashboard
    ${sum}=    Evaluate JavaScript    (n) => n + 1    ${41}
    Should Be Equal    ${sum}    ${42}
    ${user}=    Evaluate JavaScript    localStorage.getItem('portal.user')
    Should Be Equal    ${user}    pia

Get Cookies And Get Local Storage Item
    ${cookies}=    Get Cookies
    ${names}=    Evaluate    [c['name'] for c in $cookies]
    Should Be Equal    ${names}    ${{ ['account_session'] }}
    ${user}=    Get Local Storage Item    portal.user
    Should Be Equal    ${user}    pia

Take Screenshot Embeds The Image And Returns Its Path
    ${path}=    Take Screenshot
    File Should Exist    ${path}
    Should Match Regexp    ${path}    account_pia-\\d+-\\d+\\.png$
    ${named}=    Take Screenshot    dashboard-of-pia    full_page=True
    Should End With    ${named}    dashboard-of-pia.png
    File Should Exist    ${named}

Page Keywords Act Only On The Current Session
    Open Anonymous Session
    Go To    /account/realms
    Url Should Contain    /account/login
    Switch To Session    account_pia
    Go To    /account/realms
    Url Should Contain    /account/realms

Log Lines Name The Session
    [Documentation]    LOG 1:1 INFO [account_pia] Go To '/account/dashboard': HTTP 200
    ...    LOG 2:1 INFO [account_pia] Click 'id=preferences'
    Go To    /account/dashboard
    Click    id=preferences


*** Keywords ***
Prepare Portal With Account
    [Documentation]    Starts a fresh portal with the account pia.
    Use Fresh Demo Portal
    Create Portal Account    pia    ${USER PASSWORD}

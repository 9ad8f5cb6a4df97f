*** Settings ***
Documentation    Cookies, local storage and session storage of one session, invisible to the
...              others.

Resource         ../resources/common.resource

Suite Setup      Use Fresh Demo Portal With Accounts    pia
Test Setup       Open Two Sessions On The Portal
Test Teardown    Close All Sessions


*** Test Cases ***
Get Cookies And Get Local Storage Item
    [Setup]    Open Account Session    pia    ${USER PASSWORD}
    ${cookies}=    Get Cookies
    ${names}=    Evaluate    [c['name'] for c in $cookies]
    Should Be Equal    ${names}    ${{ ['account_session'] }}
    ${user}=    Get Local Storage Item    portal.user
    Should Be Equal    ${user}    pia

Add Cookie And Get Cookie In One Session Only
    Add Cookie    theme    dark
    ${cookie}=    Get Cookie    theme
    Should Be Equal    ${cookie}[value]    dark
    Should Be Equal    ${cookie}[path]    /
    Get Cookie    theme    string    ==    dark
    ${value}=    Get Cookie    theme    string
    Should Be Equal    ${value}    theme=dark
    Run Keyword And Expect Error
    ...    Get Cookie 'theme' failed in session 'other': Cookie with name theme is not found; the session has no cookies.
    ...    Run Keyword In Session    other    Get Cookie    theme

Add Cookie With Attributes
    Add Cookie    consent    yes    domain=127.0.0.1    path=/account    httpOnly=True    sameSite=Lax
    ${cookie}=    Get Cookie    consent
    Should Be Equal    ${cookie}[path]    /account
    Should Be True    ${cookie}[httpOnly]
    Should Be Equal    ${cookie}[sameSite]    Lax

A Cookie Assertion Retries And Then Says What The Session Had
    Add Cookie    theme    dark
    Run Keyword And Expect Error
    ...    Get Cookie 'theme' failed in session 'visitor': Cookie theme 'dark' (str) should be 'light' (str)
    ...    Get Cookie    theme    string    ==    light    timeout=300ms

Delete All Cookies Logs A Cookie Login Out
    Create Active Accounts    olga
    Open Account Session    olga    ${USER PASSWORD}
    ${cookies}=    Get Cookies
    Should Not Be Empty    ${cookies}
    Delete All Cookies
    Go To    /account/dashboard
    Get Url    *=    /account/login

Local Storage Set, Get, Remove And Clear
    LocalStorage Set Item    portal.theme    dark
    LocalStorage Get Item    portal.theme    ==    dark
    ${theme}=    Get Local Storage Item    portal.theme
    Should Be Equal    ${theme}    dark
    Run Keyword In Session    other    LocalStorage Get Item    portal.theme    ==    ${None}
    LocalStorage Set Item    portal.size    large
    LocalStorage Remove Item    portal.theme
    LocalStorage Get Item    portal.theme    ==    ${None}
    LocalStorage Clear
    LocalStorage Get Item    portal.size    ==    ${None}

Session Storage Set, Get, Remove And Clear
    SessionStorage Set Item    wizard.step    2
    SessionStorage Get Item    wizard.step    ==    2
    SessionStorage Remove Item    wizard.step
    SessionStorage Get Item    wizard.step    ==    ${None}
    SessionStorage Set Item    wizard.step    3
    SessionStorage Clear
    SessionStorage Get Item    wizard.step    ==    ${None}

Storage Keywords Are Concurrent Steps
    Run In Sessions Concurrently    visitor, other
    ...    LocalStorage Set Item    who    {session}
    ...    AND    Add Cookie    who    {session}
    ...    AND    SYNC
    ...    AND    LocalStorage Get Item    who    ==    {session}
    ${values}=    Run In Sessions Concurrently    visitor, other    Get Cookie    who    string
    Should Be Equal    ${values}    ${{ ['who=visitor', 'who=other'] }}


*** Keywords ***
Open Two Sessions On The Portal
    [Documentation]    Opens the sessions ``other`` and ``visitor`` (current) on the portal.
    Open Session    anonymous    id=other
    Go To    /
    Open Session    anonymous    id=visitor
    Go To    /

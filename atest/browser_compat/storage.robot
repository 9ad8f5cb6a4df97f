*** Settings ***
Documentation    Cookies, local and session storage and Save Storage State as a Browser library
...              suite uses them: Add Cookie refuses url together with domain or path, Get
...              Cookie and Get Cookies take return_type (dot dictionaries with an expires
...              datetime, or name=value text), the storage keywords take frame_selector (a frame
...              of another origin has its own storage), and Save Storage State takes an optional
...              path and indexedDB.

Resource         ../resources/common.resource

Suite Setup      Use Fresh Storage Lab
Test Setup       Open Storage Lab
Test Teardown    Close All Sessions


*** Variables ***
${FRAME}    iframe#other >>> body


*** Test Cases ***
Add Cookie Refuses Url Together With Domain And Path
    ${url}=    Get Url
    Run Keyword And Expect Error
    ...    EQUALS:Add Cookie 'Foo' got url='${url}' and domain='example.com' and path='/x': give url, or domain and path, not both (the url says the cookie's domain and path).
    ...    Add Cookie    Foo    Bar    url=${url}    domain=example.com    path=/x
    Run Keyword And Expect Error
    ...    EQUALS:Add Cookie 'Foo' got url='${url}' and path='/x': give url, or domain and path, not both (the url says the cookie's domain and path).
    ...    Add Cookie    Foo    Bar    ${url}    path=/x
    Run Keyword And Expect Error
    ...    EQUALS:Add Cookie 'Foo' got path='/x' without a domain: give url, or domain and path.
    ...    Add Cookie    Foo    Bar    path=/x
    ${cookies}=    Get Cookies
    Should Be Empty    ${cookies}

Add Cookie Takes A Url, Or A Domain And A Path
    ${url}=    Get Url
    Add Cookie    foo    bar    ${url}    expires=2027-09-28 16:21:35
    Add Cookie    lab    yes    domain=127.0.0.1    path=/lab
    ${cookie}=    Get Cookie    foo
    Should Be Equal    ${cookie.value}    bar
    Should Be Equal    ${cookie.path}    /lab/
    Should Be Equal    ${cookie.expires.year}    ${2027}
    ${lab}=    Get Cookie    lab
    Should Be Equal    ${lab.domain}    127.0.0.1
    Should Be Equal    ${lab.path}    /lab

Get Cookie And Get Cookies Return Dictionaries Or Text
    ${cookies}=    Get Cookies
    Should Be Equal    ${cookies}    ${{ [] }}
    Add Cookie    first    1
    Add Cookie    second    2
    ${pair}=    Get Cookie    first    string
    Should Be Equal    ${pair}    first\=1
    ${pair}=    Get Cookie    second    return_type=str
    Should Be Equal    ${pair}    second\=2
    ${text}=    Get Cookies    string
    Should Be Equal    ${text}    first\=1; second=2
    ${cookies}=    Get Cookies    return_type=dict
    Should Be Equal    ${cookies[1].name}    second
    Should Be Equal    ${cookies[0].expires.year}    ${1969}
    Run Keyword And Expect Error
    ...    EQUALS:Get Cookie 'third' failed in session 'anonymous': Cookie with name third is not found; the session has first, second.
    ...    Get Cookie    third    timeout=1s

LocalStorage Keywords Use The Storage Of The Frame Given
    LocalStorage Set Item    lab.note    framed    frame_selector=${FRAME}
    LocalStorage Set Item    lab.note    on top
    LocalStorage Get Item    lab.note    ==    framed    frame_selector=${FRAME}
    LocalStorage Get Item    lab.note    ==    on top
    Click    ${FRAME} >> #show
    Get Text    iframe#other >>> #local    ==    framed
    LocalStorage Remove Item    lab.note    ${FRAME}
    LocalStorage Get Item    lab.note    ==    ${None}    frame_selector=${FRAME}
    LocalStorage Get Item    lab.note    ==    on top
    LocalStorage Set Item    lab.other    kept    ${FRAME}
    LocalStorage Clear    ${FRAME}
    LocalStorage Get Item    lab.other    ==    ${None}    message=Cleared    frame_selector=${FRAME}
    LocalStorage Get Item    lab.note    ==    on top

SessionStorage Keywords Use The Storage Of The Frame Given
    SessionStorage Set Item    lab.note    framed    frame_selector=${FRAME}
    SessionStorage Get Item    lab.note    ==    framed    frame_selector=${FRAME}
    SessionStorage Get Item    lab.note    ==    ${None}
    Click    iframe#other >>> #show
    Get Text    iframe#other >>> #session    ==    framed
    SessionStorage Remove Item    lab.note    frame_selector=${FRAME}
    SessionStorage Get Item    lab.note    ==    ${None}    frame_selector=${FRAME}
    SessionStorage Set Item    lab.other    kept    ${FRAME}
    SessionStorage Clear    frame_selector=${FRAME}
    SessionStorage Get Item    lab.other    ==    ${None}    frame_selector=${FRAME}

A Storage Getter Fails With The Browser Library's Text
    LocalStorage Set Item    lab.note    framed    frame_selector=${FRAME}
    Run Keyword And Expect Error
    ...    EQUALS:LocalStorage Get Item 'lab.note' in '${FRAME}' failed in session 'anonymous': localStorage 'framed' (str) should be 'other' (str)
    ...    LocalStorage Get Item    lab.note    ==    other    frame_selector=${FRAME}    timeout=1s
    Run Keyword And Expect Error
    ...    EQUALS:SessionStorage Get Item 'lab.note' failed in session 'anonymous': sessionStorage 'None' (nonetype) should be 'other' (str)
    ...    SessionStorage Get Item    lab.note    ==    other    timeout=1s

A Frame That Is Not There Times Out With The Reason
    Run Keyword And Expect Error
    ...    EQUALS:LocalStorage Get Item 'lab.note' in 'iframe#none >>> body' failed in session 'anonymous': Timeout 500ms exceeded. (no element matches the selector)
    ...    LocalStorage Get Item    lab.note    frame_selector=iframe#none >>> body    timeout=500ms
    Run Keyword And Expect Error
    ...    EQUALS:SessionStorage Set Item 'lab.note' in 'iframe#none >>> body' failed in session 'anonymous': Timeout 500ms exceeded. (no element matches the selector)
    ...    SessionStorage Set Item    lab.note    x    frame_selector=iframe#none >>> body    timeout=500ms

Storage Keywords With A Frame Are Concurrent Steps
    Open Session    anonymous    id=second
    Go To    ${LAB URL}
    Run In Sessions Concurrently    anonymous, second
    ...    LocalStorage Set Item    who    {session}    frame_selector=${FRAME}
    ...    AND    SYNC
    ...    AND    LocalStorage Get Item    who    ==    {session}    frame_selector=${FRAME}
    ...    AND    LocalStorage Get Item    who    ==    ${None}

Save Storage State Without A Path Returns The File It Wrote
    Add Cookie    foo    bar
    ${state}=    Save Storage State
    Should Start With    ${state}    ${OUTPUT DIR}${/}parallel-sessions${/}state${/}anonymous-
    Should End With    ${state}    .json
    ${saved}=    Get File    ${state}
    Should Contain    ${saved}    "name": "foo"
    ${other}=    Save Storage State
    Should Not Be Equal    ${other}    ${state}

Save Storage State Saves IndexedDB When Asked
    Click    id=remember
    Get Text    id=remembered    ==    remembered
    ${without}=    Save Storage State    ${OUTPUT DIR}/state-without-indexeddb.json
    ${saved}=    Get File    ${without}
    Should Not Contain    ${saved}    lab-db
    ${with}=    Save Storage State    ${OUTPUT DIR}/state-with-indexeddb.json    indexedDB=True
    Should Be Equal    ${with}    ${OUTPUT DIR}${/}state-with-indexeddb.json
    ${saved}=    Get File    ${with}
    Should Contain    ${saved}    lab-db
    Should Contain    ${saved}    kept in IndexedDB


*** Keywords ***
Use Fresh Storage Lab
    [Documentation]    Starts the demo portal and the racy one, and sets ${LAB URL}: the storage
    ...    lab whose frame comes from the racy portal, another origin (port) of 127.0.0.1.
    Use Fresh Demo Portal
    ${frame origin}=    Start Demo Portal    racy=${True}
    VAR    ${LAB URL}=    /lab/storage?frame=${frame origin}    scope=SUITE

Open Storage Lab
    [Documentation]    Makes the anonymous session current on the storage lab, whose frame
    ...    ``iframe#other`` comes from another origin.
    Open Anonymous Session
    Go To    ${LAB URL}
    Get Text    iframe#other >>> h2    ==    Framed origin

*** Settings ***
Documentation    Evaluate JavaScript called as in the Browser library: the selector first (or
...              ${None}), the function over several lines, arg= and all_elements=.

Resource         ../resources/common.resource

Suite Setup      Use Fresh Demo Portal
Test Setup       Open The Pointer Lab
Test Teardown    Close All Sessions


*** Test Cases ***
Without A Selector The Function Runs On The Page
    ${title}=    Evaluate JavaScript    ${None}    document.title
    Should Be Equal    ${title}    Pointer Lab
    ${title}=    Evaluate JavaScript    ${EMPTY}    () => document.title
    Should Be Equal    ${title}    Pointer Lab
    ${nothing}=    Evaluate JavaScript    ${None}    () => undefined
    Should Be Equal    ${nothing}    ${None}

The Function Lines Are Joined And Arg Is Its First Argument Without A Selector
    ${sum}=    Evaluate JavaScript    ${None}
    ...    (n) => {
    ...    const next = n + 1
    ...    return next
    ...    }
    ...    arg=${41}
    Should Be Equal    ${sum}    ${42}
    ${echo}=    Evaluate JavaScript    ${None}    (value) => value    arg=${{ {"ids": [1, 2], "on": True} }}
    Should Be Equal    ${echo}    ${{ {"ids": [1, 2], "on": True} }}

With A Selector The Element Is The First Argument And Arg The Second
    ${text}=    Evaluate JavaScript    id=pad    (element, suffix) => element.id + suffix    arg=!
    Should Be Equal    ${text}    pad!
    Evaluate JavaScript    id=text    (element) => element.focus()
    ${focused}=    Evaluate JavaScript    id=text    (element) => document.activeElement === element
    Should Be True    ${focused}

All Elements Hands Over Every Match
    ${ids}=    Evaluate JavaScript    css=#pad, #bin
    ...    (elements, arg) => elements.map(e => e.id + arg)
    ...    all_elements=True    arg=-seen
    Should Be Equal    ${ids}    ${{ ['pad-seen', 'bin-seen'] }}
    ${none}=    Evaluate JavaScript    css=.missing    (elements) => elements.length    all_elements=True
    Should Be Equal    ${none}    ${0}

One Element Is Strict Unless All Elements Are Asked For
    Run Keyword And Expect Error    *strict mode violation*resolved to 2 elements*
    ...    Evaluate JavaScript    css=#pad, #bin    (element) => element.id    timeout=1s

A Secret Arg Reaches The Page As Its Text
    VAR    ${token: Secret}=    %{JS_SECRET=js-secret-value}
    ${length}=    Evaluate JavaScript    ${None}    (token) => token.length    arg=${token}
    Should Be Equal    ${length}    ${15}
    ${held}=    Evaluate JavaScript    id=text
    ...    (element, token) => { element.value = token; return element.value.startsWith('js-') }    arg=${token}
    Should Be True    ${held}
    ${error}=    Run Keyword And Expect Error    *
    ...    Evaluate JavaScript    ${None}    (token) => { throw new Error('refused ' + token) }    arg=${token}
    Should Be Equal    ${error}    Evaluate JavaScript failed in session 'anonymous': refused *****
    Should Not Contain    ${error}    js-secret-value

A Selector Without A Function Says Where The Function Goes
    Run Keyword And Expect Error
    ...    Evaluate JavaScript got the selector 'document.title' but no JavaScript: the selector comes first and the function after it, for example: Evaluate JavaScript${SPACE*4}document.title${SPACE*4}(element) => element.textContent; to run 'document.title' on the page, give \${None} as the selector: Evaluate JavaScript${SPACE*4}\${None}${SPACE*4}document.title
    ...    Evaluate JavaScript    document.title
    Run Keyword And Expect Error
    ...    Evaluate JavaScript got no JavaScript: give the function after the selector, for example: Evaluate JavaScript${SPACE*4}\${None}${SPACE*4}document.title
    ...    Evaluate JavaScript

Evaluate JavaScript With A Selector Is A Concurrent Step
    Open Session    anonymous    id=second
    Go To    /lab/pointer
    Run In Sessions Concurrently    anonymous, second
    ...    Evaluate JavaScript    id=pad    (element, id) => { element.dataset.session = id }    arg={session}
    ${marks}=    Run Keyword In Sessions    anonymous, second
    ...    Get Attribute    id=pad    data-session
    Should Be Equal    ${marks}    ${{ ['anonymous', 'second'] }}


*** Keywords ***
Open The Pointer Lab
    [Documentation]    Opens the anonymous session on the page that records mouse, keys and touch.
    Open Anonymous Session
    Go To    /lab/pointer

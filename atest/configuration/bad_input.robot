*** Settings ***
Documentation     Bad input, one row per case: each is answered with a sentence that names the
...               argument and says what is valid, and the run goes on (issue 20, items 3 and 8).
...               Columns: the expected error (a glob; EQUALS: for an exact text), the keyword,
...               its arguments. Give the next keyword its rows here. Timeouts and delays share
...               one conversion (ParallelSessions/rf/inputs.py): negative or longer than 24 hours
...               is refused, and 0 where it makes no sense. Bad input of sessions, ids and roles
...               is in atest/sessions/bad_input.robot.

Resource          ../resources/form_lab.resource
Library           ../resources/Probes.py

Suite Setup       Open The Form Lab
Suite Teardown    Close All Sessions
Test Setup        Switch To Session    form
# Before the fix, some rows waited for hours (key_delay=25 hours) or for a timeout.
Test Timeout      30 seconds
Test Template     Bad Input Is Refused With A Sentence


*** Test Cases ***    EXPECTED ERROR    KEYWORD    ARGUMENTS
Timeout Beyond 24 Hours
    Invalid timeout '1 day 1 hour': give a positive time of at most 24 hours such as 3s or 500 ms, or leave timeout out*
    ...    Click    h1    timeout=25 hours
Timeout Of 99999999 Days
    Invalid timeout '99999999 days': give a positive time of at most 24 hours *
    ...    Get Title    timeout=99999999 days
Timeout Of Zero
    Invalid timeout '0 seconds': give a positive time *
    ...    Get Title    timeout=0
Negative Typing Delay
    EQUALS:Invalid delay '-1 second': give 0 or a positive time of at most 24 hours, such as 100 ms.
    ...    Type Text    id=display-name    abc    delay=-1s
Typing Delay Beyond 24 Hours
    Invalid delay '30 days': give 0 or a positive time of at most 24 hours*
    ...    Type Text    id=display-name    abc    delay=30 days
Negative Keyboard Input Delay
    Invalid delay '-1 second': *
    ...    Keyboard Input    type    abc    delay=-1s
Negative Click Delay
    Invalid delay '-500 milliseconds': *
    ...    Click With Options    h1    delay=-500 ms
Negative Highlight Duration
    EQUALS:Invalid duration '-1 second': give 0 or a positive time of at most 24 hours, such as 5s.
    ...    Highlight Elements    h1    duration=-1s
Negative Download Timeout Of Download
    Invalid download_timeout '-1 second': give a positive time *
    ...    Download    /    download_timeout=-1s
Unknown Choice Of An Optional Argument
    EQUALS:Invalid sameSite 'Bogus': give one of Strict, Lax or None.
    ...    Add Cookie    flavour    vanilla    url=http://127.0.0.1/    sameSite=Bogus
Unknown Video Mode
    Invalid record_video 'SOMETIMES': give one of *
    ...    Open Session    anonymous    id=filmed    record_video=SOMETIMES
Unknown Assertion Operator
    Invalid assertion_operator '===': give one of equal, equals, ==, *
    ...    Get Title    ===    Demo Portal
Unknown Choice In A Concurrent Step
    Invalid state 'shiny': give one of attached, detached, visible, hidden, enabled, disabled, * or stable.
    ...    Run In Sessions Concurrently    form    Wait For Element    h1    shiny
Zero Click Count
    EQUALS:Invalid clickCount '0': give a whole number of at least 1, such as 2.
    ...    Click With Options    h1    clickCount=0
Negative Click Count
    Invalid clickCount '-1': *
    ...    Click With Options    h1    clickCount=-1
Zero Drag Steps
    EQUALS:Invalid steps '0': give a whole number of at least 1, such as 10.
    ...    Drag And Drop    h1    id=display-name    steps=0
Negative Drag Steps
    Invalid steps '-3': *
    ...    Drag And Drop    h1    id=display-name    steps=-3
Negative Press Duration
    Invalid press_duration '-1 second': give 0 or a positive time*
    ...    Press Keys    id=display-name    a    press_duration=-1s
Key Delay Beyond 24 Hours
    Invalid key_delay '1 day 1 hour': give 0 or a positive time of at most 24 hours*
    ...    Press Keys    id=display-name    a    key_delay=25 hours
Browser Timeout Beyond 24 Hours
    Set Browser Timeout: invalid timeout '1 day 1 hour': give a positive time of at most 24 hours, such as 10s*
    ...    Set Browser Timeout    25 hours
Assertion Retry Beyond 24 Hours
    Set Retry Assertions For: invalid time '1 day 1 hour': give 0 or a positive time of at most 24 hours *
    ...    Set Retry Assertions For    25 hours
Negative Polling
    Invalid polling '-1 second': give raf (every animation frame) or a positive time of at most 24 hours, such as*
    ...    Wait For Function    true    polling=-1s
Zero Polling
    Invalid polling '0 seconds': give raf *
    ...    Wait For Function    true    polling=0
Polling That Is No Time
    Invalid polling 'sometimes': give raf (every animation frame) or a positive time of at most 24 hours*
    ...    Wait For Function    true    polling=sometimes
Invalid Regular Expression
    *: invalid assertion: '?unclosed' is not a valid regular expression: unterminated character set at position 0.*
    ...    Get Text    h1    matches    [unclosed
Message With An Unknown Field
    Invalid message '{nokey}': KeyError('nokey') cannot be filled in; it may use {selector}, {function} and {timeout}*
    ...    Wait For Function    true    message={nokey}
Negative Download Timeout
    Invalid download_timeout '-1 second': give a positive time *leave download_timeout out*
    ...    Promise To Wait For Download    download_timeout=-1s
Negative Session Count
    EQUALS:Invalid count '-1': give a whole number of at least 1, such as 3.
    ...    Open Sessions    anonymous    count=-1
Zero Session Count
    Invalid count '0': give a whole number of at least 1*
    ...    Open Sessions    anonymous    count=0
Empty Url
    EQUALS:Invalid url '': give an address such as /account or https://example.com/path.
    ...    Go To    ${EMPTY}
Url With Blanks
    Invalid url 'not a url %%%': an address has no blanks (write %20 for a space); *
    ...    Go To    not a url %%%
Url With A Broken Host
    Invalid url 'http://?::1': Invalid IPv6 URL; give an address *
    ...    Go To    http://[::1
Javascript Url
    Invalid url 'javascript:alert(1)': a javascript: address runs a script rather than opening a page*
    ...    Go To    javascript:alert(1)
Javascript Argument That Cannot Be Passed
    [Documentation]    Not a row: a named argument with an object, not a text.
    [Template]    NONE
    Run Keyword And Expect Error
    ...    Invalid arg: a value of type object cannot be passed to JavaScript; give a text, a number*
    ...    Evaluate JavaScript    ${None}    (a) => a    arg=${{ object() }}
    Run Keyword And Expect Error
    ...    Invalid arg: a dictionary key of type int cannot be passed to JavaScript; *
    ...    Evaluate JavaScript    ${None}    (a) => a    arg=${{ {1: 'one'} }}
Waiting For An Empty Url
    Invalid url '': give the URL or path to wait for*
    ...    Wait For Url    ${EMPTY}
Url Should Contain Nothing
    Invalid expected '': give a part of the URL*
    ...    Url Should Contain    ${EMPTY}
Filling None
    EQUALS:Invalid txt None: give a text to fill, or \${EMPTY} to clear the field.
    ...    Fill Text    id=display-name    ${None}
Typing None
    Invalid txt None: give a text to type.
    ...    Type Text    id=display-name    ${None}
Clear Maybe
    EQUALS:Invalid clear 'maybe': give True or False (also yes/no, on/off, 1/0).
    ...    Type Text    id=display-name    abc    clear=maybe
As Secret Maybe
    Invalid as_secret 'maybe': give True or False*
    ...    Get Text    h1    as_secret=maybe
Force Maybe
    Invalid force 'maybe': give True or False*
    ...    Fill Text    id=display-name    x    force=maybe
Http Only Maybe
    Invalid httpOnly 'maybe': give True or False*
    ...    Add Cookie    flavour    vanilla    httpOnly=maybe
All Sessions Maybe
    Invalid all_sessions 'maybe': give True or False*
    ...    Remove Routes    all_sessions=maybe
Press Keys Without Keys
    Press Keys got no keys: give one or more keys after the selector*
    ...    Press Keys    id=display-name
Select Option Without Values
    Select Option got no values: give one or more option values or labels*
    ...    Select Option    id=country
Empty Selector
    Click '' failed in session 'form': Invalid selector '': it is empty; give a selector such as id=save*
    ...    Click    ${EMPTY}
Empty Selector Of A Getter
    Get Text '' failed in session 'form': Invalid selector '': it is empty; give a selector such as id=save*
    ...    Get Text    ${EMPTY}
Empty Part Of A Frame Selector
    Get Element Count 'iframe >>> ' failed in session 'form': Invalid selector 'iframe >>> ': a part *
    ...    Get Element Count    iframe >>>${SPACE}
Two Options For A Single Select
    Select Option fi, de in 'id=country' failed in session 'form': the <select> takes one option (it has no multiple*
    ...    Select Option    id=country    fi    de
Empty Attribute Name
    EQUALS:Invalid attribute '': give an attribute name such as id, href or class.
    ...    Get Attribute    h1    ${EMPTY}
Empty Cookie Name
    Invalid name '': a cookie needs a name; *
    ...    Add Cookie    ${EMPTY}    vanilla
Cookie Name With A Semicolon
    Invalid name 'n;x': a cookie name has no blanks, ';', ',' or '='; *
    ...    Add Cookie    n;x    vanilla
Cookie Url That Is No Address
    Invalid url 'notaurl': give a whole address that starts with http:// or https://*
    ...    Add Cookie    flavour    vanilla    url=notaurl
Empty Request Method
    EQUALS:Invalid method '': give an HTTP method such as GET, POST, PUT, PATCH, DELETE or HEAD.
    ...    API Request    ${EMPTY}    /
Api Base Url That Is No Address
    Invalid base_url 'notaurl': give a whole address *
    ...    Open API Session    bad_base    base_url=notaurl
Empty Bearer Token
    Invalid bearer_token: it is empty; *
    ...    Open API Session    no_token    bearer_token=${EMPTY}
Import Argument Typos
    [Documentation]    ``max_session=5`` or a value without a name ended in "No keyword with
    ...                name 'Set Base Url' found".
    [Template]    NONE
    Probe Suite Should Meet Its Expectations    configuration/import_typos.robot
    ...    expected_errors=${{ ["*Unknown setting max_session; valid settings are *", "*Import arguments need a name: got '5'*"] }}
Storage Of A Page Without An Origin
    [Documentation]    Not a row: the page must be about:blank, which has no web storage.
    [Template]    NONE
    Go To    about:blank
    Run Keyword And Expect Error
    ...    LocalStorage Set Item 'a' failed in session 'form': the page about:blank has no local or session storage: go to a page of the site first*
    ...    LocalStorage Set Item    a    b
    Run Keyword And Expect Error
    ...    SessionStorage Get Item 'a' failed in session 'form': the page about:blank has no local or session storage*
    ...    SessionStorage Get Item    a
    [Teardown]    Go To    ${LAB}
The Run Goes On After Bad Input
    [Documentation]    After all the rows above, the session still acts.
    [Template]    NONE
    Fill Text    id=display-name    still here
    Get Property    id=display-name    value    ==    still here


*** Keywords ***
Open The Form Lab
    [Documentation]    The form lab in session ``form``, current before every row.
    Use Fresh Demo Portal
    Open Session    anonymous    id=form
    Go To    ${LAB}
    Set Browser Timeout    2s

Bad Input Is Refused With A Sentence
    [Documentation]    ``keyword`` with ``args`` fails with ``expected``. An argument written
    ...                ``name=value`` (not a selector such as ``id=x``) is given by name:
    ...                Run Keyword takes names only when written in the call, not from a list.
    [Arguments]    ${expected}    ${keyword}    @{args}
    VAR    ${name}=    (?!(?:id|css|xpath|text)=)\\w+=
    ${named}=    Evaluate    [bool(m) for m in map(re.compile($name).match, map(str, $args))]
    ...    modules=re
    ${positional}=    Evaluate    [a for a, n in zip($args, $named) if not n]
    ${named}=    Evaluate    dict(a.split('=', 1) for a, n in zip($args, $named) if n)
    Run Keyword And Expect Error    ${expected}    ${keyword}    @{positional}    &{named}

*** Settings ***
Documentation    Every getter returns its value without an assertion operator, asserts with
...              each operator that fits its value, retries until the assertion holds and
...              fails after its timeout with the assertion engine's sentence.

Resource         ../resources/form_lab.resource

Suite Setup      Use Fresh Demo Portal
Test Setup       Open Form Lab
Test Teardown    Close All Sessions


*** Test Cases ***
Without An Operator Text, Url, Title And Count Getters Return The Value
    ${text}=    Get Text    .status
    Should Be Equal    ${text}    Pending
    ${url}=    Get Url
    Should Match Regexp    ${url}    ^http://127\\.0\\.0\\.1:\\d+/lab/forms$
    ${title}=    Get Title
    Should Be Equal    ${title}    Edit profile
    ${count}=    Get Element Count    a.item
    Should Be Equal    ${count}    ${27}

Without An Operator Attribute, Property, Option And State Getters Return The Value
    ${attribute}=    Get Attribute    id=display-name    value
    Should Be Equal    ${attribute}    Guest
    ${absent}=    Get Attribute    id=email    value
    Should Be Equal    ${absent}    ${None}
    ${property}=    Get Property    id=save    disabled
    Should Be Equal    ${property}    ${True}
    ${checked}=    Get Checkbox State    id=newsletter
    Should Be Equal    ${checked}    ${True}
    ${unchecked}=    Get Checkbox State    id=terms
    Should Be Equal    ${unchecked}    ${False}
    ${labels}=    Get Selected Options    id=languages
    Should Be Equal    ${labels}    ${{ ['English', 'German'] }}
    ${states}=    Get Element States    id=member-id
    List Should Contain Sub List    ${states}    ${{ ['attached', 'visible', 'enabled', 'readonly', 'defocused'] }}
    List Should Not Contain Value    ${states}    editable

Get Text Passes With Every Operator
    [Template]    Get Text
    .status    ==    Pending
    .status    equal    Pending
    .status    should be    Pending
    .status    !=    Active
    .status    should not be    Active
    .status    <    Q
    .status    >    Active
    .status    <=    Pending
    .status    >=    Pending
    .status    *=    end
    .status    contains    end
    .status    not contains    Act
    .status    ^=    Pen
    .status    starts    Pen
    .status    should start with    Pen
    .status    $=    ing
    .status    ends    ing
    .status    should end with    ing
    .status    matches    ^P\\w+g$
    .status    validate    value.lower() == 'pending'

Get Text With An Operator Returns The Value
    ${returned}=    Get Text    .status    ==    Pending
    Should Be Equal    ${returned}    Pending

Then And Evaluate Return The Evaluated Expression
    ${length}=    Get Text    .status    then    len(value)
    Should Be Equal    ${length}    ${7}
    ${upper}=    Get Text    .status    evaluate    value.upper()
    Should Be Equal    ${upper}    PENDING
    ${double}=    Get Element Count    a.item    then    value * 2
    Should Be Equal    ${double}    ${54}
    ${scheme}=    Get Url    then    value.split(':')[0]
    Should Be Equal    ${scheme}    http

Get Text Fails With The Engine's Sentence For Every Operator
    [Template]    Getter Should Fail With
    Get Text    .status    ==    Active
    ...    expected=Get Text '.status' failed in session 'anonymous': Text 'Pending' (str) should be 'Active' (str)
    Get Text    .status    !=    Pending
    ...    expected=Get Text '.status' failed in session 'anonymous': Text 'Pending' (str) should not be 'Pending' (str)
    Get Text    .status    <    Active
    ...    expected=Get Text '.status' failed in session 'anonymous': Text 'Pending' (str) should be less than 'Active' (str)
    Get Text    .status    >    Q
    ...    expected=Get Text '.status' failed in session 'anonymous': Text 'Pending' (str) should be greater than 'Q' (str)
    Get Text    .status    <=    Active
    ...    expected=Get Text '.status' failed in session 'anonymous': Text 'Pending' (str) should be less than or equal 'Active' (str)
    Get Text    .status    >=    Q
    ...    expected=Get Text '.status' failed in session 'anonymous': Text 'Pending' (str) should be greater than or equal 'Q' (str)
    Get Text    .status    *=    Act
    ...    expected=Get Text '.status' failed in session 'anonymous': Text 'Pending' (str) should contain 'Act' (str)
    Get Text    .status    not contains    end
    ...    expected=Get Text '.status' failed in session 'anonymous': Text 'Pending' (str) should not contain 'end' (str)
    Get Text    .status    ^=    Act
    ...    expected=Get Text '.status' failed in session 'anonymous': Text 'Pending' (str) should start with 'Act' (str)
    Get Text    .status    $=    ive
    ...    expected=Get Text '.status' failed in session 'anonymous': Text 'Pending' (str) should end with 'ive' (str)
    Get Text    .status    matches    ^A
    ...    expected=Get Text '.status' failed in session 'anonymous': Text 'Pending' (str) should match '^A' (str)
    Get Text    .status    validate    value == "Active"
    ...    expected=Get Text '.status' failed in session 'anonymous': Text 'Pending' (str) should validate to true with 'value == "Active"' (str)

A Getter Retries Until The Assertion Holds
    [Documentation]    Save shows "Saving", then "Active" ${LATER MS} ms later: a getter
    ...    that read once would see "Saving" and fail.
    Fill Text    id=email    ada@example.com
    Click    id=save
    Get Text    .status    ==    Active
    Change Page Later    document.title = 'Profile saved'
    Get Title    ==    Profile saved
    Change Page Later    history.pushState(null, '', '/lab/forms/verify')
    Get Url    $=    /lab/forms/verify
    Change Page Later
    ...    document.querySelector('ul.topics').insertAdjacentHTML('beforeend', '<li><a class="item" href="#topic-28">Topic 28</a></li>')
    Get Element Count    a.item    ==    28
    Change Page Later    document.getElementById('bio').setAttribute('placeholder', 'A few words')
    Get Attribute    id=bio    placeholder    ==    A few words
    Change Page Later    document.getElementById('newsletter').checked = false
    Get Property    id=newsletter    checked    ==    ${False}
    Change Page Later    document.getElementById('terms').checked = true
    Get Checkbox State    id=terms    ==    checked
    Change Page Later    document.getElementById('country').value = 'fi'
    Get Selected Options    id=country    value    ==    fi
    Change Page Later    document.getElementById('delete').disabled = false
    Get Element States    id=delete    contains    enabled

The Timeout Bounds The Retries
    ${started}=    Evaluate    time.monotonic()
    Run Keyword And Expect Error    Get Text '.status' failed in session 'anonymous': *
    ...    Get Text    .status    ==    Active    timeout=1s
    ${took}=    Evaluate    time.monotonic() - ${started}
    # Only the lower bound: a busy machine can make the failure later, never earlier.
    Should Be True    ${took} >= 1    msg=Get Text with timeout=1s failed after ${took} s.

A Custom Message Replaces The Whole Failure
    Run Keyword And Expect Error    EQUALS:Status is 'Pending', wanted 'Active'
    ...    Get Text    .status    ==    Active    Status is {value}, wanted {expected}    timeout=500ms
    Run Keyword And Expect Error    EQUALS:27 links, not 30
    ...    Get Element Count    a.item    ==    30    message={value} links, not {expected}    timeout=500ms
    Run Keyword And Expect Error    EQUALS:The title was 'Edit profile'
    ...    Get Title    ==    Other    message=The title was {value}    timeout=500ms

Get Url Passes With Every Operator That Fits A Text
    Get Url    ^=    http://127.0.0.1:
    Get Url    $=    /lab/forms
    Get Url    *=    /lab/
    Get Url    not contains    /account/
    Get Url    matches    :\\d+/lab/forms$
    Get Url    validate    value.endswith('/lab/forms')
    Get Url    !=    http://127.0.0.1/
    ${url}=    Get Url
    Get Url    ==    ${url}
    Run Keyword And Expect Error
    ...    Get Url failed in session 'anonymous': URL 'http://127.0.0.1:*/lab/forms' (str) should end with '/verify' (str)
    ...    Get Url    $=    /verify    timeout=500ms

Get Title Passes With Every Operator That Fits A Text
    Get Title    ==    Edit profile
    Get Title    !=    Profile
    Get Title    ^=    Edit
    Get Title    $=    profile
    Get Title    *=    it pro
    Get Title    not contains    Dashboard
    Get Title    matches    ^Edit \\w+$
    Get Title    validate    len(value) == 12
    Run Keyword And Expect Error
    ...    EQUALS:Get Title failed in session 'anonymous': Title 'Edit profile' (str) should be 'Dashboard' (str)
    ...    Get Title    ==    Dashboard    timeout=500ms

Get Element Count Passes With Every Numeric Operator
    Get Element Count    a.item    ==    27
    Get Element Count    a.item    !=    0
    Get Element Count    a.item    >    26
    Get Element Count    a.item    >=    27
    Get Element Count    a.item    <    28
    Get Element Count    a.item    <=    27
    Get Element Count    a.item    validate    value % 9 == 0
    Get Element Count    .no-such-thing    ==    0
    ${count}=    Get Element Count    a.item    >    2
    Should Be Equal    ${count}    ${27}
    Run Keyword And Expect Error
    ...    EQUALS:Get Element Count 'a.item' failed in session 'anonymous': Element count for selector `a.item` is '27' (int) should be greater than '30' (int)
    ...    Get Element Count    a.item    >    30    timeout=500ms

Get Attribute Passes With Every Operator That Fits A Text
    Get Attribute    id=display-name    value    ==    Guest
    Get Attribute    id=display-name    value    !=    Ada
    Get Attribute    id=email    placeholder    ^=    you@
    Get Attribute    id=email    placeholder    $=    .com
    Get Attribute    id=email    placeholder    *=    example
    Get Attribute    id=email    placeholder    not contains    gmail
    Get Attribute    id=email    placeholder    matches    ^\\w+@\\w+\\.com$
    Get Attribute    id=member-id    readonly    ==    ${EMPTY}
    Get Attribute    id=email    value    validate    value is None
    Run Keyword And Expect Error
    ...    EQUALS:Get Attribute 'value' of 'id=display-name' failed in session 'anonymous': Attribute 'value' 'Guest' (str) should be 'Ada' (str)
    ...    Get Attribute    id=display-name    value    ==    Ada    timeout=500ms

Get Property Passes With Operators On Texts And Booleans
    Get Property    id=display-name    value    ==    Guest
    Get Property    id=display-name    value    ^=    Gu
    Get Property    id=display-name    value    not contains    Ada
    Get Property    id=newsletter    checked    ==    ${True}
    Get Property    id=terms    checked    !=    ${True}
    Get Property    id=save    disabled    validate    value is True
    Get Property    id=country    selectedIndex    ==    ${1}
    Get Property    id=languages    tagName    ==    SELECT
    Run Keyword And Expect Error
    ...    EQUALS:Get Property 'checked' of 'id=terms' failed in session 'anonymous': Property 'checked' 'False' (bool) should be 'True' (bool)
    ...    Get Property    id=terms    checked    ==    ${True}    timeout=500ms

Get Checkbox State Accepts Checked, Unchecked, True And False
    Run Keyword And Expect Error
    ...    EQUALS:Invalid assertion_expected 'x' for Get Checkbox State: give checked or unchecked (or True or False).
    ...    Get Checkbox State    id=terms    ==    x
    Get Checkbox State    id=newsletter    ==    checked
    Get Checkbox State    id=newsletter    ==    Checked
    Get Checkbox State    id=newsletter    ==    True
    Get Checkbox State    id=newsletter    ==    ${True}
    Get Checkbox State    id=newsletter    !=    unchecked
    Get Checkbox State    id=terms    ==    unchecked
    Get Checkbox State    id=terms    ==    False
    Get Checkbox State    id=terms    !=    checked
    Run Keyword And Expect Error
    ...    EQUALS:Get Checkbox State 'id=terms' failed in session 'anonymous': Checkbox id=terms is 'False' (bool) should be 'True' (bool)
    ...    Get Checkbox State    id=terms    ==    checked    timeout=500ms

Get Selected Options Returns Labels, Values, Texts Or Indexes
    [Documentation]    Options are read by label by default; "USA" is the label of the option
    ...    whose text is "United States", and its value is "us".
    Select Option    id=country    us
    ${label}=    Get Selected Options    id=country
    Should Be Equal    ${label}    ${{ ['USA'] }}
    ${value}=    Get Selected Options    id=country    value
    Should Be Equal    ${value}    ${{ ['us'] }}
    ${text}=    Get Selected Options    id=country    text
    Should Be Equal    ${text}    ${{ ['United States'] }}
    ${index}=    Get Selected Options    id=country    index
    Should Be Equal    ${{ [str(i) for i in $index] }}    ${{ ['2'] }}
    Get Selected Options    id=languages    label    ==    German    English
    Get Selected Options    id=languages    value    ==    en    de
    Get Selected Options    id=languages    value    !=    en
    Get Selected Options    id=languages    value    contains    de
    Get Selected Options    id=languages    text    validate    len(value) == 2
    Get Selected Options    id=languages    index    validate    [str(i) for i in value] == ['0', '2']
    ${joined}=    Get Selected Options    id=languages    value    then    ','.join(sorted(value))
    Should Be Equal    ${joined}    de,en
    Run Keyword And Expect Error
    ...    EQUALS:Get Selected Options 'id=languages' failed in session 'anonymous': Selected options '['de', 'en']' (list) should be '['sv']' (list)
    ...    Get Selected Options    id=languages    value    ==    sv    timeout=500ms

Get Element States Passes With Every List Operator
    Get Element States    id=delete    contains    disabled
    Get Element States    id=delete    contains    visible    disabled
    Get Element States    id=delete    not contains    enabled    # Browser's flag operators allow it
    Get Element States    .no-such-thing    ==    detached
    Get Element States    .no-such-thing    !=    attached
    Get Element States    id=newsletter    validate    'checked' in value and 'visible' in value
    ${visible}=    Get Element States    id=saved-note    then    'visible' in value
    Should Be Equal    ${visible}    ${False}
    Run Keyword And Expect Error
    ...    EQUALS:Get Element States 'id=delete' failed in session 'anonymous': States '['attached', 'visible', 'disabled', 'readonly', 'defocused']' (list) should contain '['enabled']' (list)
    ...    Get Element States    id=delete    contains    enabled    timeout=500ms

Getters Of One Element Refuse A Selector Matching Many
    Run Keyword And Expect Error
    ...    Get Text 'a.item' failed in session 'anonymous': strict mode violation: locator("a.item") resolved to 27 elements: *; and 22 more. Make the selector match one element, for example with >> nth=0 or a more specific selector.
    ...    Get Text    a.item    timeout=1s


*** Keywords ***
Getter Should Fail With
    [Documentation]    Runs the getter with a short timeout; its error must be exactly ``${expected}``.
    [Arguments]    ${getter}    @{arguments}    ${expected}
    Run Keyword And Expect Error    EQUALS:${expected}    ${getter}    @{arguments}    timeout=500ms

*** Settings ***
Documentation    The action keywords take the Browser library's arguments: Click's button,
...              Click With Options' clickCount, modifiers, position, noWaitAfter and trial,
...              force on Fill Text and the checkboxes, Press Keys' press_duration and
...              key_delay, Fill Secret's and Type Secret's $var and %ENV placeholders.
...              Written as a Browser-library suite, against /lab/actions.

Resource         ../resources/common.resource

Suite Setup      Use Fresh Demo Portal With A Secret In The Environment
Test Setup       Open Actions Lab
Test Teardown    Close All Sessions


*** Variables ***
${SECRET TEXT}    text-secret-from-a-variable    # robocop: off=VAR02
# SHA-256 of ${SECRET TEXT} and of the environment value the suite sets, as the page shows them.
${TEXT DIGEST}    ${{ hashlib.sha256(b'text-secret-from-a-variable').hexdigest() }}
${ENV DIGEST}     ${{ hashlib.sha256(b'env-secret-from-the-environment').hexdigest() }}


*** Test Cases ***
Click Takes The Browser Library's Button
    Click    id=target
    Get Text    id=last    ^=    button=left count=1 mods=none
    Click    id=target    right
    Get Text    id=last    ^=    button=right count=1
    Click    selector=id=target    button=middle
    Get Text    id=last    ^=    button=middle count=1
    Get Text    id=presses    ==    3

Click With Options Takes clickCount, Modifiers And A Position
    Click With Options    id=target    right    Alt    Shift    clickCount=2
    ...    position_x=10    position_y=20
    Get Text    id=last    ==    button=right count=2 mods=Alt+Shift at=10,20
    Get Text    id=presses    ==    2
    Click With Options    id=target    delay=50ms    noWaitAfter=True    force=True
    Get Text    id=last    ^=    button=left count=1 mods=none
    # As in the Browser library, one coordinate alone is ignored: the centre is clicked.
    Click With Options    id=target    position_x=5
    Get Text    id=last    $=    at=100,50

Click With Options trial=True Checks Without Clicking
    Click With Options    id=target    trial=True
    Get Text    id=presses    ==    0
    Run Keyword And Expect Error    *Timeout 300ms exceeded. (the element is not enabled)
    ...    Click With Options    id=disabled    trial=True    timeout=300ms

Force Skips The Actionability Checks
    [Documentation]    The checkbox is under its label and the field in an aria-disabled
    ...    paragraph: Playwright waits for them, unless force is given.
    Run Keyword And Expect Error    *Timeout 300ms exceeded*
    ...    Check Checkbox    id=covered-check    timeout=300ms
    Check Checkbox    id=covered-check    force=True
    Get Checkbox State    id=covered-check    ==    checked
    Uncheck Checkbox    id=covered-check    True
    Get Checkbox State    id=covered-check    ==    unchecked
    Run Keyword And Expect Error    *Timeout 300ms exceeded*
    ...    Fill Text    id=aria-disabled-text    refused    timeout=300ms
    Fill Text    id=aria-disabled-text    forced    force=True
    Get Property    id=aria-disabled-text    value    ==    forced

Fill Text Takes txt
    Fill Text    selector=id=keys    txt=named
    Get Property    id=keys    value    ==    named
    Fill Text    id=keys    ${EMPTY}
    Get Property    id=keys    value    ==    ${EMPTY}

Press Keys Takes press_duration And key_delay
    Press Keys    id=keys    h    i    ArrowLeft    press_duration=20ms    key_delay=10ms
    Get Property    id=keys    value    ==    hi
    Get Text    id=key-log    ==    h i ArrowLeft
    Clear Text    id=keys
    Get Property    id=keys    value    ==    ${EMPTY}

Hover Takes A Position And Modifiers
    Hover    id=hover-me    2    2    False    Shift
    Get Text    id=hovered    ==    hovered mods=Shift

Fill Secret And Type Secret Resolve $var And %ENV
    [Documentation]    atest/browser_compat/secret_placeholders.robot shows that the values
    ...    reach neither output.xml nor log.html.
    Fill Secret    id=secret-text    $SECRET TEXT
    Get Text    id=secret-text-digest    ==    ${TEXT DIGEST}
    Type Secret    id=secret-password    %PS_COMPAT_SECRET    delay=5ms
    Get Text    id=secret-password-digest    ==    ${ENV DIGEST}
    Fill Secret    id=secret-password    %PS_COMPAT_SECRET    force=True
    Get Text    id=secret-password-digest    ==    ${ENV DIGEST}
    Type Secret    id=secret-text    secret=$SECRET TEXT    clear=True
    Get Text    id=secret-text-digest    ==    ${TEXT DIGEST}

A Placeholder That Names Nothing Says So
    Run Keyword And Expect Error
    ...    Fill Secret: the placeholder '$NO_SUCH_SECRET' names no Robot variable '\${NO_SUCH_SECRET}'; '$name' is the Robot variable \${name} and '%NAME' the environment variable NAME (give the name without braces), or pass a Secret such as \${password} declared as \${password: Secret}.
    ...    Fill Secret    id=secret-text    $NO_SUCH_SECRET
    Run Keyword And Expect Error
    ...    Type Secret: the placeholder '%PS_NO_SUCH_SECRET' names no environment variable 'PS_NO_SUCH_SECRET'; *
    ...    Type Secret    id=secret-text    %PS_NO_SUCH_SECRET

Browser-Style Actions Run As Concurrent Steps
    Open Session    anonymous    id=second
    Go To    /lab/actions
    ${last}=    Run In Sessions Concurrently    anonymous, second
    ...    Click With Options    id=target    right    Shift    clickCount=2
    ...    AND    Fill Text    id=aria-disabled-text    both    force=True
    ...    AND    Get Text    id=last
    Should Be Equal    ${last}    ${{ ['button=right count=2 mods=Shift at=100,50'] * 2 }}


*** Keywords ***
Use Fresh Demo Portal With A Secret In The Environment
    [Documentation]    Starts the portal; sets the environment variable that %PS_COMPAT_SECRET names.
    Evaluate    os.environ.__setitem__('PS_COMPAT_SECRET', 'env-secret-from-the-environment')
    Use Fresh Demo Portal

Open Actions Lab
    [Documentation]    Opens the anonymous session on /lab/actions.
    Open Anonymous Session
    Go To    /lab/actions

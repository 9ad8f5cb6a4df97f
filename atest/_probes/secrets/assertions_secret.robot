*** Settings ***
Documentation    Probe run by atest/secrets/secret_getters.robot in its own robot process
...              at --loglevel TRACE. It reads back, with ``as_secret=True``, a value typed
...              with Fill Secret (from the environment) and a token the portal issues (which
...              the library never saw), asserts on both, fails an assertion on purpose and
...              reads one as a concurrent step. The caller then searches output.xml and
...              log.html. A text typed with Fill Text and read without ``as_secret`` is the
...              positive control.

Library          ParallelSessions    account_login_keyword=Log In With Secret
Library          ../../resources/DemoPortal.py

Suite Setup      Start Portal
Test Teardown    Close All Sessions


*** Test Cases ***
A Typed Secret Read Back Stays Secret
    Open Anonymous Session
    Go To    /lab/forms
    Fill Text    id=email    %{PROBE_VISIBLE}
    ${visible}=    Get Text    id=email
    Should Be Equal    ${visible}    %{PROBE_VISIBLE}
    Fill Secret    id=display-name    ${TYPED}
    ${text}=    Get Text    id=display-name    as_secret=True
    Should Be Secret    ${text}    PROBE_TYPED
    ${property}=    Get Property    id=display-name    value    as_secret=True
    Should Be Secret    ${property}    PROBE_TYPED
    Evaluate JavaScript    ${None}
    ...    (e => e.setAttribute('data-copy', e.value))(document.getElementById('display-name'))
    ${attribute}=    Get Attribute    id=display-name    data-copy    as_secret=True
    Should Be Secret    ${attribute}    PROBE_TYPED
    ${asserted}=    Get Text    id=display-name    ^=    typed-    as_secret=True
    Should Be Secret    ${asserted}    PROBE_TYPED
    Get Property    id=display-name    value    validate    len(value) == 38    as_secret=True
    Run Keyword And Expect Error    Get Text 'id=display-name' failed in session 'anonymous': *
    ...    Get Text    id=display-name    ==    not the value    as_secret=True    timeout=500ms
    Fill Secret    id=bio    ${text}
    Get Property    id=bio    value    validate    value.startswith('typed-')    as_secret=True

A Token The Page Shows Read As Secret Stays Secret
    Open Account Session    probe    ${PASSWORD}
    Go To    /account/tokens/new
    Fill Text    id=name    probe-token
    Click    button[type=submit]
    ${token}=    Get Text    .token-value    as_secret=True
    Should Be True    type($token).__name__ == 'Secret' and re.fullmatch(r'pst_[0-9a-f]{40}', $token.value)
    Get Text    .token-value    matches    ^pst_[0-9a-f]{40}$    as_secret=True
    Run Keyword And Expect Error    Get Text '.token-value' failed in session 'account_probe': *
    ...    Get Text    .token-value    ==    pst_wrong    as_secret=True    timeout=500ms
    Run Keyword And Expect Error    EQUALS:Token '*****' is not 'pst_wrong'    Get Text    .token-value    ==
    ...    pst_wrong    Token {value} is not {expected}    as_secret=True    timeout=500ms
    ${tokens}=    Run In Sessions Concurrently    account_probe
    ...    Get Text    .token-value    ^=    pst_    as_secret=True
    Should Be True    $tokens[0].value == $token.value


*** Keywords ***
Start Portal
    [Documentation]    Takes the secrets from the environment, starts the portal and creates the probe account.
    VAR    ${PASSWORD: Secret}=    %{PROBE_PASSWORD}    scope=SUITE
    VAR    ${TYPED: Secret}=    %{PROBE_TYPED}    scope=SUITE
    ${url}=    Start Demo Portal
    Set Base Url    ${url}
    Create Portal Account    probe    ${PASSWORD}

Should Be Secret
    [Documentation]    ``${value}`` is a Secret holding environment variable ``${name}``.
    [Arguments]    ${value}    ${name}
    Should Be True    type($value).__name__ == 'Secret' and $value.value == os.environ[$name]

Log In With Secret
    [Documentation]    Logs the current session in as an account, typing the password with Fill Secret.
    [Arguments]    ${username}    ${password}
    Go To    /account/login
    Fill Text    id=username    ${username}
    Fill Secret    id=password    ${password}
    Click    button[type=submit]
    Wait For Url    **/account/dashboard

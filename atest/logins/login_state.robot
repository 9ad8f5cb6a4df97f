*** Settings ***
Documentation    login_state_dir (here PARALLEL_SESSION_LOGIN_STATE_DIR): the processes of a run
...              share each identity's saved login, so two pabot processes opening one account
...              log it in once in total; the file is owner-only, never in the output, refreshed
...              when logged out and removed by Forget Saved Logins. Open Sessions opens each
...              identity under its lock.

Library          Collections
Library          OperatingSystem
Library          Process
Library          DemoPortal.py
Resource         ../resources/common.resource

Suite Setup      Prepare


*** Variables ***
${PROBES}        ${CURDIR}/../_probes/logins
${PASSWORD}      state-pass-1
${OUTDIR}        ${OUTPUT DIR}/login-state-probe
${STATE DIR}     ${OUTDIR}/login-state
${COUNT FILE}    ${OUTDIR}/logins.txt


*** Test Cases ***
Two Processes Log One Identity In Once In Total
    ${result}=    Run Process    ${{ sys.executable }}    -m    pabot.pabot    --processes    2
    ...    --command    ${{ sys.executable }}    -m    robot    --end-command
    ...    @{PROBE VARIABLES}    --outputdir    ${OUTDIR}/pabot    ${PROBES}/login_state_pabot
    ...    env:PARALLEL_SESSION_LOGIN_STATE_DIR=${STATE DIR}    cwd=${OUTDIR}    stderr=STDOUT    timeout=180s
    Should Be Equal As Integers    ${result.rc}    0    msg=Both probe suites should pass: ${result.stdout}
    ${logins}=    Get File    ${COUNT FILE}
    Should Be Equal    ${logins}    pia\n    msg=pia should log in once in total
    # The second process waited for the first one's login rather than finding a finished one.
    ${output}=    Get File    ${OUTDIR}/pabot/output.xml
    Should Contain    ${output}    seconds for another process logging account pia in.
    State Files Should Be Owner Only
    Saved Cookie Should Not Be In    ${OUTDIR}/pabot/output.xml

A Logged Out Saved Login Is Refreshed And Forget Saved Logins Removes It
    Saved Cookie Should Not Be In    ${OUTDIR}/pabot/log.html
    Reset Demo Portal
    Create Portal Account    pia    ${PASSWORD}
    ${result}=    Run Process    ${{ sys.executable }}    -m    robot    @{PROBE VARIABLES}    --variable
    ...    LOGIN_PAUSE:0s    --outputdir    ${OUTDIR}/stale    ${PROBES}/login_state_stale
    ...    env:PARALLEL_SESSION_LOGIN_STATE_DIR=${STATE DIR}    stderr=STDOUT    timeout=120s
    Should Be Equal As Integers    ${result.rc}    0    msg=The stale probe should pass: ${result.stdout}
    ${logins}=    Get File    ${COUNT FILE}
    Should Be Equal    ${logins}    pia\npia\n    msg=pia should log in again once, not twice
    ${output}=    Get File    ${OUTDIR}/stale/output.xml
    Should Contain    ${output}    failed the login check 'Still Logged In': it is discarded
    # The library handled the failed check itself: no failure evidence in a passing test.
    Should Not Contain    ${output}    Sessions at the failure
    ${screenshots}=    Evaluate    glob.glob($OUTDIR + '/stale/**/*.png', recursive=True)
    Should Be Empty    ${screenshots}
    ${states}=    List Files In Directory    ${STATE DIR}    *.json
    Should Be Empty    ${states}

With Shared Login State Each Identity Opens Under Its Lock
    [Documentation]    Last: after the import, the library's names need their instance's prefix.
    Create Active Accounts    dee    eve
    Import Library    ParallelSessions    login_state_dir=${OUTPUT DIR}/open-sessions-logins
    ...    account_login_keyword=Log In As Account    AS    Shared
    ${previous}=    Set Library Search Order    Shared
    ${url}=    Start Demo Portal
    Shared.Set Base Url    ${url}
    VAR    @{passwords}=    ${USER PASSWORD}    ${USER PASSWORD}
    ${ids}=    Shared.Open Sessions    account    usernames=dee, eve    passwords=${passwords}
    ${names}=    Shared.Run In Sessions Concurrently    ${ids}    Get Text    .username
    Should Be Equal    ${names}    ${{ ['dee', 'eve'] }}
    ${files}=    List Files In Directory    ${OUTPUT DIR}/open-sessions-logins    *.json
    Length Should Be    ${files}    2
    [Teardown]    Run Keywords    Shared.Close All Sessions
    ...    AND    Set Library Search Order    @{previous}


*** Keywords ***
Prepare
    [Documentation]    One portal for both probe runs, with the account pia, and empty output.
    Remove Directory    ${OUTDIR}    recursive=True
    Create Directory    ${OUTDIR}
    ${url}=    Start Demo Portal
    Reset Demo Portal
    Create Portal Account    pia    ${PASSWORD}
    VAR    @{PROBE VARIABLES}=    --variable    PORTAL_URL:${url}    --variable    PASSWORD:${PASSWORD}
    ...    --variable    COUNT_FILE:${COUNT FILE}    scope=SUITE

State Files Should Be Owner Only
    [Documentation]    The folder is 0700; pia's state and lock files are 0600 and named by a hash.
    Should Be Equal    ${{ oct(os.stat($STATE_DIR).st_mode & 0o777) }}    0o700
    ${files}=    List Files In Directory    ${STATE DIR}
    Length Should Be    ${files}    2
    FOR    ${name}    IN    @{files}
        Should Not Contain    ${name}    pia
        Should Be Equal    ${{ oct(os.stat(os.path.join($STATE_DIR, $name)).st_mode & 0o777) }}    0o600
    END

Saved Cookie Should Not Be In
    [Documentation]    Fails if the value of the portal's session cookie in pia's state file is
    ...                in ``file``; only True or False is logged, never the value.
    [Arguments]    ${file}
    ${states}=    List Files In Directory    ${STATE DIR}    *.json    absolute=True
    Length Should Be    ${states}    1
    ${found}=    Evaluate
    ...    json.load(open($states[0]))['state']['cookies'][0]['value'] in pathlib.Path($file).read_text()
    Should Not Be True    ${found}    msg=The session cookie of pia is in ${file}

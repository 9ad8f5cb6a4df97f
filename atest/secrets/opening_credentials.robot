*** Settings ***
Documentation    The credentials given when sessions open never reach the outputs of a run at
...              --loglevel TRACE: one Secret password for every user of Open Sessions, and a
...              basic auth password in http_credentials with the cookies of the storage state
...              saved after it. Each test runs a probe (atest/_probes/secrets/) in its own robot
...              process and searches what it wrote; a text that is no secret is the positive
...              control of every search.

Library          OperatingSystem
Library          Process
Library          ../resources/OutputSearch.py


*** Variables ***
${SESSIONS PROBE}        ${CURDIR}/../_probes/secrets/open_sessions_secret.robot
${SESSIONS PROBE OUT}    ${OUTPUT DIR}/open-sessions-secret-probe
${PASSWORD}              pw-${{ uuid.uuid4().hex }}
${VISIBLE}               visible-${{ uuid.uuid4().hex }}
${PROBE}                 ${CURDIR}/../_probes/secrets/basic_auth_secret.robot
${PROBE OUTDIR}          ${OUTPUT DIR}/basic-auth-probe
${PROBE PASSWORD}        basic-${{ uuid.uuid4().hex }}
${PROBE VISIBLE}         visible-${{ uuid.uuid4().hex }}
${STATE DIR}             ${TEMPDIR}/basic-auth-state-${{ uuid.uuid4().hex }}


*** Test Cases ***
One Secret Password For Every User Never Reaches Output XML Or Log HTML
    [Documentation]    The probe (atest/_probes/secrets/open_sessions_secret.robot) runs at --loglevel
    ...    TRACE. Positive control: the plain-text password it gives to Open Sessions is found
    ...    by the same searches, since Robot logs plain argument values at TRACE.
    ${result}=    Run Process    ${{ sys.executable }}    -m    robot    --loglevel    TRACE
    ...    --outputdir    ${SESSIONS PROBE OUT}    --report    NONE    --pythonpath    ${CURDIR}/../resources
    ...    ${SESSIONS PROBE}    env:PROBE_PASSWORD=${PASSWORD}    env:PROBE_VISIBLE=${VISIBLE}
    ...    stderr=STDOUT    timeout=180s
    Should Be Equal As Integers    ${result.rc}    0    msg=${result.stdout}
    Should Contain    ${result.stdout}    3 tests, 3 passed, 0 failed
    FOR    ${files}    IN    output.xml    log.html
        ${searched}=    Texts Should Not Appear In Files    ${SESSIONS PROBE OUT}    ${PASSWORD}    files=${files}
        Should Be True    ${searched} >= 1
        Texts Should Appear In Files    ${SESSIONS PROBE OUT}    ${VISIBLE}    files=${files}
    END

A Basic Auth Password And Saved Cookies Appear Nowhere In The Outputs
    [Documentation]    A probe at --loglevel TRACE with trace=ON logs in with basic auth
    ...    (a Secret password), saves its storage state and fails a test on purpose; its
    ...    output.xml, log.html and traces hold neither the password, nor its Basic header
    ...    form, nor a saved cookie value. Positive control: a header value that is no
    ...    secret is found by the same searches.
    Run Basic Auth Probe
    ${basic}=    Evaluate    base64.b64encode(("probe:" + $PROBE_PASSWORD).encode()).decode()
    ${cookies}=    Cookie Values In    ${STATE DIR}/probe.json
    Should Not Be Empty    ${cookies}
    ${searched}=    Texts Should Not Appear In Files    ${PROBE OUTDIR}
    ...    ${PROBE PASSWORD}    ${basic}    @{cookies}
    Should Be True    ${searched} >= 3
    Texts Should Appear In Files    ${PROBE OUTDIR}    ${PROBE VISIBLE}    files=output.xml
    Texts Should Appear In Files    ${PROBE OUTDIR}    ${PROBE VISIBLE}    files=log.html
    Texts Should Appear In Files    ${PROBE OUTDIR}    ${PROBE VISIBLE}    files=*.zip
    Run Keyword And Expect Error    Found text #1 in *
    ...    Texts Should Not Appear In Files    ${PROBE OUTDIR}    ${PROBE VISIBLE}
    [Teardown]    Remove State Folder


*** Keywords ***
Run Basic Auth Probe
    [Documentation]    Runs the basic auth probe at log level TRACE in its own robot process.
    Remove Directory    ${PROBE OUTDIR}    recursive=${True}
    ${result}=    Run Process    ${{ sys.executable }}    -m    robot    --loglevel    TRACE
    ...    --outputdir    ${PROBE OUTDIR}    --pythonpath    ${CURDIR}/../resources    ${PROBE}
    ...    env:PROBE_PASSWORD=${PROBE PASSWORD}    env:PROBE_VISIBLE=${PROBE VISIBLE}
    ...    env:PROBE_STATE=${STATE DIR}/probe.json
    ...    stderr=STDOUT    timeout=180s
    Should Be Equal As Integers    ${result.rc}    1    msg=${result.stdout}
    Should Contain    ${result.stdout}    2 tests, 1 passed, 1 failed

Cookie Values In
    [Documentation]    Returns the values of the cookies in a saved storage state.
    [Arguments]    ${path}
    File Mode Should Be    ${path}    0o600
    ${values}=    Evaluate    [c["value"] for c in json.loads(pathlib.Path($path).read_text())["cookies"]]
    RETURN    ${values}

File Mode Should Be
    [Documentation]    Fails unless the permission bits of ${path} are ${mode} (octal, e.g. 0o600).
    [Arguments]    ${path}    ${mode}
    ${actual}=    Evaluate    oct(os.stat($path).st_mode & 0o777)
    Should Be Equal    ${actual}    ${mode}    msg=${path} has mode ${actual}, not ${mode}

Remove State Folder
    [Documentation]    Deletes the storage state the basic auth probe saved.
    Remove Directory    ${STATE DIR}    recursive=${True}

*** Settings ***
Documentation    Getters with ``as_secret=True`` return a Robot Framework Secret and never
...              write the value: a probe (atest/_probes/secrets/assertions_secret.robot) reads a typed
...              secret and a portal-issued token that way at --loglevel TRACE, asserts on
...              them and fails an assertion; then its output.xml and log.html are searched.

Library          Process
Library          ../resources/OutputSearch.py

Suite Setup      Run Secret Getters Probe


*** Variables ***
${PROBE}       ${CURDIR}/../_probes/secrets/assertions_secret.robot
${OUTDIR}      ${OUTPUT DIR}/assertions-secret-probe
${PASSWORD}    pw-${{ uuid.uuid4().hex }}
${TYPED}       typed-${{ uuid.uuid4().hex }}
${VISIBLE}     visible-${{ uuid.uuid4().hex }}
${ISSUED}      pst_[0-9a-f]{40}


*** Test Cases ***
The Probe Read Every Secret And Passed
    Should Be Equal As Integers    ${RESULT.rc}    0    msg=${RESULT.stdout}
    Should Contain    ${RESULT.stdout}    2 tests, 2 passed, 0 failed

No Secret Read Back Appears In Output XML Or Log HTML
    ${searched}=    Texts Should Not Appear In Files    ${OUTDIR}    ${PASSWORD}    ${TYPED}
    ...    files=*.xml
    Should Be True    ${searched} >= 1
    ${searched}=    Texts Should Not Appear In Files    ${OUTDIR}    ${PASSWORD}    ${TYPED}
    ...    files=log.html
    Should Be True    ${searched} >= 1
    Pattern Should Not Appear In Files    ${OUTDIR}    ${ISSUED}

The Search Finds A Text Read Without as_secret
    [Documentation]    Positive control: ${VISIBLE} was typed with Fill Text and read with a
    ...    plain Get Text; the same searches find it in both files.
    Texts Should Appear In Files    ${OUTDIR}    ${VISIBLE}    files=log.html
    Texts Should Appear In Files    ${OUTDIR}    ${VISIBLE}    files=output.xml
    Pattern Should Appear In Files    ${OUTDIR}    visible-[0-9a-f]{32}    files=log.html
    Run Keyword And Expect Error    Found text #1 in *
    ...    Texts Should Not Appear In Files    ${OUTDIR}    ${VISIBLE}


*** Keywords ***
Run Secret Getters Probe
    [Documentation]    Runs the probe at log level TRACE in its own robot process; sets the suite variable RESULT.
    ${result}=    Run Process    ${{ sys.executable }}    -m    robot    --loglevel    TRACE
    ...    --outputdir    ${OUTDIR}    --report    NONE    --pythonpath    ${CURDIR}/../resources
    ...    ${PROBE}
    ...    env:PROBE_PASSWORD=${PASSWORD}    env:PROBE_TYPED=${TYPED}    env:PROBE_VISIBLE=${VISIBLE}
    ...    stderr=STDOUT    timeout=180s
    VAR    ${RESULT}=    ${result}    scope=SUITE

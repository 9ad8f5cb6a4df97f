*** Settings ***
Documentation    The secrets Fill Secret and Type Secret resolve from the Browser library's
...              placeholders ($var, %ENV) never reach output.xml or log.html, nor a trace,
...              even at log level TRACE with trace=ON: a probe types them in its own robot
...              process and this suite searches what it wrote.

Library          Process
Library          ../resources/OutputSearch.py

Suite Setup      Run Placeholder Probe


*** Variables ***
${PROBE}           ${CURDIR}/../_probes/browser_compat/secret_placeholders.robot
${OUTDIR}          ${OUTPUT DIR}/placeholder-probe
${PLAIN SECRET}    plain-${{ uuid.uuid4().hex }}
${ENV SECRET}      env-${{ uuid.uuid4().hex }}
${VISIBLE}         visible-${{ uuid.uuid4().hex }}


*** Test Cases ***
The Probe Typed Both Secrets
    [Documentation]    The probe checks the digests the page shows of what it typed.
    Should Be Equal As Integers    ${RESULT.rc}    0    msg=${RESULT.stdout}

No Placeholder's Secret Appears In The Output Files Or Traces
    ${searched}=    Texts Should Not Appear In Files    ${OUTDIR}    ${PLAIN SECRET}    ${ENV SECRET}
    Should Be True    ${searched} >= 3
    Texts Should Not Appear In Files    ${OUTDIR}    ${PLAIN SECRET}    ${ENV SECRET}
    ...    files=output.xml
    Texts Should Not Appear In Files    ${OUTDIR}    ${PLAIN SECRET}    ${ENV SECRET}
    ...    files=log.html
    Texts Should Appear In Files    ${OUTDIR}    $PLAIN_SECRET    %PROBE_ENV_SECRET
    ...    files=output.xml

The Search Finds A Text That Is There
    [Documentation]    Positive control: the probe typed ${VISIBLE} with Fill Text, which
    ...    logs what it types; the same searches find it.
    Texts Should Appear In Files    ${OUTDIR}    ${VISIBLE}    files=log.html
    Texts Should Appear In Files    ${OUTDIR}    ${VISIBLE}    files=output.xml
    Run Keyword And Expect Error    Found text #1 in *
    ...    Texts Should Not Appear In Files    ${OUTDIR}    ${VISIBLE}


*** Keywords ***
Run Placeholder Probe
    [Documentation]    Runs the probe at log level TRACE in its own robot process; sets the suite variable RESULT.
    ${plain digest}=    Evaluate    hashlib.sha256($PLAIN_SECRET.encode()).hexdigest()
    ${env digest}=    Evaluate    hashlib.sha256($ENV_SECRET.encode()).hexdigest()
    ${result}=    Run Process    ${{ sys.executable }}    -m    robot    --loglevel    TRACE
    ...    --outputdir    ${OUTDIR}    --pythonpath    ${CURDIR}/../resources    ${PROBE}
    ...    env:PROBE_PLAIN_SECRET=${PLAIN SECRET}    env:PROBE_ENV_SECRET=${ENV SECRET}
    ...    env:PROBE_PLAIN_DIGEST=${plain digest}    env:PROBE_ENV_DIGEST=${env digest}
    ...    env:PROBE_VISIBLE=${VISIBLE}    stderr=STDOUT    timeout=180s
    VAR    ${RESULT}=    ${result}    scope=SUITE

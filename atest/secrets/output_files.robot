*** Settings ***
Documentation    Passwords, Fill Secret values, bearer tokens, Secret headers and the tokens
...              the server issues (to a browser session and to an API session) never reach
...              log.html, output.xml, report.html, the debug file, a trace or a screenshot
...              name, even at log level TRACE with trace=ON and a failing test, nor when Robot
...              logs a value the library knows as a secret (a keyword's return value, a
...              request record, a route's Secret header); the library's files are owner-only.

Library          Process
Library          ../resources/OutputSearch.py

Suite Setup      Run Secrets Probe


*** Variables ***
${PROBE}       ${CURDIR}/../_probes/secrets/secrets.robot
${OUTDIR}      ${OUTPUT DIR}/secrets-probe
${PASSWORD}    pw-${{ uuid.uuid4().hex }}
${TYPED}       typed-${{ uuid.uuid4().hex }}
${TOKEN}       token-${{ uuid.uuid4().hex }}
${CUSTOM}      custom-${{ uuid.uuid4().hex }}
${API_KEY}     key-${{ uuid.uuid4().hex }}
${VISIBLE}     visible-${{ uuid.uuid4().hex }}
# The token the portal issues in the probe's API Post response (unknown here).
${ISSUED}      pst_[0-9a-f]{40}


*** Test Cases ***
The Probe Ran With Traces, A Failure And Failure Screenshots
    Should Be Equal As Integers    ${RESULT.rc}    1    msg=${RESULT.stdout}
    Should Contain    ${RESULT.stdout}    Page Should Contain 'This text is not on the page' failed
    ${traces}=    Evaluate
    ...    sorted(p.name for p in pathlib.Path($OUTDIR, 'parallel-sessions', 'traces').glob('*.zip'))
    Length Should Be    ${traces}    3
    ${screenshots}=    Evaluate    sorted(p.name for p in pathlib.Path($OUTDIR, 'parallel-sessions').glob('*.png'))
    Should Not Be Empty    ${screenshots}

No Secret Appears In Any Output File, Trace Entry Or File Name
    ${searched}=    Texts Should Not Appear In Files    ${OUTDIR}
    ...    ${PASSWORD}    ${TYPED}    ${TOKEN}    ${CUSTOM}    ${API_KEY}
    Should Be True    ${searched} > 10
    Pattern Should Not Appear In Files    ${OUTDIR}    ${ISSUED}

The Search Finds A Text That Is There
    [Documentation]    Positive control: the probe typed ${VISIBLE} with Fill Text, which is
    ...    no secret; the same searches find it in log.html, output.xml, the debug file (also
    ...    in the DEBUG line only the debug file has, beside the masked password) and the
    ...    traces, and find the failure in report.html.
    Texts Should Appear In Files    ${OUTDIR}    ${VISIBLE}    files=log.html
    Texts Should Appear In Files    ${OUTDIR}    ${VISIBLE}    files=output.xml
    Texts Should Appear In Files    ${OUTDIR}    ${VISIBLE}    files=debug.txt
    Texts Should Appear In Files    ${OUTDIR}    debug-only ***** ${VISIBLE}    files=debug.txt
    Texts Should Appear In Files    ${OUTDIR}    This text is not on the page    files=report.html
    Texts Should Appear In Files    ${OUTDIR}    ${VISIBLE}    files=*.zip
    Pattern Should Appear In Files    ${OUTDIR}    visible-[0-9a-f]{32}    files=*.zip
    Run Keyword And Expect Error    Found text #1 in *
    ...    Texts Should Not Appear In Files    ${OUTDIR}    ${VISIBLE}

Screenshots, Traces And Their Folders Are Owner-Only
    ${files}=    Files Should Be Owner Only    ${OUTDIR}/parallel-sessions
    Should Be True    ${files} >= 3


*** Keywords ***
Run Secrets Probe
    [Documentation]    Runs the probe at log level TRACE in its own robot process; sets the suite variable RESULT.
    ${result}=    Run Process    ${{ sys.executable }}    -m    robot    --loglevel    TRACE
    ...    --outputdir    ${OUTDIR}    --debugfile    debug.txt    --pythonpath    ${CURDIR}/../resources
    ...    ${PROBE}    env:PROBE_PASSWORD=${PASSWORD}    env:PROBE_TYPED=${TYPED}
    ...    env:PROBE_TOKEN=${TOKEN}    env:PROBE_CUSTOM=${CUSTOM}    env:PROBE_API_KEY=${API_KEY}
    ...    env:PROBE_VISIBLE=${VISIBLE}
    ...    stderr=STDOUT    timeout=180s
    VAR    ${RESULT}=    ${result}    scope=SUITE

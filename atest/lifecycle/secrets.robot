*** Settings ***
Documentation     Passwords, Fill Secret values and API authorization never reach log.html
...               or output.xml, even at log level TRACE.
Library           Process
Library           ../resources/OutputSearch.py


*** Variables ***
${PROBE}          ${CURDIR}/../_probes/secrets.robot
${PASSWORD}       pw-${{ uuid.uuid4().hex }}
${TYPED}          typed-${{ uuid.uuid4().hex }}
${TOKEN}          token-${{ uuid.uuid4().hex }}


*** Test Cases ***
No Secret Appears In log.html Or output.xml
    ${outdir}=    Set Variable    ${OUTPUT DIR}/secrets-probe
    ${result}=    Run Process    ${{ sys.executable }}    -m    robot    --loglevel    TRACE
    ...    --outputdir    ${outdir}    --pythonpath    ${CURDIR}/../resources    ${PROBE}
    ...    env:PROBE_PASSWORD=${PASSWORD}    env:PROBE_TYPED=${TYPED}    env:PROBE_TOKEN=${TOKEN}
    ...    stderr=STDOUT    timeout=120s
    Should Be Equal As Integers    ${result.rc}    0    msg=${result.stdout}
    Texts Should Not Appear In Output    ${outdir}/output.xml    ${PASSWORD}    ${TYPED}    ${TOKEN}
    Texts Should Not Appear In Output    ${outdir}/log.html    ${PASSWORD}    ${TYPED}    ${TOKEN}
    Texts Should Appear In Output    ${outdir}/log.html    Fill Secret    probe

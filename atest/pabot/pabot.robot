*** Settings ***
Documentation    Scaling out: two pabot processes, each with its own browser, fail with two
...              sessions each; their screenshots never collide and the merged log.html
...              shows all of them (pabot --artifacts png,zip --artifactsinsubfolders).

Library          OperatingSystem
Library          Process
Library          ../resources/OutputSearch.py


*** Variables ***
${PROBES}    ${CURDIR}/../_probes/pabot


*** Test Cases ***
Screenshots Of Parallel Processes Are Unique And Linked From The Merged Log
    VAR    ${outdir}=    ${OUTPUT DIR}/pabot-probe
    Remove Directory    ${outdir}    recursive=True
    Create Directory    ${outdir}
    ${result}=    Run Process    ${{ sys.executable }}    -m    pabot.pabot    --processes    2
    ...    --command    ${{ sys.executable }}    -m    robot    --end-command
    ...    --artifacts    png,zip    --artifactsinsubfolders    --outputdir    ${outdir}
    ...    ${PROBES}    cwd=${outdir}    stderr=STDOUT    timeout=180s
    Should Be Equal As Integers    ${result.rc}    2    msg=Both probe tests should fail: ${result.stdout}
    ${shots}=    List Files In Directory    ${outdir}/parallel-sessions    *.png
    Length Should Be    ${shots}    4
    ${links}=    Image Links In Log    ${outdir}/log.html
    Length Should Be    ${links}    4
    FOR    ${link}    IN    @{links}
        File Should Exist    ${outdir}/${link}
    END

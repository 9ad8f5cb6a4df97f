*** Settings ***
Documentation    Failure evidence, traces, screenshot modes and browser crashes need tests
...              that fail on purpose. They are probe suites (atest/_probes/evidence/) run in
...              their own robot process; every probe test states its expected status and
...              log messages (robotstatuschecker syntax), and the test here fails if any is
...              not met, so `robot atest/` stays green. Each probe's log.html is kept under
...              ${OUTPUT DIR}/probes/.

Library          OperatingSystem
Library          Process
Library          ../resources/Probes.py
Library          ../resources/OutputSearch.py


*** Variables ***
${SECRET}     probe-secret-${{ secrets.token_hex(8) }}
${VISIBLE}    probe-visible-${{ secrets.token_hex(8) }}


*** Test Cases ***
Every Session On Camera, Page Errors, Leaks And A Compact Log
    Probe Suite Should Meet Its Expectations    evidence/failure_evidence.robot

Screenshot Modes ALL, CURRENT And OFF
    Probe Suite Should Meet Its Expectations    evidence/screenshot_modes.robot

Traces Kept For Failed Tests And Linked From The Log
    Probe Suite Should Meet Its Expectations    evidence/traces.robot

A Browser Crash Fails Its Test, Names The Lost Sessions, And The Suite Goes On
    Probe Suite Should Meet Its Expectations    evidence/browser_crash.robot

A Failing Test With Three Sessions: Marked Gallery, Timeline, Videos And Activity
    Set Environment Variable    PARALLEL_SESSION_RECORD_VIDEO    RETAIN_ON_FAILURE
    Set Environment Variable    PROBE_SECRET    ${SECRET}
    Set Environment Variable    PROBE_VISIBLE    ${VISIBLE}
    TRY
        ${outdir}=    Probe Suite Should Meet Its Expectations    evidence/timeline_video.robot
    FINALLY
        Remove Environment Variable    PARALLEL_SESSION_RECORD_VIDEO    PROBE_SECRET    PROBE_VISIBLE
    END
    VAR    ${TIMELINE OUTDIR}=    ${outdir}    scope=SUITE

The Rendered Log Shows The Failing Session First, Three Lanes And The Failure
    [Documentation]    scripts/render_log.py opens the probe's log.html in headless Chromium at
    ...    a 1280-pixel width, expands the failing keyword, and reports what the page shows.
    VAR    ${png}=    ${TIMELINE OUTDIR}/rendered-log.png
    ${run}=    Run Process    ${{ sys.executable }}    ${CURDIR}/../../scripts/render_log.py
    ...    ${TIMELINE OUTDIR}/log.html    ${png}    timeout=120s
    Should Be Equal As Integers    ${run.rc}    0    msg=${run.stderr}
    ${page}=    Evaluate    json.loads($run.stdout)
    The Timeline Should Show Three Lanes And The Failure    ${page}[timeline][-1]
    The Gallery Should Start With The Failing Session    ${page}[gallery]
    # The collapsed keyword lines name the session; the arguments stay as written.
    Should Contain    ${page}[keyword_lines]    ParallelSessions . [account_zoe] Go To${SPACE*2}/broken
    Should Contain    ${page}[keyword_lines]
    ...    ParallelSessions . [anonymous] Fill Secret${SPACE*2}id=password${SPACE*4}\${SECRET}
    File Should Exist    ${png}
    ${header}=    Evaluate    open($png, 'rb').read(8)
    Should Be Equal    ${header}    ${{ b'\x89PNG\r\n\x1a\n' }}
    Should Be True    ${page}[png][height] > 1000

No Secret In The Timeline, Captions, Summary Or Video File Names
    [Documentation]    The probe typed ${SECRET} with Fill Secret (a password field and a field
    ...    that shows its text) and ${VISIBLE} with Fill Text. Positive control: the same
    ...    search finds ${VISIBLE} in log.html and output.xml.
    Texts Should Appear In Files    ${TIMELINE OUTDIR}    ${VISIBLE}    files=log.html
    Texts Should Appear In Files    ${TIMELINE OUTDIR}    ${VISIBLE}    files=output.xml
    ${searched}=    Texts Should Not Appear In Files    ${TIMELINE OUTDIR}    ${SECRET}
    Should Be True    ${searched} > 5
    ${videos}=    List Files In Directory    ${TIMELINE OUTDIR}/parallel-sessions/videos    *.webm
    Length Should Be    ${videos}    4
    ${files}=    Files Should Be Owner Only    ${TIMELINE OUTDIR}/parallel-sessions
    Should Be True    ${files} >= 8


*** Keywords ***
The Timeline Should Show Three Lanes And The Failure
    [Documentation]    Checks what the rendered timeline shows: three lanes, the failing one marked.
    [Arguments]    ${timeline}
    Should Be Equal    ${timeline}[lanes]    ${{ ['admin', 'account_zoe', 'anonymous'] }}
    Should Be Equal    ${timeline}[failure]    account_zoe
    Should Be Equal    ${timeline}[failing_lanes]    ${{ ['account_zoe'] }}
    Should Be True    ${timeline}[bars] >= 10 and ${timeline}[syncs] == 1
    Should Be True    ${timeline}[width] >= 900    the timeline is drawn at full width

The Gallery Should Start With The Failing Session
    [Documentation]    Checks the rendered gallery: the failing session first, marked, readable.
    [Arguments]    ${gallery}
    VAR    ${first}=    ${gallery}[0]
    Should Be Equal    ${first}[session]    account_zoe
    Should Be True    ${first}[failing]
    Should Start With    ${first}[caption]    ✕ Failed here · account_zoe
    Should Contain    ${first}[caption]    Three_Sessions_One_Fails-
    Should Be True    ${first}[image_width] >= 900    the failing page is shown readable
    Should Be True    all(not f['failing'] and f['image_width'] >= 750 for f in $gallery[1:])
    Length Should Be    ${gallery}    3

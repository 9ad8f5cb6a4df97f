*** Settings ***
Documentation     `Open Session` latency: ${OPENS} anonymous sessions opened one at a time (each
...               closed right after; benchmarks/open_latency/run.py reads every `Open Session`
...               keyword's elapsed time from output.xml). With ${PREWARM} > 0 the library keeps
...               that many contexts ready, and each open waits first (untimed) until the pool
...               is full again, as a test with think time between opens would find it; with 0,
...               `Wait For Prewarmed Sessions` returns at once and every open creates its
...               context on demand. The Suite Setup opens a session first so that launching
...               Chromium is not measured.

Library           ParallelSessions    base_url=${BASE_URL}    max_sessions=40    prewarm=${PREWARM}

Suite Setup       Open Warm Session
Suite Teardown    Close All Sessions


*** Variables ***
${BASE_URL}    http://127.0.0.1:9
${OPENS}       30
${PREWARM}     0


*** Test Cases ***
Open Session Latency
    FOR    ${_}    IN RANGE    ${OPENS}
        Wait For Prewarmed Sessions    timeout=30s
        Open Session    anonymous    id=lat
        Close Session    lat
    END


*** Keywords ***
Open Warm Session
    [Documentation]    Launches Chromium and opens one context before anything is timed.
    Open Session    anonymous    id=warm
    Wait For Prewarmed Sessions    timeout=30s

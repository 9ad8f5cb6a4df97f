*** Settings ***
Documentation     `Open Session` latency: ${OPENS} anonymous sessions opened one at a time (each
...               closed right after, untimed by benchmarks/open_latency.py, which reads every
...               `Open Session` keyword's elapsed time from output.xml). The Suite Setup opens
...               a session first so that launching Chromium is not measured.
Library           ParallelSessions    base_url=${BASE_URL}    max_sessions=40
Suite Setup       Open Session    anonymous    id=warm
Suite Teardown    Close All Sessions


*** Variables ***
${BASE_URL}       http://127.0.0.1:9
${OPENS}          30


*** Test Cases ***
Open Session Latency
    FOR    ${i}    IN RANGE    ${OPENS}
        Open Session    anonymous    id=lat
        Close Session    lat
    END

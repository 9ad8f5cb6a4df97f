*** Settings ***
Documentation     Prewarmed `Open Session` x ${OPENS}, the pool full before each open, with
...               OpenLatencyProfileLibrary.py timing its parts; run by
...               benchmarks/open_latency/run_profile.py.

Library           OpenLatencyProfileLibrary.py
Library           ParallelSessions    max_sessions=40    prewarm=2

Suite Setup       Open Session    anonymous    id=warm
Suite Teardown    Close All Sessions


*** Variables ***
${OPENS}    60


*** Test Cases ***
Opens
    Wait For Prewarmed Sessions    timeout=30s
    Reset Profile
    FOR    ${_}    IN RANGE    ${OPENS}
        Wait For Prewarmed Sessions    timeout=30s
        Open Session    anonymous    id=lat
        Close Session    lat
    END
    ${records}=    Profile Records
    Set Suite Metadata    records    ${records}

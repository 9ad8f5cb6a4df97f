*** Settings ***
Documentation     Per-keyword cost of ParallelSessions vs the raw Playwright call, run by
...               benchmarks/keyword_cost/run.py (see KeywordCostLibrary.py).

Library           ParallelSessions    base_url=${BASE_URL}
Library           KeywordCostLibrary.py

Suite Setup       Open Session    anonymous    id=bench
Suite Teardown    Close All Sessions


*** Variables ***
${BASE_URL}    http://127.0.0.1:9
${TIMES}       30
${ROWS}        ${OUTPUT DIR}/rows.json


*** Test Cases ***
Keywords Vs Raw Calls
    Go To    /account/login
    FOR    ${keyword}    IN    No Operation    Get Url    Get Text    Fill Text    Fill Secret    Click    Go To
    ...    Wait For Url
        Compare Keyword    ${keyword}    ${TIMES}
    END
    Save Rows    ${ROWS}

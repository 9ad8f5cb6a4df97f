*** Settings ***
Documentation    Probe run by atest/lifecycle/full_disk.robot in a separate robot process whose
...              output folder (output.xml, traces, failure screenshots) is on a small disk:
...              the first test fills the disk and fails, the second frees it and passes.

Library          ParallelSessions    trace=ON    auto_closing=TEST


*** Variables ***
${FILLER}    ${OUTPUT DIR}${/}filler


*** Test Cases ***
Fails On A Full Disk
    Open Session    anonymous
    Go To    data:text/html,<title>full</title><h1>full</h1>
    Evaluate    (lambda file: [file.write(bytes(1 << 16)) for _ in iter(int, 1)])(open($FILLER, 'ab'))

Passes With Room Again
    Evaluate    os.remove($FILLER)    modules=os
    Open Session    anonymous
    Go To    data:text/html,<title>room</title><h1>room</h1>
    Get Title    ==    room

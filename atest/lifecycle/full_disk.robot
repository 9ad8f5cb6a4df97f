*** Settings ***
Documentation     A full disk (a small tmpfs, filled up) fails the keyword that writes with a
...               sentence naming the file, and leaves no half, empty or temporary file behind.
...               Needs root to mount the disk; skipped otherwise.

Resource          ../resources/common.resource
Library           ../resources/SmallDisk.py

Suite Setup       Use Fresh Demo Portal And A Full Disk
Suite Teardown    Unmount Small Disk
Test Teardown     Close All Sessions


*** Test Cases ***
Take Screenshot On A Full Disk Names The File And Leaves None
    Open Anonymous Session
    Go To    /
    Run Keyword And Expect Error
    ...    Could not write the screenshot '${DISK}${/}shot.png': the disk is full. Nothing was written there.
    ...    Take Screenshot    ${DISK}${/}shot
    No File Should Be Left On The Disk

Save Storage State On A Full Disk Names The File And Leaves None
    Open Anonymous Session
    Go To    /
    Run Keyword And Expect Error
    ...    Could not write the storage state '${DISK}${/}state.json': the disk is full. Nothing was written there.
    ...    Save Storage State    ${DISK}${/}state.json
    No File Should Be Left On The Disk

Download On A Full Disk Names The File And Leaves None
    Open Anonymous Session
    Go To    /lab/toolbox
    Run Keyword And Expect Error
    ...    Could not write the download '${DISK}${/}page.html': the disk is full. Nothing was written there.
    ...    Download    /    saveAs=${DISK}${/}page.html
    Run Keyword And Expect Error
    ...    Could not write the download '${DISK}${/}audit.csv': the disk is full. Nothing was written there.
    ...    Click And Wait For Download    \#export    save_as=${DISK}${/}audit.csv
    No File Should Be Left On The Disk

The Keywords Write Once There Is Room Again
    Free Small Disk
    Open Anonymous Session
    Go To    /
    Take Screenshot    ${DISK}${/}shot
    Save Storage State    ${DISK}${/}state.json
    ${files}=    Files On Small Disk
    Should Be Equal    ${{ [f.split()[0] + ' ' + f.split()[2] for f in $files] }}
    ...    ${{ ['shot.png 0o600', 'state.json 0o600'] }}

A Run Whose Output Folder Fills Up Goes On And Leaves Nothing Half Written
    [Documentation]    The listener saves traces and failure screenshots into the output folder:
    ...    on a full disk it warns, never raises; the trace of the test after is whole.
    Unmount Small Disk
    Mount Small Disk    size=4m
    ${run}=    Run Probe With Output On Small Disk    lifecycle/full_disk_output.robot
    ...    output=${OUTPUT DIR}${/}full-disk-probe.xml
    Log    ${run}[stdout]\n${run}[stderr]
    Should Not Contain    ${run}[stderr]    Traceback
    Should Not Contain    ${run}[stderr]    listener
    Should Match Regexp    ${run}[stdout]    Passes With Room Again +\| PASS \|
    ${broken}=    Broken Files On Small Disk
    Should Be Empty    ${broken}
    ${files}=    Files On Small Disk
    Should Contain Match    ${files}    parallel-sessions/traces/Passes_With_Room_Again-*.zip * 0o600


*** Keywords ***
Use Fresh Demo Portal And A Full Disk
    [Documentation]    The portal, and a small disk in ${DISK}, full.
    Use Fresh Demo Portal
    ${disk}=    Mount Small Disk
    VAR    ${DISK}=    ${disk}    scope=SUITE
    Fill Small Disk

No File Should Be Left On The Disk
    [Documentation]    Fails if any file but the filler is on the disk.
    ${files}=    Files On Small Disk
    Should Be Empty    ${files}

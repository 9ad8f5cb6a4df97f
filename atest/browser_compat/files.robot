*** Settings ***
Documentation    Uploads and downloads as a Browser library suite calls them: Upload File By
...              Selector with extra_paths (a folder refused with a sentence that says so), and
...              Download with saveAs, wait_for_finished and download_timeout, returning
...              Browser's saveAs, suggestedFilename and state.

Resource         ../resources/common.resource

Suite Setup      Use Fresh Demo Portal With Accounts    nia
Test Teardown    Close All Sessions


*** Test Cases ***
Upload File By Selector Takes Extra Paths
    Open Page With Files
    Create File    ${OUTPUT DIR}/compat-a.txt    first
    Create File    ${OUTPUT DIR}/compat-b.txt    second
    Create File    ${OUTPUT DIR}/compat-c.txt    third
    Upload File By Selector    \#files    ${OUTPUT DIR}/compat-a.txt
    Get Text    \#chosen    ==    compat-a.txt:first
    Upload File By Selector    \#files    ${OUTPUT DIR}/compat-a.txt    ${OUTPUT DIR}/compat-b.txt
    ...    ${OUTPUT DIR}/compat-c.txt
    Get Text    \#chosen    ==    compat-a.txt:first compat-b.txt:second compat-c.txt:third

Upload File By Selector Given A Directory Says It Is A Directory
    Open Page With Files
    Create Directory    ${OUTPUT DIR}/compat-folder
    Create File    ${OUTPUT DIR}/compat-a.txt    first
    Run Keyword And Expect Error
    ...    EQUALS:Upload File By Selector '\#files': ${OUTPUT DIR}${/}compat-folder is a directory, not a file; give the path of each file to upload (as extra_paths after the first).
    ...    Upload File By Selector    \#files    ${OUTPUT DIR}${/}compat-folder
    Run Keyword And Expect Error
    ...    EQUALS:Upload File By Selector '\#files': ${OUTPUT DIR}${/}compat-folder is a directory, not a file; give the path of each file to upload (as extra_paths after the first).
    ...    Upload File By Selector    \#files    ${OUTPUT DIR}/compat-a.txt    ${OUTPUT DIR}${/}compat-folder
    Get Text    \#chosen    ==    none

Download Takes SaveAs And Download Timeout
    Open Account Session    nia    ${USER PASSWORD}
    Create Directory    ${OUTPUT DIR}/compat-downloads
    ${file}=    Download    /media/x.txt    saveAs=${OUTPUT DIR}/compat-downloads/x.txt
    ...    download_timeout=2 minutes
    Should Be Equal    ${file.saveAs}    ${OUTPUT DIR}${/}compat-downloads${/}x.txt
    Should Be Equal    ${file.suggestedFilename}    x.txt
    Should Be Equal    ${file.state}    finished
    Should Be Equal    ${file.downloadID}    ${None}
    ${content}=    Get File    ${file.saveAs}
    Should Be Equal    ${content}    x: a file only accounts may download\n
    ${again}=    Download    /media/x.txt    relative-x.txt    ${True}    10s
    Should Be Equal    ${again.saveAs}
    ...    ${OUTPUT DIR}${/}parallel-sessions${/}downloads${/}relative-x.txt

Download Refuses Not Waiting For The File
    Open Account Session    nia    ${USER PASSWORD}
    Run Keyword And Expect Error
    ...    EQUALS:Download '/media/x.txt': wait_for_finished=False is not supported: this library has no Get Download State to follow an unfinished download; leave it out (the keyword waits until the file is saved) and give download_timeout for a large file.
    ...    Download    /media/x.txt    wait_for_finished=False

Download With A Download Timeout Is A Concurrent Step
    Open Account Session    nia    ${USER PASSWORD}
    Open Anonymous Session
    ${files}=    Run In Sessions Concurrently    account_nia, anonymous
    ...    Download    /media/x.txt    saveAs={session}-x.txt    download_timeout=30s    expected_status=any
    Should Be Equal    ${files[0].state}    finished
    Should Be Equal    ${files[0].status}    ${200}
    Should End With    ${files[1].url}    /account/login?next=/media/x.txt


*** Keywords ***
Open Page With Files
    [Documentation]    Opens the anonymous session on a page with a file input.
    Open Anonymous Session
    Go To    /lab/toolbox

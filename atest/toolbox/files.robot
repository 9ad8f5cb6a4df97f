*** Settings ***
Documentation    Uploads and downloads per session: files chosen as a user would, downloads
...              fetched with the session's cookies, files saved owner-only under the output
...              folder, also two users at once.

Resource         ../resources/common.resource

Suite Setup      Use Fresh Demo Portal
Test Teardown    Close All Sessions


*** Test Cases ***
Upload File By Selector Chooses One File Or Several
    Open Page With Files
    Create File    ${OUTPUT DIR}/upload-a.txt    first
    Create File    ${OUTPUT DIR}/upload-b.txt    second
    Upload File By Selector    \#files    ${OUTPUT DIR}/upload-a.txt
    Get Text    \#chosen    ==    upload-a.txt:first
    Upload File By Selector    \#files    ${OUTPUT DIR}/upload-a.txt    ${OUTPUT DIR}/upload-b.txt
    Get Text    \#chosen    ==    upload-a.txt:first upload-b.txt:second

An Upload File That Does Not Exist Is Named
    Open Page With Files
    Run Keyword And Expect Error
    ...    Upload File By Selector '\#files': no such file: /no/such/file.txt; give the path of an existing file*
    ...    Upload File By Selector    \#files    /no/such/file.txt

Click And Wait For Download Saves The File Owner-Only
    Open Page With Files
    ${file}=    Click And Wait For Download    \#export
    Should Be Equal    ${file}[suggestedFilename]    audit.csv
    Should Start With    ${file}[saveAs]    ${OUTPUT DIR}${/}parallel-sessions${/}downloads${/}
    ${content}=    Get File    ${file}[saveAs]
    Should Be Equal    ${content}    user;action\nada;login
    File Mode Should Be    ${file}[saveAs]    0o600
    ${named}=    Click And Wait For Download    \#export    save_as=renamed.csv
    Should End With    ${named}[saveAs]    renamed.csv

Download Fetches With The Session's Cookies
    Create Active Accounts    dora
    Open Account Session    dora    ${USER PASSWORD}
    ${file}=    Download    /account/dashboard    save_as=dora-dashboard.html
    ${page}=    Get File    ${file}[saveAs]
    Should Contain    ${page}    dora
    Open Anonymous Session
    ${file}=    Download    /account/dashboard    save_as=anonymous-dashboard.html
    ${page}=    Get File    ${file}[saveAs]
    Should Not Contain    ${page}    dora

Two Users Download At Once
    Create Active Accounts    eli    fay
    Open Account Session    eli    ${USER PASSWORD}
    Open Account Session    fay    ${USER PASSWORD}
    ${files}=    Run In Sessions Concurrently    account_eli, account_fay
    ...    SYNC
    ...    AND    Download    /account/dashboard    save_as={session}.html
    FOR    ${file}    ${user}    IN ZIP    ${files}    ${{ ['eli', 'fay'] }}
        ${page}=    Get File    ${file}[saveAs]
        Should Contain    ${page}    ${user}
    END


*** Keywords ***
Open Page With Files
    [Documentation]    Opens the anonymous session on a page with a file input and an export link.
    Open Anonymous Session
    Go To    /lab/toolbox

File Mode Should Be
    [Documentation]    Fails unless ${path} has the permission bits ${mode} (e.g. 0o600).
    [Arguments]    ${path}    ${mode}
    ${actual}=    Evaluate    oct(os.stat($path).st_mode & 0o777)
    Should Be Equal    ${actual}    ${mode}

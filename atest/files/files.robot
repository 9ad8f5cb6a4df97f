*** Settings ***
Documentation    Uploads and downloads per session: files chosen as a user would, downloads
...              fetched with the session's cookies, files saved owner-only under the output
...              folder, also two users at once; the portal's admin export, also by two
...              admins at once.

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
    ${file}=    Download    /account/dashboard    saveAs=dora-dashboard.html
    ${page}=    Get File    ${file}[saveAs]
    Should Contain    ${page}    dora
    Open Anonymous Session
    ${file}=    Download    /account/dashboard    saveAs=anonymous-dashboard.html
    ${page}=    Get File    ${file}[saveAs]
    Should Not Contain    ${page}    dora

Two Users Download At Once
    Create Active Accounts    eli    fay
    Open Account Session    eli    ${USER PASSWORD}
    Open Account Session    fay    ${USER PASSWORD}
    ${files}=    Run In Sessions Concurrently    account_eli, account_fay
    ...    SYNC
    ...    AND    Download    /account/dashboard    saveAs={session}.html
    FOR    ${file}    ${user}    IN ZIP    ${files}    ${{ ['eli', 'fay'] }}
        ${page}=    Get File    ${file}[saveAs]
        Should Contain    ${page}    ${user}
    END

Download Returns The Status And The Url It Ended At
    Create Active Accounts    gus
    Open Account Session    gus    ${USER PASSWORD}
    ${portal}=    Get Portal Url
    ${file}=    Download    /media/x.txt
    Should Be Equal    ${file}[status]    ${200}
    Should Be Equal    ${file}[url]    ${portal}/media/x.txt
    Should Be Equal    ${file}[suggestedFilename]    x.txt
    ${content}=    Get File    ${file}[saveAs]
    Should Be Equal    ${content}    x: a file only accounts may download\n

A Download Redirected To The Login Page Says So
    [Documentation]    LOG 3:1 INFO GLOB: [[]anonymous] Download '/media/x.txt': 200 from http://127.0.0.1:*/account/login?next=/media/x.txt (redirected from http://127.0.0.1:*/media/x.txt), saved as *
    Open Anonymous Session
    ${portal}=    Get Portal Url
    ${file}=    Download    /media/x.txt
    Should Be Equal    ${file}[status]    ${200}
    Should Be Equal    ${file}[url]    ${portal}/account/login?next=/media/x.txt
    Should Be Equal    ${file}[suggestedFilename]    login

A Download Without Following Redirects Fails On The Redirect Unless It Is Expected
    Open Anonymous Session
    ${portal}=    Get Portal Url
    Run Keyword And Expect Error
    ...    Download '/media/x.txt' in session 'anonymous' got status 302 (a redirect to /account/login?next=/media/x.txt, not followed) from ${portal}/media/x.txt, not a 2xx status, so nothing was saved; give expected_status=any to save whatever the server answers.
    ...    Download    /media/x.txt    follow_redirects=False
    ${redirect}=    Download    /media/x.txt    expected_status=302    follow_redirects=False
    Should Be Equal    ${redirect}[status]    ${302}
    Should Be Equal    ${redirect}[url]    ${portal}/media/x.txt

A Download That Ends At An Error Fails Naming The Url Asked And Where It Ended
    Create Active Accounts    hal
    Open Account Session    hal    ${USER PASSWORD}
    ${portal}=    Get Portal Url
    Run Keyword And Expect Error
    ...    Download '/media/moved.txt' in session 'account_hal' got status 404 from ${portal}/media/gone.txt (redirected from ${portal}/media/moved.txt), not a 2xx status, so nothing was saved; give expected_status=any to save whatever the server answers.
    ...    Download    /media/moved.txt    saveAs=never.html
    File Should Not Exist    ${OUTPUT DIR}/parallel-sessions/downloads/never.html
    Run Keyword And Expect Error
    ...    Download '/media/x.txt' in session 'account_hal' got status 200 from ${portal}/media/x.txt, expected 201, so nothing was saved; give expected_status=any to save whatever the server answers.
    ...    Download    /media/x.txt    expected_status=201
    ${gone}=    Download    /media/moved.txt    expected_status=any    saveAs=gone.html
    Should Be Equal    ${gone}[status]    ${404}
    File Should Exist    ${gone}[saveAs]
    ${also}=    Download    /media/moved.txt    expected_status=404
    Should Be Equal    ${also}[url]    ${portal}/media/gone.txt
    Run Keyword And Expect Error
    ...    Download '/media/x.txt' in session 'account_hal': invalid expected_status 'often'; give an HTTP status from 100 to 599 such as 201 or 404, or 'any' to accept every status.
    ...    Download    /media/x.txt    expected_status=often

The Admin Export Is A Download With The Accounts
    Create Active Accounts    vic
    Open Admin Session
    ${file}=    Click And Wait For Download    \#export
    Should Be Equal    ${file}[suggestedFilename]    accounts.csv
    ${csv}=    Get File    ${file}[saveAs]
    Should Contain    ${csv}    vic,Active
    ${direct}=    Download    /admin/accounts/export    saveAs=direct.csv
    Should Be Equal    ${direct}[suggestedFilename]    accounts.csv

Two Admins Download The Export At Once
    Open Admin Session
    Open Session    admin    id=second_admin
    ${files}=    Run In Sessions Concurrently    admin, second_admin
    ...    Go To    /admin/dashboard
    ...    AND    SYNC
    ...    AND    Click And Wait For Download    \#export    save_as={session}.csv
    FOR    ${file}    IN    @{files}
        File Should Not Be Empty    ${file}[saveAs]
    END

A Download Stays In Its Folder Unless Told Otherwise
    [Documentation]    A relative saveAs may not climb out of the downloads folder, and a missing
    ...    folder is an error, not created (issue 20).
    Open Account Session    dora    ${USER PASSWORD}
    Run Keyword And Expect Error
    ...    *Invalid saveAs '../../../escaped.html': a relative path is inside the downloads folder *, and this one leaves it; give a name inside it, or an absolute path to save the file elsewhere on purpose.
    ...    Download    /account/dashboard    saveAs=../../../escaped.html
    File Should Not Exist    ${OUTPUT DIR}/../escaped.html
    Run Keyword And Expect Error
    ...    *Invalid saveAs '${OUTPUT DIR}${/}no-such-folder${/}x.html': the folder ${OUTPUT DIR}${/}no-such-folder does not exist; create it first*
    ...    Download    /account/dashboard    saveAs=${OUTPUT DIR}${/}no-such-folder${/}x.html
    Directory Should Not Exist    ${OUTPUT DIR}/no-such-folder


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

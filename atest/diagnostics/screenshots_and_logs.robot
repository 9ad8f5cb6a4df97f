*** Settings ***
Documentation    Take Screenshot embeds the image in the log and returns its path, and every
...              log line of a keyword names its session. (Take Screenshots Of All Sessions and
...              Log Sessions are run by the evidence probe, atest/_probes/evidence/.)

Resource         ../resources/common.resource

Suite Setup      Use Fresh Demo Portal With Accounts    pia
Test Setup       Open Account Session    pia    ${USER PASSWORD}
Test Teardown    Close All Sessions


*** Test Cases ***
Take Screenshot Embeds The Image And Returns Its Path
    ${path}=    Take Screenshot
    File Should Exist    ${path}
    Should Match Regexp    ${path}    robotframework-browser-screenshot-\\d+\\.png$
    ${named}=    Take Screenshot    dashboard-of-pia    fullPage=True
    Should End With    ${named}    dashboard-of-pia.png
    File Should Exist    ${named}

Log Lines Name The Session
    [Documentation]    LOG 1:1 INFO [account_pia] Go To '/account/dashboard': HTTP 200
    ...    LOG 2:1 INFO [account_pia] Click 'id=preferences'
    Go To    /account/dashboard
    Click    id=preferences

A Screenshot Name Cannot Leave Its Folder
    Open Anonymous Session
    Run Keyword And Expect Error
    ...    Take Screenshot in session 'anonymous': filename '../../x' is not in the screenshot folder; give a name such as page-{index} (it goes to \${OUTPUT DIR}/browser/screenshot/), an absolute path, or EMBED.
    ...    Take Screenshot    ../../x

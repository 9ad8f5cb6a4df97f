*** Settings ***
Documentation    Evidence a tester looks at: a failing test with three sessions yields a
...              gallery that starts with the failing session, marked; an SVG timeline with
...              a lane per session and the failure marked; a video per session under
...              record_video=RETAIN_ON_FAILURE (set by the caller through
...              PARALLEL_SESSION_RECORD_VIDEO) and none for a passing test; and a summary of
...              each session's activity at the end of every test. A secret (PROBE_SECRET)
...              is typed with Fill Secret; the caller searches every output for it, and
...              for PROBE_VISIBLE, typed with Fill Text, as the positive control.

Resource         ../../resources/common.resource

Suite Setup      Use Fresh Demo Portal


*** Variables ***
${PID}       ${{ os.getpid() }}
${VIDEOS}    ${OUTPUT DIR}/parallel-sessions/videos


*** Test Cases ***
Three Sessions, One Fails
    [Documentation]    FAIL Element Text Should Be 'h1' 'Nope' failed in session 'account_zoe': Locator expected to have text 'Nope' (actual: 'Broken page')
    ...    LOG 10:1 INFO [account_zoe] Switched to the open session.
    ...    LOG 11:1 INFO [account_zoe] Go To '/broken': HTTP 200
    ...    LOG 12:2 INFO REGEXP: (?s)<b>Sessions at the failure</b><div class="ps-gallery".*?<figure class="ps-shot failing" data-session="account_zoe".*✕ Failed here</b> · account_zoe · role account · user zoe · http://[^<]*/broken.*<figure class="ps-shot" data-session="admin".*<figure class="ps-shot" data-session="anonymous".*<svg [^>]*class="ps-timeline" data-lanes="3".*<g class="failure" data-session="account_zoe">.*
    ...    LOG 12:3 INFO [account_zoe] console error: demo console error
    VAR    ${SECRET: Secret}=    %{PROBE_SECRET}    scope=SUITE
    Create Portal Account    zoe    ${USER PASSWORD}
    Open Admin Session
    Open Account Session    zoe    ${USER PASSWORD}
    Open Anonymous Session
    Go To    /account/login
    Fill Text    id=username    %{PROBE_VISIBLE}
    Fill Secret    id=password    ${SECRET}
    Run In Sessions Concurrently    admin, account_zoe, anonymous
    ...    Go To    /    AND    SYNC    AND    Get Title
    Open Account Session    zoe
    Go To    /broken
    Element Text Should Be    h1    Nope    timeout=200ms
    [Teardown]    Close All Sessions

The Failed Test Kept A Video Per Session, Named By Test, Process And Session
    ${files}=    List Files In Directory    ${VIDEOS}    Three_Sessions_One_Fails-${PID}-*.webm
    ${sessions}=    Evaluate    sorted(f.rsplit('-', 1)[1] for f in $files)
    Should Be Equal    ${sessions}    ${{ ['account_zoe.webm', 'admin.webm', 'anonymous.webm'] }}
    FOR    ${file}    IN    @{files}
        ${size}=    Get File Size    ${VIDEOS}/${file}
        Should Be True    ${size} > 1000
    END

A Passing Test Keeps No Video And Ends With The Session Activity
    [Documentation]    LOG 6 INFO REGEXP: (?s)<b>Session activity in this test</b><table class="ps-activity">.*<td[^>]*>quiet \\(role anonymous\\)</td><td[^>]*>2</td>.*/account/login.*<td[^>]*>\\d+</td>.*404 GET http://[^<]*/no/such/page.*
    Open Session    anonymous    id=quiet
    Go To    /account/login
    Go To    /no/such/page    expected_status=404
    Open Session    anonymous    id=other
    Go To    /
    [Teardown]    Close All Sessions

No Video Of The Passing Test Exists
    ${files}=    List Files In Directory    ${VIDEOS}    A_Passing_Test_Keeps_No_Video*-${PID}-*
    Should Be Empty    ${files}

A Session Recorded On Its Own Keeps Its Video In A Passing Test
    Open Session    anonymous    id=filmed    record_video=ON
    Go To    /
    [Teardown]    Close All Sessions

The Session Recorded On Its Own Kept Its Video
    File Should Exist    ${VIDEOS}/A_Session_Recorded_On_Its_Own_Keeps_Its_-${PID}-filmed.webm

A Secret Typed Where It Shows Deletes That Session's Video
    [Documentation]    FAIL REGEXP: Page Should Contain 'Not there' (failed|did not finish) in session 'typist'[:, ].*
    ...    LOG 5:2 INFO REGEXP: (?s)<b>Sessions at the failure</b>.*<figure class="ps-shot failing" data-session="typist".*
    ...    LOG 6 INFO [typist] Its video was deleted: a secret was typed into a field that shows its text (Fill Secret), so its frames would show it.
    Open Session    anonymous    id=typist
    Go To    /account/login
    Fill Secret    id=username    ${SECRET}
    Fill Text    id=password    %{PROBE_VISIBLE}
    Page Should Contain    Not there    timeout=100ms
    [Teardown]    Close All Sessions

No Video Of The Session Where The Secret Showed Exists
    ${files}=    List Files In Directory    ${VIDEOS}    *-${PID}-typist*
    Should Be Empty    ${files}
    ${raw}=    List Files In Directory    ${VIDEOS}/.recording
    Should Be Empty    ${raw}

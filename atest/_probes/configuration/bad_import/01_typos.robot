*** Settings ***
Documentation    Probe run by atest/configuration/import_arguments.robot: a typo in an import argument
...              or a PARALLEL_SESSION_* variable fails this suite's tests with the sentence
...              that names the setting, and the run goes on (see 02_still_runs.robot).

Library          OperatingSystem
Library          ParallelSessions    max_sessions=abc    AS    BadCap
Library          ParallelSessions    timeout=ten seconds    AS    BadTimeout
Library          ParallelSessions    screenshot_on_failure=sometimes    AS    BadScreenshots
Library          ParallelSessions    auto_closing=NEVER    AS    BadClosing
Library          ParallelSessions    browser_endpoint=http://127.0.0.1:9    AS    NotWs
Library          ParallelSessions    locale=!!!    AS    BadLocale
Library          ParallelSessions    login_state_dir=${CURDIR}/01_typos.robot    AS    FileAsFolder


*** Test Cases ***
A Word Where A Number Belongs
    [Documentation]    FAIL Invalid value 'abc' for import argument max_sessions: expected a whole number from 1 to 1000.
    BadCap.Open Session    anonymous

A Time Robot Cannot Read
    [Documentation]    FAIL Invalid value 'ten seconds' for import argument timeout: expected a positive time such as "10s", "1 min" or "500 ms".
    BadTimeout.Get Session Ids

A Mode That Does Not Exist
    [Documentation]    FAIL Invalid value 'sometimes' for import argument screenshot_on_failure: expected ALL or CURRENT or OFF.
    BadScreenshots.Open Anonymous Session

An Auto Closing Level That Does Not Exist
    [Documentation]    FAIL Invalid value 'NEVER' for import argument auto_closing: expected TEST or SUITE or MANUAL.
    BadClosing.Log Sessions

A Bad Environment Variable
    [Documentation]    FAIL Invalid value 'many' for environment variable PARALLEL_SESSION_MAX: expected a whole number from 1 to 1000.
    Set Environment Variable    PARALLEL_SESSION_MAX    many
    Import Library    ParallelSessions    locale=en-GB    AS    BadEnvironment
    Remove Environment Variable    PARALLEL_SESSION_MAX
    BadEnvironment.Open Session    anonymous

An Endpoint That Is Not A ws Address
    [Documentation]    FAIL Invalid value 'http://127.0.0.1:9' for import argument browser_endpoint: expected a ws:// or wss:// address of a Playwright browser server.
    NotWs.Open Session    anonymous

A Locale That Is No Language Tag
    [Documentation]    FAIL Invalid value '!!!' for import argument locale: expected a language tag such as en-US, de-DE or fi.
    BadLocale.Open Session    anonymous

A Login State Folder That Is A File
    [Documentation]    FAIL GLOB: Invalid value '*01_typos.robot' for import argument login_state_dir: expected a folder that exists or can be made, but that path is a file.
    FileAsFolder.Open Session    anonymous

*** Settings ***
Documentation    Probe run by atest/configuration/import_arguments.robot: a bad prewarm value, as an import
...              argument or as PARALLEL_SESSION_PREWARM, fails with a sentence naming it.

Library          OperatingSystem
Library          ParallelSessions    prewarm=lots    AS    BadPrewarm


*** Test Cases ***
A Word Where A Number Belongs
    [Documentation]    FAIL Invalid value 'lots' for import argument prewarm: expected a whole number from 0 to 20.
    BadPrewarm.Open Session    anonymous

A Negative Number From The Environment
    [Documentation]    FAIL Invalid value '-1' for environment variable PARALLEL_SESSION_PREWARM: expected a whole number from 0 to 20.
    Set Environment Variable    PARALLEL_SESSION_PREWARM    -1
    Import Library    ParallelSessions    locale=en-GB    AS    EnvPrewarm
    Remove Environment Variable    PARALLEL_SESSION_PREWARM
    EnvPrewarm.Wait For Prewarmed Sessions

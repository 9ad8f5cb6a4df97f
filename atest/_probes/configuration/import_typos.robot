*** Settings ***
Documentation    Probe run by atest/configuration/bad_input.robot: a mistyped import argument name
...              or a value without a name is named in a sentence, instead of Robot's import
...              error that leaves every keyword "not found" (issue 20).

Library          ParallelSessions    max_session=5    AS    Mistyped
Library          ParallelSessions    5    AS    Unnamed


*** Test Cases ***
A Mistyped Argument Name Lists The Valid Ones
    [Documentation]    FAIL GLOB: Unknown setting max_session; valid settings are *, max_sessions, *
    Mistyped.Set Base Url    http://127.0.0.1:9

A Value Without A Name
    [Documentation]    FAIL Import arguments need a name: got '5'; write name=value, e.g. max_sessions=5 (see Configuration).
    Unnamed.Set Base Url    http://127.0.0.1:9

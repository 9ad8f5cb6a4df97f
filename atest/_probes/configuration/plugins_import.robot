*** Settings ***
Documentation    Probe run by atest/configuration/plugins.robot: a bad plugin is reported as an error
...              at import and fails every keyword of its library instance with a sentence
...              naming what was wrong and what is valid; other instances work as usual. Every
...              instance has its own name here, so every keyword is called by its full name.

Library          OperatingSystem
Library          ParallelSessions    plugins=NoSuchPlugin    AS    Missing
Library          ParallelSessions    plugins=DemoPlugin.NoSuchClass    AS    NoClass
Library          ParallelSessions    plugins=Clashing    AS    NotAComponent
Library          ParallelSessions    plugins=robot.api    AS    NoComponents
Library          ParallelSessions    plugins=ParallelSessions.keywords.waiting.WaitingKeywords
...              AS    Clash
Library          ParallelSessions    plugins=DemoPlugin, DemoPlugin.DemoPlugin    AS    Twice
Library          ParallelSessions    plugins=${CURDIR}/no_such_plugin.py    AS    NoFile
Library          ParallelSessions    plugins=LabelledText;h1;label=a=b    AS    TwoEquals
Library          ParallelSessions    plugins=LabelledText;h1;Heading;extra    AS    TooMany
Library          ParallelSessions    plugins=LabelledText    AS    MissingArgument
Library          ParallelSessions    plugins=DemoPlugin    AS    Good
Library          ParallelSessions    plugins=${CURDIR}/../../resources/DemoPlugin.py    AS    ByPath
Library          ParallelSessions    plugins=${CURDIR}/../../resources/LabelledText.py;h1, DemoPlugin
...              AS    ByPathWithArguments


*** Test Cases ***
A Module That Does Not Exist
    [Documentation]    FAIL Plugin 'NoSuchPlugin' could not be imported: No module named 'NoSuchPlugin'; give plugins as module names, module.Class names or paths of .py files, separated by commas; each names a subclass of ParallelSessions.LibraryComponent (a module: every one defined in it).
    Missing.Open Session    anonymous

A Class The Module Does Not Have
    [Documentation]    FAIL Plugin 'DemoPlugin.NoSuchClass' could not be imported: Module 'DemoPlugin' does not contain 'NoSuchClass'; give plugins as module names, module.Class names or paths of .py files, separated by commas; each names a subclass of ParallelSessions.LibraryComponent (a module: every one defined in it).
    NoClass.Get Session Ids

A Class That Is Not A LibraryComponent
    [Documentation]    FAIL Plugin 'Clashing' is not a subclass of ParallelSessions.LibraryComponent; give plugins as module names, module.Class names or paths of .py files, separated by commas; each names a subclass of ParallelSessions.LibraryComponent (a module: every one defined in it).
    NotAComponent.Get Session Ids

A Module Without Plugin Classes
    [Documentation]    FAIL Plugin module 'robot.api' defines no subclass of ParallelSessions.LibraryComponent; give plugins as module names, module.Class names or paths of .py files, separated by commas; each names a subclass of ParallelSessions.LibraryComponent (a module: every one defined in it).
    NoComponents.Get Session Ids

A Keyword Name The Library Has
    [Documentation]    FAIL Plugin ParallelSessions.keywords.waiting.WaitingKeywords has keyword 'Element Should Be Visible', which is already a ParallelSessions keyword; rename it, e.g. @keyword("My Element Should Be Visible").
    Clash.Get Session Ids

The Same Plugin Twice
    [Documentation]    FAIL Plugin DemoPlugin.DemoPlugin has keyword 'Count Cookies', which is already a keyword of plugin DemoPlugin.DemoPlugin; rename it, e.g. @keyword("My Count Cookies").
    Twice.Get Session Ids

A File That Does Not Exist
    [Documentation]    FAIL GLOB: Plugin '*/no_such_plugin.py' could not be imported: File or directory does not exist; give plugins as *
    NoFile.Get Session Ids

An Argument With Two Equals Signs
    [Documentation]    FAIL Plugin 'LabelledText' argument 2 has more than one '=': write a positional argument without '=' and a named one as name=value, separated by ';'.
    TwoEquals.Get Session Ids

More Arguments Than The Plugin Takes
    [Documentation]    FAIL Plugin LabelledText.LabelledText failed to start: TypeError: LabelledText.__init__() takes from 3 to 4 positional arguments but 5 were given
    TooMany.Get Session Ids

An Argument The Plugin Needs Is Missing
    [Documentation]    FAIL Plugin LabelledText.LabelledText failed to start: TypeError: LabelledText.__init__() missing 1 required positional argument: 'selector'
    MissingArgument.Get Session Ids

A Good Plugin Beside The Bad Ones Works
    ${ids}=    Good.Get Session Ids
    Should Be Empty    ${ids}
    Keyword Should Exist    Good.Get Heading

A Plugin Given As A Path To Its File
    Keyword Should Exist    ByPath.Get Heading
    Keyword Should Exist    ByPath.Count Cookies

A Plugin Given As A Path With Arguments, Beside Another Plugin
    Keyword Should Exist    ByPathWithArguments.Get Labelled Text
    Keyword Should Exist    ByPathWithArguments.Get Heading

A Plugin Given By The Environment
    Set Environment Variable    PARALLEL_SESSION_PLUGINS    DemoPlugin.DemoPlugin
    Import Library    ParallelSessions    locale=en-GB    AS    ByEnvironment
    Keyword Should Exist    ByEnvironment.Count Cookies
    [Teardown]    Remove Environment Variable    PARALLEL_SESSION_PLUGINS

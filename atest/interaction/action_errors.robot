*** Settings ***
Documentation    An action that cannot happen fails with Playwright's reason in one sentence:
...              the element is not enabled, another element covers it, the selector matches
...              many elements.

Resource         ../resources/form_lab.resource

Suite Setup      Use Fresh Demo Portal
Test Setup       Open Form Lab
Test Teardown    Close All Sessions


*** Test Cases ***
Clicking A Disabled Button Says It Is Not Enabled
    Run Keyword And Expect Error
    ...    EQUALS:Click '#save' failed in session 'anonymous': Timeout 1000ms exceeded. (the element is not enabled)
    ...    Click    \#save    timeout=1s
    Fill Text    id=email    ada@example.com
    Click    \#save    timeout=1s
    Get Text    .status    ==    Active

Clicking A Covered Button Names What Covers It
    Run Keyword And Expect Error
    ...    EQUALS:Click '#upload' failed in session 'anonymous': Timeout 1000ms exceeded. (another element covers it: <div id="overlay">Uploads are paused</div>)
    ...    Click    \#upload    timeout=1s

A Selector Matching Many Elements Lists The First Five
    Run Keyword And Expect Error
    ...    EQUALS:Click 'a.item' failed in session 'anonymous': strict mode violation: locator("a.item") resolved to 27 elements: 1) <a class="item" href="#topic-1">Topic 1</a> aka get_by_role("link", name="Topic 1", exact=True); 2) <a class="item" href="#topic-2">Topic 2</a> aka get_by_role("link", name="Topic 2", exact=True); 3) <a class="item" href="#topic-3">Topic 3</a> aka get_by_role("link", name="Topic 3"); 4) <a class="item" href="#topic-4">Topic 4</a> aka get_by_role("link", name="Topic 4"); 5) <a class="item" href="#topic-5">Topic 5</a> aka get_by_role("link", name="Topic 5"); and 22 more. Make the selector match one element, for example with >> nth=0 or a more specific selector.
    ...    Click    a.item    timeout=1s
    Click    a.item >> nth=0    timeout=1s
    Get Url    $=    /lab/forms#topic-1

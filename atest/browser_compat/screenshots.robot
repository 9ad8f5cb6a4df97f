*** Settings ***
Documentation    Take Screenshot with the Browser library's arguments, called as a Browser suite
...              calls it: file names with {index}, EMBED and UUID, an element, the full page,
...              a crop, jpeg, masks, and what it returns. Files are owner-only and fields a
...              secret was typed into stay masked whatever the arguments.

Resource         ../resources/common.resource
Library          ../resources/Pixels.py

Suite Setup      Use Fresh Demo Portal
Test Setup       Open Geometry Lab
Test Teardown    Close All Sessions


*** Variables ***
${LAB}            /lab/geometry
${FOLDER}         ${OUTPUT DIR}${/}browser${/}screenshot
# Playwright paints masked elements in this colour unless told another.
${MASK COLOUR}    \#ff00ff
${BOX COLOUR}     \#2060c0


*** Test Cases ***
The Default File Name Counts Up In Browser's Folder
    ${first}=    Take Screenshot
    Should Match Regexp    ${first}    robotframework-browser-screenshot-\\d+\\.png$
    Should Be Equal    ${{ os.path.dirname($first) }}    ${FOLDER}
    ${index}=    Evaluate    int(re.search(r'-(\\d+)\\.png$', $first).group(1))
    ${second}=    Take Screenshot
    Should End With    ${second}    robotframework-browser-screenshot-${{ $index + 1 }}.png
    Image Size Should Be    ${second}    1280    720
    Owner Only    ${first}
    Owner Only    ${FOLDER}

A Named File, An Index Of Its Own, A UUID And An Absolute Path
    ${named}=    Take Screenshot    approved-state
    Should Be Equal    ${named}    ${FOLDER}${/}approved-state.png
    Remove Files    ${FOLDER}${/}lab-*.png
    ${indexed}=    Take Screenshot    lab-{index}
    Should Be Equal    ${indexed}    ${FOLDER}${/}lab-1.png
    ${indexed}=    Take Screenshot    lab-{index}
    Should Be Equal    ${indexed}    ${FOLDER}${/}lab-2.png
    Remove File    ${FOLDER}${/}lab-1.png
    ${indexed}=    Take Screenshot    lab-{index}
    Should Be Equal    ${indexed}    ${FOLDER}${/}lab-1.png    msg=the smallest free index
    ${unique}=    Take Screenshot    UUID
    Should Match Regexp    ${unique}    [0-9a-f]{32}\\.png$
    ${elsewhere}=    Take Screenshot    ${OUTPUT DIR}${/}elsewhere${/}shot.png
    Should Be Equal    ${elsewhere}    ${OUTPUT DIR}${/}elsewhere${/}shot.png
    File Should Exist    ${elsewhere}
    Owner Only    ${elsewhere}
    Owner Only    ${OUTPUT DIR}${/}elsewhere

An Element, The Full Page And A Crop
    ${element}=    Take Screenshot    selector=id=box
    Image Size Should Be    ${element}    200    80
    ${colour}=    Get Pixel Colour    ${element}    100    40
    Should Be Equal    ${colour}    ${BOX COLOUR}
    ${full}=    Take Screenshot    fullPage=True
    Image Size Should Be    ${full}    1500    3000
    ${box}=    Get BoundingBox    id=box
    ${cropped}=    Take Screenshot    crop=${box}
    Image Size Should Be    ${cropped}    200    80
    ${css}=    Take Screenshot    selector=id=scroller    scale=css    disableAnimations=True
    Image Size Should Be    ${css}    300    200

A Jpeg Of Some Quality
    ${path}=    Take Screenshot    fileType=jpeg    quality=50
    Should End With    ${path}    .jpeg
    ${start}=    Evaluate    open($path, 'rb').read(2)
    Should Be Equal    ${start}    ${{ b'\xff\xd8' }}

Masks Paint Over Elements
    ${path}=    Take Screenshot    mask=id=box
    ${colour}=    Get Pixel Colour    ${path}    200    90
    Should Be Equal    ${colour}    ${MASK COLOUR}
    ${path}=    Take Screenshot    mask=${{ ['id=box', 'id=scroller'] }}    maskColor=\#00ff00
    ${colour}=    Get Pixel Colour    ${path}    200    90
    Should Be Equal    ${colour}    \#00ff00
    ${colour}=    Get Pixel Colour    ${path}    550    150
    Should Be Equal    ${colour}    \#00ff00
    ${path}=    Take Screenshot
    ${colour}=    Get Pixel Colour    ${path}    200    90
    Should Be Equal    ${colour}    ${BOX COLOUR}    msg=positive control: no mask without mask=

EMBED Puts The Image In The Log And Saves No File
    [Documentation]    LOG 2:2 INFO REGEXP: \\[anonymous\\] <img src="data:image/png;base64,iVBOR[^"]+" width="800px">
    ${before}=    Count Files In Directory    ${FOLDER}
    ${result}=    Take Screenshot    EMBED
    Should Be Equal    ${result}    EMBED
    ${result}=    Take Screenshot    ${None}
    Should Be Equal    ${result}    EMBED
    ${after}=    Count Files In Directory    ${FOLDER}
    Should Be Equal    ${after}    ${before}

What It Returns
    ${path}=    Take Screenshot    return_as=path
    Should Be True    isinstance($path, pathlib.Path) and $path.is_file()
    ${data}=    Take Screenshot    EMBED    log_screenshot=False    return_as=bytes
    Should Be True    $data.startswith(b'\\x89PNG')
    ${encoded}=    Take Screenshot    selector=id=box    return_as=base64    log_screenshot=False
    Should Be True    base64.b64decode($encoded).startswith(b'\\x89PNG')
    ${data}=    Take Screenshot    selector=id=box    log_screenshot=False    return_as=bytes
    Should Be Equal    ${{ struct.unpack('>II', $data[16:24]) }}    ${{ (200, 80) }}

A Highlighted Element
    ${plain}=    Take Screenshot    selector=id=box
    ${highlighted}=    Take Screenshot    selector=id=box    highlight_selector=id=box
    ${before}=    Evaluate    open($plain, 'rb').read()
    ${after}=    Evaluate    open($highlighted, 'rb').read()
    Should Not Be Equal    ${before}    ${after}
    ${again}=    Take Screenshot    selector=id=box
    Should Be Equal    ${{ open($again, 'rb').read() }}    ${before}    msg=the highlight is gone afterwards

A Secret Stays Masked Whatever The Arguments
    Set Environment Variable    MASKED_SECRET    masked-value-123
    VAR    ${secret: Secret}=    %{MASKED_SECRET}
    Go To    /account/login
    Fill Secret    id=username    ${secret}
    ${box}=    Get BoundingBox    id=username
    ${x}=    Evaluate    int($box['x'] + $box['width'] / 2)
    ${y}=    Evaluate    int($box['y'] + $box['height'] / 2)
    ${path}=    Take Screenshot    mask=id=password    maskColor=\#00ff00
    ${colour}=    Get Pixel Colour    ${path}    ${x}    ${y}
    Should Be Equal    ${colour}    \#00ff00
    ${path}=    Take Screenshot    fullPage=True
    ${colour}=    Get Pixel Colour    ${path}    ${x}    ${y}
    Should Be Equal    ${colour}    ${MASK COLOUR}
    ${path}=    Take Screenshot    selector=id=username
    ${colour}=    Get Pixel Colour    ${path}    ${{ int($box['width'] / 2) }}    ${{ int($box['height'] / 2) }}
    Should Be Equal    ${colour}    ${MASK COLOUR}
    [Teardown]    Run Keywords    Remove Environment Variable    MASKED_SECRET
    ...    AND    Close All Sessions

Bad Arguments Say What Is Valid
    Run Keyword And Expect Error
    ...    Take Screenshot in session 'anonymous': filename '../../x' is not in the screenshot folder; give a name such as page-{index} (it goes to \${OUTPUT DIR}/browser/screenshot/), an absolute path, or EMBED.
    ...    Take Screenshot    ../../x
    Run Keyword And Expect Error
    ...    Take Screenshot in session 'anonymous': quality is unsupported for the png screenshots; give fileType=jpeg with quality, or leave quality out.
    ...    Take Screenshot    quality=50
    Run Keyword And Expect Error
    ...    Take Screenshot in session 'anonymous': crop works on a page screenshot only; leave selector out to crop the page, or crop out to take element 'id=box'.
    ...    Take Screenshot    selector=id=box    crop={'x': 0, 'y': 0, 'width': 10, 'height': 10}
    Run Keyword And Expect Error
    ...    Take Screenshot in session 'anonymous': invalid crop {'x': 0}; give a dictionary of numbers x, y, width and height, as Get BoundingBox returns.
    ...    Take Screenshot    crop={'x': 0}


*** Keywords ***
Open Geometry Lab
    [Documentation]    A fresh anonymous session on /lab/geometry.
    Open Anonymous Session
    Go To    ${LAB}

Image Size Should Be
    [Documentation]    The PNG at ${path} is ${width} x ${height} pixels.
    [Arguments]    ${path}    ${width}    ${height}
    ${size}=    Evaluate    struct.unpack('>II', open($path, 'rb').read()[16:24])
    Should Be Equal    ${size}    ${{ (int($width), int($height)) }}

Owner Only
    [Documentation]    ${path} is readable by its owner only (0600 files, 0700 folders).
    [Arguments]    ${path}
    ${mode}=    Evaluate    stat.S_IMODE(os.stat($path).st_mode)
    ${expected}=    Evaluate    0o700 if os.path.isdir($path) else 0o600
    Should Be Equal    ${mode}    ${expected}

"""/lab/geometry: elements of known size and place, for the geometry keywords.

Every number is fixed here (no margins, no scroll bars), so a suite can assert it
exactly (atest/browser_compat/geometry.robot):

- ``#box``: 200 x 80 pixels at x 100, y 50 of the page;
- ``#scroller``: a 300 x 200 area at x 400, y 50 whose content (``#content``) is
  1200 x 900, so it scrolls 900 pixels across and 700 down;
- ``#hidden``: an element that is not displayed (no bounding box);
- the page itself: 1500 x 3000 (``#long``), longer and wider than any viewport
  the suites use.
"""

WIDTH, HEIGHT = 1500, 3000

STYLE = f"""
html {{ scrollbar-width: none; }}
html, body {{ margin: 0; padding: 0; }}
#long {{ position: absolute; left: 0; top: 0; width: {WIDTH}px; height: {HEIGHT}px; }}
#box {{ position: absolute; left: 100px; top: 50px; width: 200px; height: 80px;
        background: #2060c0; }}
#scroller {{ position: absolute; left: 400px; top: 50px; width: 300px; height: 200px;
             overflow: auto; scrollbar-width: none; background: #eee; }}
#content {{ width: 1200px; height: 900px;
            background: linear-gradient(135deg, #fc6 0%, #c36 100%); }}
#hidden {{ display: none; }}
#end {{ position: absolute; left: 0; top: {HEIGHT - 20}px; height: 20px; margin: 0; }}
"""

BODY = """<div id="long"></div>
<div id="box">box</div>
<div id="scroller"><div id="content">content</div></div>
<div id="hidden">hidden</div>
<p id="end">end of page</p>"""


def page():
    return ("<!doctype html><html><head><meta charset=\"utf-8\"><title>Geometry</title>"
            f"<style>{STYLE}</style></head><body>{BODY}</body></html>")

"""/lab/elements: what the element, style and table keywords read (atest/browser_compat/).

Styled elements whose computed styles are known (a ``::before`` too), a list whose
items have classes, form fields with a label, a placeholder and a test id, ARIA
roles (headings, buttons, a checkbox), a table with a header and a footer, and an
iframe with a list and a button inside. ``#add`` adds a fruit after a moment, so a
test can see a keyword wait for it; ``#counter`` counts its clicks.
"""

FRAME = ("<ul id=inner><li class=item>one</li><li class=item>two</li>"
         "<li class=item>three</li></ul><button id=inside onclick=\"this.textContent="
         "'pressed'\">Inside</button>")

STYLE = """
#banana { color: rgb(255, 215, 0); font-size: 20px; display: block; }
#banana::before { content: "ripe: "; color: rgb(0, 128, 0); }
.fruit { margin: 0; }
.ripe { font-weight: 700; }
table#stock td, table#stock th { padding: 2px 8px; }
"""

BODY = f"""<h1>Elements lab</h1>
<p id="banana" class="fruit ripe" title="A yellow fruit" data-kind="berry">Banana</p>
<ul id="fruits">
  <li class="fruit">Apple</li>
  <li class="fruit ripe">Banana</li>
  <li class="fruit ripe">Cherry</li>
</ul>
<p><button id="add">Add fruit</button></p>
<h2>Sign up</h2>
<form id="signup" onsubmit="return false">
  <label for="email">Email</label>
  <input id="email" type="email" name="email" placeholder="name@example.com" required
    data-testid="email-field" value="ada@example.com">
  <label><input type="checkbox" id="subscribe"> Subscribe</label>
  <button id="save" type="submit" aria-pressed="false">Save</button>
  <img alt="Portal logo" title="Logo" width="16" height="16"
    src="data:image/gif;base64,R0lGODlhAQABAAAAACw=">
</form>
<p><button id="counter">Count</button> <span id="clicks">0</span></p>
<table id="stock">
  <thead><tr><th>Fruit</th><th>Price</th><th>Count</th></tr></thead>
  <tbody>
    <tr><td>Apple</td><td>0.50</td><td>10</td></tr>
    <tr><td>Banana</td><td>0.25</td><td>20</td></tr>
    <tr><td>Cherry</td><td>3.00</td><td>5</td></tr>
  </tbody>
  <tfoot><tr><td>Total</td><td></td><td>35</td></tr></tfoot>
</table>
<div id="box">not a table</div>
<iframe id="lab" srcdoc="{FRAME.replace('"', '&quot;')}"></iframe>
<script>
document.getElementById('add').onclick = () => setTimeout(() => {{
  const item = document.createElement('li');
  item.className = 'fruit late';
  item.textContent = 'Damson';
  document.getElementById('fruits').appendChild(item);
}}, 300);
document.getElementById('counter').onclick = () => {{
  const clicks = document.getElementById('clicks');
  clicks.textContent = String(Number(clicks.textContent) + 1);
}};
</script>"""


def page():
    return ("<!doctype html><html><head><meta charset=\"utf-8\"><title>Elements lab</title>"
            f"<style>{STYLE}</style></head><body>{BODY}</body></html>")

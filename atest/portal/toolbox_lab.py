"""/lab/toolbox: a page with what the toolbox keywords act on.

A hover menu, fields and a drop target whose scripts record what the user did
(window.events), a target=_blank link and a pop-up, frames (nested too), a file
input and an export link that downloads, and a confirm, an alert and a prompt.
"""

FRAME = ("<input id=name><p id=state>unsaved</p><button id=save onclick=\"state.textContent="
         "'saved ' + document.getElementById('name').value\">Save</button>")

BODY = f"""<h1>Toolbox</h1>
<nav><span id="menu">Account</span>
  <ul id="items" style="display:none"><li id="out">Sign out</li></ul></nav>
<p><input id="name" value="old"> <input id="mask"> <textarea id="notes"></textarea></p>
<div id="card" draggable="true">card</div><div id="done" style="height:60px">done</div>
<p><button id="button">button</button></p>
<p><a id="blank" target="_blank" href="/account/login">Log in</a>
  <button id="popup" onclick="window.open('/account/register', 'helper')">Register</button></p>
<iframe id="editor" srcdoc="{FRAME.replace('"', '&quot;')}"></iframe>
<iframe id="outer" srcdoc="<p id=where>outer</p><iframe id=inner srcdoc='<p id=where>inner</p>'></iframe>"></iframe>
<p><input type="file" id="files" multiple> <span id="chosen">none</span>
  <a id="export" download="audit.csv" href="data:text/csv,user;action%0Aada;login">Export</a></p>
<p><button id="revoke">Revoke</button> <button id="hello">Hello</button>
  <button id="ask">Ask</button> <span id="result">none</span></p>
<div style="height:3000px"></div><footer id="end">end</footer>
<script>
window.events = [];
const note = e => window.events.push(e);
menu.onmouseenter = () => {{ items.style.display = 'block'; note('hover'); }};
button.onclick = e => note('click ' + e.button + ' ' + e.detail + (e.shiftKey ? ' shift' : ''));
button.oncontextmenu = e => {{ e.preventDefault(); note('contextmenu'); }};
button.ondblclick = () => note('dblclick');
done.ondragover = e => e.preventDefault();
done.ondrop = () => note('dropped');
mask.onkeydown = e => note('key ' + e.key);
files.onchange = async () => {{
  const read = await Promise.all([...files.files].map(async f => f.name + ':' + (await f.text()).trim()));
  chosen.textContent = read.join(' ');
}};
revoke.onclick = () => {{ result.textContent = confirm('Revoke token ci-token?') ? 'revoked' : 'kept'; }};
hello.onclick = () => {{ alert('Saved'); result.textContent = 'alerted'; }};
ask.onclick = () => {{ result.textContent = 'answer: ' + prompt('Your name?', 'nobody'); }};
</script>"""


def page():
    return ("<!doctype html><html><head><meta charset=\"utf-8\"><title>Toolbox</title></head>"
            f"<body>{BODY}</body></html>")

"""/lab/waiting: elements that appear, disappear, enable and change later, a fetch, a
download and a file chooser, for the Browser library's waiting keywords and promises.

Each button starts its change after ?delay= ms (300 by default), in the page itself.
"""

from html import escape

PAGE = """<!doctype html><html><head><title>Waiting lab</title></head><body>
<h1>Waiting lab</h1>
<p><button id="show">Show</button> <button id="hide">Hide</button> <button id="enable">Enable</button>
  <button id="check">Check</button> <button id="finish">Finish</button> <button id="add">Add</button>
  <button id="focus">Focus</button> <button id="go">Go</button></p>
<p id="spinner">Loading...</p>
<p><input id="name" disabled> <input type="checkbox" id="agree"> <span id="status">Pending</span></p>
<ul id="items"><li class="item">item 1</li></ul>
<p><button id="fetch">Fetch</button> <span id="result">none</span></p>
<p><a id="export" download="report.csv" href="data:text/csv,user;action%0Aada;login">Export</a>
  <input type="file" id="upload" style="display:none"> <button id="choose">Choose file</button>
  <span id="chosen">none</span></p>
<script>
const DELAY = DELAY_MS;
const $ = id => document.getElementById(id);
const on = (id, f) => { $(id).onclick = () => setTimeout(f, DELAY); };
on('show', () => document.body.insertAdjacentHTML('beforeend', '<p id="later">Here now</p>'));
on('hide', () => $('spinner').remove());
on('enable', () => { $('name').disabled = false; });
on('check', () => { $('agree').checked = true; });
on('finish', () => { $('status').textContent = 'Done'; document.title = 'Waiting lab done'; window.finished = true; });
on('add', () => { for (const n of [2, 3]) $('items').insertAdjacentHTML('beforeend', `<li class="item">item ${n}</li>`); });
on('focus', () => $('name').focus());
on('go', () => { location.href = '/lab/waiting/next'; });
on('fetch', async () => {
  const response = await fetch('/lab/waiting/data?n=7', {method: 'POST', body: JSON.stringify({asked: 7})});
  $('result').textContent = (await response.json()).answer;
});
$('choose').onclick = () => $('upload').click();
$('upload').onchange = async () => {
  const file = $('upload').files[0];
  $('chosen').textContent = file.name + ':' + (await file.text()).trim();
};
</script></body></html>"""

NEXT = """<!doctype html><html><head><title>Next</title></head><body>
<h1 id="next">Arrived</h1></body></html>"""


def route(handler, method, path, query):
    """Serves /lab/waiting, /lab/waiting/next and /lab/waiting/data (JSON)."""
    if path == "/lab/waiting":
        try:
            delay = min(max(int(query.get("delay", ["300"])[0]), 0), 10000)
        except ValueError:
            delay = 300
        handler.only(method, "GET") and handler.html(200, PAGE.replace("DELAY_MS", str(delay)))
    elif path == "/lab/waiting/next":
        handler.only(method, "GET") and handler.html(200, NEXT)
    elif path == "/lab/waiting/data":
        if handler.only_json(method, "POST", "GET"):
            number = escape(query.get("n", ["0"])[0])
            asked = handler.json_body() if method == "POST" else None
            handler.json(200, {"answer": f"answer {number}", "asked": asked})
    else:
        handler.not_found(path)

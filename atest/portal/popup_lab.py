"""/lab/popups: pop-ups that close themselves (atest/toolbox/pages.robot).

- ``/lab/popups/task`` is a form like a Django admin change form: an assignee
  ``<select id="id_assignee">`` with a "+" link (``#add_id_assignee``) that opens
  ``/lab/popups/person/add?_popup=1`` in a pop-up window. Saving a person there
  (``input[name=_save]``) stores it and answers with a page that calls its
  opener's ``dismissAddRelatedObjectPopup``, which adds the person to the
  ``<select>``, selects it and closes the pop-up with ``window.close()``, as
  Django's does. Without an opener the pop-up just closes. Saving the task
  shows who it went to.
- ``/lab/popups/closer?key=K`` closes itself (``window.close()``) once
  ``/lab/popups/closer/close?key=K`` was requested, from any session: a page that
  closes while no keyword of its own session runs.

People saved and keys signalled are kept by the portal process.
"""

import html
import threading

_lock = threading.Lock()
_people = ["ada", "bob"]
_signalled = set()

TASK_SCRIPT = """
function showAddRelatedObjectPopup(link) {
  const win = window.open(link.href, 'id_assignee', 'height=500,width=800,resizable=yes');
  win.focus();
}
function dismissAddRelatedObjectPopup(win, newId, newRepr) {
  document.getElementById(win.name).add(new Option(newRepr, newId, true, true));
  win.close();
}
document.getElementById('add_id_assignee').addEventListener('click', event => {
  event.preventDefault();
  showAddRelatedObjectPopup(event.currentTarget);
});
"""

CLOSER_SCRIPT = """
const key = new URLSearchParams(location.search).get('key');
setInterval(async () => {
  const state = await fetch('/lab/popups/closer/state?key=' + encodeURIComponent(key));
  const answer = await state.text();
  if (answer === 'close') window.close();
}, 100);
"""


def _page(title, body):
    return (f'<!doctype html><html><head><meta charset="utf-8"><title>{title}</title></head>'
            f'<body>{body}</body></html>')


def task_page():
    with _lock:
        people = list(enumerate(_people, start=1))
    options = "".join(f'<option value="{number}">{html.escape(name)}</option>'
                      for number, name in people)
    return _page("Add task", f"""<h1>Add task</h1>
<form method="post" action="/lab/popups/task">
<p><label for="id_title">Title</label> <input id="id_title" name="title"></p>
<p><label for="id_assignee">Assignee</label>
<select id="id_assignee" name="assignee"><option value="">---------</option>{options}</select>
<a id="add_id_assignee" href="/lab/popups/person/add?_popup=1" title="Add another person">+</a></p>
<p><input type="submit" name="_save" value="Save"></p>
</form>
<script>{TASK_SCRIPT}</script>""")


def task_saved(form):
    with _lock:
        people = list(_people)
    number = form.get("assignee", "")
    assignee = people[int(number) - 1] if number.isdigit() and 0 < int(number) <= len(people) \
        else "nobody"
    return _page("Task saved", f'<p id="saved">Task {html.escape(form.get("title", ""))} '
                               f'assigned to {html.escape(assignee)}</p>')


def person_form():
    return _page("Add person", """<h1>Add person</h1>
<form method="post" action="/lab/popups/person/add?_popup=1">
<p><label for="id_name">Name</label> <input id="id_name" name="name"></p>
<p><input type="submit" name="_save" value="Save"></p>
</form>""")


def person_saved(name):
    with _lock:
        _people.append(name)
        number = len(_people)
    # Django's popup_response: the opener adds the new object and closes the pop-up.
    return _page("Saved", f"""<p>Saved {html.escape(name)}.</p>
<script>
if (window.opener && !window.opener.closed) {{
  window.opener.dismissAddRelatedObjectPopup(window, "{number}", {_js_string(name)});
}} else {{
  window.close();
}}
</script>""")


def _js_string(text):
    return '"' + "".join(c if c.isalnum() or c in " _-." else f"\\u{ord(c):04x}"
                         for c in text) + '"'


def route(h, method, path, query):
    """Serves /lab/popups/...; False for any other path."""
    key = query.get("key", [""])[0]
    if path == "/lab/popups/task":
        if h.only(method, "GET", "POST"):
            h.html(200, task_page() if method != "POST" else task_saved(h.form()))
    elif path == "/lab/popups/person/add":
        if h.only(method, "GET", "POST"):
            h.html(200, person_form() if method != "POST"
                   else person_saved(h.form().get("name", "").strip() or "unnamed"))
    elif path == "/lab/popups/closer":
        h.only(method, "GET") and h.html(200, _page("Closer", f"<p>Closes itself when told."
                                                               f"</p><script>{CLOSER_SCRIPT}"
                                                               f"</script>"))
    elif path == "/lab/popups/closer/close":
        if h.only(method, "GET"):
            with _lock:
                _signalled.add(key)
            h.html(200, _page("Closer", "<p id=told>Told it to close.</p>"))
    elif path == "/lab/popups/closer/state":
        if h.only(method, "GET"):
            with _lock:
                told = key in _signalled
            h.send(200, "close" if told else "open", "text/plain; charset=utf-8")
    else:
        return False
    return True

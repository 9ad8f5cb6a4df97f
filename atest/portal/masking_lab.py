"""/lab/masking: long texts and credentials for the log-masking suites (atest/secrets/).

- ``/lab/masking`` is a sign-in form that posts by ``fetch()``: ``username`` and
  ``password`` as a form body, and the value of the ``#key`` field as an
  ``X-Api-Key`` header, to ``/lab/masking/login``; ``#result`` shows the answer.
- ``/lab/masking/body?size=N`` answers ``{"data": "aaa..."}`` with N characters of
  data (at most 1,000,000): a large response body.
- ``/lab/masking/echo?...`` answers the length of its query as text, for a URL as
  long as the server takes (a request line of up to 65,536 characters).
"""

import json
from urllib.parse import parse_qs

MAX_SIZE = 1_000_000

SCRIPT = """
document.getElementById('send').addEventListener('click', async () => {
  const form = new URLSearchParams({username: document.getElementById('username').value,
                                    password: document.getElementById('password').value});
  const response = await fetch('/lab/masking/login', {method: 'POST', body: form,
    headers: {'X-Api-Key': document.getElementById('key').value}});
  document.getElementById('result').textContent = (await response.json()).result;
});
"""

PAGE = f"""<!doctype html>
<html><head><meta charset="utf-8"><title>Masking lab</title></head>
<body><h1>Masking lab</h1>
<p><label>Username <input id="username"></label>
  <label>Password <input type="password" id="password"></label>
  <label>API key <input id="key"></label>
  <button type="button" id="send">Sign in</button></p>
<p>Result: <span id="result">not sent</span></p>
<script>{SCRIPT}</script>
</body></html>"""


def route(handler, method, path, query):
    """Answers the lab's paths; False for a path it does not know."""
    if path == "/lab/masking":
        handler.only(method, "GET") and handler.html(200, PAGE)
    elif path == "/lab/masking/body":
        if handler.only(method, "GET"):
            try:
                size = min(max(int(query.get("size", ["0"])[0]), 0), MAX_SIZE)
            except ValueError:
                size = 0
            handler.json(200, {"data": "a" * size})
    elif path == "/lab/masking/echo":
        if handler.only(method, "GET"):
            length = len(handler.path.partition("?")[2])
            handler.send(200, f"{length} characters of query\n", "text/plain; charset=utf-8")
    elif path == "/lab/masking/login":
        if handler.only_json(method, "POST"):
            form = parse_qs(handler.body().decode("utf-8", "replace"))
            known = bool(form.get("password")) and bool(handler.headers.get("X-Api-Key"))
            handler.send(200, json.dumps({"result": "signed in" if known else "refused"}),
                         "application/json")
    else:
        return False
    return True

"""HTTP-level tests of the demo portal (atest/portal), no browser needed.

Portals are started with the same control code the Robot library uses.
"""

import http.cookiejar
import json
import os
import re
import sys
import threading
import urllib.error
import urllib.parse
import urllib.request

import pytest
from portal_control import load_control





control = load_control()


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


class Response:
    def __init__(self, status, headers, body):
        self.status, self.headers, self.body = status, headers, body

    @property
    def text(self):
        return self.body.decode("utf-8")

    def json(self):
        return json.loads(self.body)

    @property
    def location(self):
        return self.headers.get("Location")


class Client:
    """A cookie-keeping HTTP client that does not follow redirects."""

    def __init__(self, base):
        self.base = base
        self.jar = http.cookiejar.CookieJar()
        self.opener = urllib.request.build_opener(
            urllib.request.ProxyHandler({}), _NoRedirect(),
            urllib.request.HTTPCookieProcessor(self.jar))

    def request(self, method, path, form=None, json_body=None, headers=None):
        data, hdrs = None, dict(headers or {})
        if form is not None:
            data = urllib.parse.urlencode(form).encode()
            hdrs["Content-Type"] = "application/x-www-form-urlencoded"
        elif json_body is not None:
            data = json.dumps(json_body).encode()
            hdrs["Content-Type"] = "application/json"
        req = urllib.request.Request(self.base + path, data=data, method=method,
                                     headers=hdrs)
        try:
            with self.opener.open(req, timeout=15) as resp:
                return Response(resp.status, resp.headers, resp.read())
        except urllib.error.HTTPError as err:
            return Response(err.code, err.headers, err.read())

    def get(self, path, **kw):
        return self.request("GET", path, **kw)

    def post(self, path, **kw):
        return self.request("POST", path, **kw)

    def cookie(self, name):
        return next((c.value for c in self.jar if c.name == name), None)


def start(**kwargs):
    portal = control.PortalProcess(**kwargs)
    portal.start()
    return portal


@pytest.fixture(scope="module")
def correct():
    portal = start()
    yield portal.url
    portal.stop()


@pytest.fixture(scope="module")
def racy():
    portal = start(racy=True, race_window_ms=200)
    yield portal.url
    portal.stop()


_counter = iter(range(1, 10_000))


def unique(prefix):
    return f"{prefix}{os.getpid() % 1000}_{next(_counter)}"


def create_account(base, username, password="pw", status="Active"):
    resp = Client(base).post("/_test/accounts", json_body={
        "username": username, "password": password, "status": status})
    assert resp.status == 201, resp.text
    return username


def account_client(base, username, password="pw"):
    client = Client(base)
    resp = client.post("/account/login", form={"username": username,
                                               "password": password})
    assert resp.status == 303 and resp.location == "/account/dashboard", resp.text
    return client


def admin_client(base, username="admin", password="admin-pass"):
    client = Client(base)
    resp = client.post("/admin/login", form={"username": username,
                                             "password": password})
    assert resp.status == 303, resp.text
    return client


def new_token(client, name):
    resp = client.post("/account/tokens/new", form={"name": name})
    assert resp.status == 200, resp.text
    assert "<h1>Token created</h1>" in resp.text
    assert f'<span class="token-name">{name}</span>' in resp.text
    return re.search(r'<code class="token-value">([^<]+)</code>', resp.text).group(1)


def concurrently(count, func):
    barrier = threading.Barrier(count)
    results = [None] * count

    def run(i):
        barrier.wait()
        results[i] = func(i)

    threads = [threading.Thread(target=run, args=(i,)) for i in range(count)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(30)
    return results


def realm_count(base, name):
    resp = Client(base).get("/_test/realms?" + urllib.parse.urlencode({"name": name}))
    return resp.json()["count"]


# --- pages and admin ------------------------------------------------------

def test_home_and_diagnostic_pages(correct):
    client = Client(correct)
    home = client.get("/")
    assert home.status == 200
    assert "<title>Demo Portal</title>" in home.text
    for link in ("/admin/login", "/account/login", "/account/register"):
        assert f'href="{link}"' in home.text
    broken = client.get("/broken").text
    assert "<title>Broken page</title>" in broken
    assert "console.error('demo console error')" in broken
    assert "throw new Error('demo uncaught error')" in broken
    assert client.get("/slow?ms=50").status == 200
    assert client.get("/nope").status == 404


def test_anonymous_admin_is_redirected_to_login(correct):
    client = Client(correct)
    for path in ("/admin/dashboard", "/admin/accounts/pending", "/admin/whatever"):
        resp = client.get(path)
        assert resp.status == 303
        assert resp.location == f"/admin/login?next={path}"


def test_admin_login_failure(correct):
    client = Client(correct)
    page = client.get("/admin/login").text
    for selector in ('id="username"', 'id="password"', 'type="password"',
                     '<button type="submit">'):
        assert selector in page
    resp = client.post("/admin/login", form={"username": "admin", "password": "wrong"})
    assert resp.status == 200
    assert '<p class="error">Invalid username or password</p>' in resp.text
    assert client.cookie("admin_session") is None


def test_admin_login_success_and_next(correct):
    client = admin_client(correct)
    cookie = next(c for c in client.jar if c.name == "admin_session")
    assert cookie.path == "/" and cookie.has_nonstandard_attr("HttpOnly")
    page = client.get("/admin/dashboard").text
    assert "<h1>Admin dashboard</h1>" in page
    assert '<span class="admin-name">admin</span>' in page
    assert re.search(r'<span id="pending-count">\d+</span>', page)
    assert "localStorage.setItem" in page and "portal.role" in page

    other = Client(correct)
    resp = other.post("/admin/login?next=/admin/accounts/pending",
                      form={"username": "auditor", "password": "auditor-pass"})
    assert resp.location == "/admin/accounts/pending"
    resp = other.post("/admin/login?next=//evil.example/",
                      form={"username": "auditor", "password": "auditor-pass"})
    assert resp.location == "/admin/dashboard"
    resp = other.post("/admin/logout")
    assert resp.status == 303 and resp.location == "/admin/login"
    assert other.get("/admin/dashboard").status == 303


def test_register_pending_approve_active(correct):
    name = unique("reg")
    client = Client(correct)
    resp = client.post("/account/register", form={"username": name, "password": "pw"})
    assert resp.status == 303
    assert resp.location == f"/account/login?registered={name}"
    flash = client.get(resp.location).text
    assert f'<p class="flash">Account {name} registered; status Pending</p>' in flash

    user = account_client(correct, name)
    page = user.get("/account/dashboard").text
    assert "<h1>Dashboard</h1>" in page
    assert f'<span class="username">{name}</span>' in page
    assert '<span class="status">Pending</span>' in page
    refused = user.post("/account/realms", form={"name": unique("realm")})
    assert f'<p class="error">Account {name} is pending approval</p>' in refused.text

    admin = admin_client(correct)
    pending = admin.get("/admin/accounts/pending").text
    assert f'<tr data-username="{name}">' in pending
    assert f'action="/admin/accounts/{name}/approve"' in pending
    assert 'data-action="approve"' in pending

    resp = admin.post(f"/admin/accounts/{name}/approve")
    assert resp.status == 303
    page = admin.get(resp.location).text
    assert f'<p class="flash">Account {name} approved</p>' in page
    assert f'<tr data-username="{name}">' not in page

    again = admin.post(f"/admin/accounts/{name}/approve")
    page = admin.get(again.location).text
    assert f'<p class="error">Account {name} is not pending</p>' in page

    assert '<span class="status">Active</span>' in user.get("/account/dashboard").text
    accounts = admin.get("/admin/accounts").text
    assert re.search(rf'<tr data-username="{name}">.*?<td class="status">Active</td>',
                     accounts)


def test_empty_pending_list(correct):
    Client(correct).post("/_test/reset")
    page = admin_client(correct).get("/admin/accounts/pending").text
    assert '<p class="empty">No pending accounts</p>' in page


def test_approve_requires_admin(correct):
    name = create_account(correct, unique("apr"), status="Pending")
    user = account_client(correct, name)
    resp = user.post(f"/admin/accounts/{name}/approve")
    assert resp.status == 303 and resp.location.startswith("/admin/login")
    resp = Client(correct).post(f"/admin/accounts/{name}/approve")
    assert resp.status == 303 and resp.location.startswith("/admin/login")
    assert '<span class="status">Pending</span>' in user.get("/account/dashboard").text


def test_username_rules_and_uniqueness(correct):
    name = unique("dup")
    client = Client(correct)
    assert client.post("/account/register",
                       form={"username": name, "password": "pw"}).status == 303
    resp = client.post("/account/register", form={"username": name, "password": "x"})
    assert f'<p class="error">Username {name} is already taken</p>' in resp.text
    resp = client.post("/account/register", form={"username": "a b", "password": "x"})
    assert ("<p class=\"error\">Username must be 3-32 letters, digits, "
            "&#x27;.&#x27;, &#x27;_&#x27; or &#x27;-&#x27;</p>") in resp.text


def test_account_login_failure_and_protection(correct):
    client = Client(correct)
    resp = client.get("/account/realms")
    assert resp.status == 303 and resp.location == "/account/login?next=/account/realms"
    resp = client.post("/account/login", form={"username": "nobody", "password": "x"})
    assert resp.status == 200
    assert '<p class="error">Invalid username or password</p>' in resp.text


# --- realms ---------------------------------------------------------------

def test_realm_create_and_duplicate(correct):
    user = account_client(correct, create_account(correct, unique("rl")))
    realm = unique("realm")
    resp = user.post("/account/realms", form={"name": realm})
    assert resp.status == 303
    page = user.get(resp.location).text
    assert f'<p class="flash">Realm {realm} created</p>' in page
    assert f'<li class="realm" data-realm="{realm}">{realm}</li>' in page
    resp = user.post("/account/realms", form={"name": realm})
    assert resp.status == 409
    assert f'<p class="error">Realm {realm} already exists</p>' in resp.text


def test_correct_mode_concurrent_realms_exactly_one(correct):
    users = [account_client(correct, create_account(correct, unique("cc")))
             for _ in range(5)]
    realm = unique("shared")
    statuses = concurrently(5, lambda i: users[i].post(
        "/account/realms", form={"name": realm}).status)
    assert sorted(statuses) == [303, 409, 409, 409, 409]
    assert realm_count(correct, realm) == 1


def test_racy_mode_concurrent_realms_duplicate(racy):
    users = [account_client(racy, create_account(racy, unique("rc")))
             for _ in range(5)]
    Client(racy).request("DELETE", "/_test/arrivals")
    realm = unique("race")
    statuses = concurrently(5, lambda i: users[i].post(
        "/api/realms", json_body={"name": realm}).status)
    assert statuses.count(201) > 1
    assert realm_count(racy, realm) > 1
    arrivals = Client(racy).get("/_test/arrivals").json()["arrivals"]
    posts = [a for a in arrivals if a["path"] == "/api/realms"]
    assert len(posts) == 5 and len({a["session"] for a in posts}) == 5
    first_done = min(a["done_ms"] for a in posts)
    assert sum(a["t_ms"] < first_done for a in posts) > 1  # requests overlapped


def test_racy_mode_sequential_realms_single(racy):
    user = account_client(racy, create_account(racy, unique("rs")))
    realm = unique("seq")
    statuses = [user.post("/account/realms", form={"name": realm}).status
                for _ in range(3)]
    assert statuses == [303, 409, 409]
    assert realm_count(racy, realm) == 1


# --- tokens and API ---------------------------------------------------------

def test_tokens_and_api(correct):
    name = create_account(correct, unique("tk"))
    user = account_client(correct, name)
    secret = new_token(user, "ci")
    assert re.fullmatch(r"pst_[0-9a-f]{40}", secret)
    page = user.get("/account/tokens").text
    assert '<li class="token" data-token-name="ci">' in page
    assert secret[:6] in page and secret not in page
    dup = user.post("/account/tokens/new", form={"name": "ci"})
    assert '<p class="error">Token ci already exists</p>' in dup.text

    api = Client(correct)
    auth = {"Authorization": f"Bearer {secret}"}
    assert api.get("/api/me", headers=auth).json() == {"username": name,
                                                       "status": "Active"}
    tokens = api.get("/api/tokens", headers=auth).json()["tokens"]
    assert [(t["name"], t["prefix"]) for t in tokens] == [("ci", secret[:6])]
    assert secret not in api.get("/api/tokens", headers=auth).text

    realm = unique("api")
    resp = api.post("/api/realms", json_body={"name": realm}, headers=auth)
    assert resp.status == 201 and resp.json() == {"name": realm}
    resp = api.post("/api/realms", json_body={"name": realm}, headers=auth)
    assert resp.status == 409 and resp.json() == {"error": f"Realm {realm} already exists"}
    realms = api.get("/api/realms", headers=auth).json()["realms"]
    assert [r["name"] for r in realms] == [realm] and realms[0]["created_at"]


def test_api_requires_authentication(correct):
    client = Client(correct)
    for headers in ({}, {"Authorization": "Bearer pst_nonsense"}):
        resp = client.get("/api/me", headers=headers)
        assert resp.status == 401
        body = resp.json()
        assert list(body) == ["error"] and body["error"]


def test_api_accepts_account_cookie_and_refuses_pending(correct):
    name = create_account(correct, unique("ck"), status="Pending")
    user = account_client(correct, name)
    assert user.get("/api/me").json() == {"username": name, "status": "Pending"}
    resp = user.post("/api/realms", json_body={"name": unique("pend")})
    assert resp.status == 403
    assert resp.json() == {"error": f"Account {name} is pending approval"}


def test_session_logout(correct):
    user = account_client(correct, create_account(correct, unique("lo")))
    resp = user.post("/account/logout")
    assert resp.status == 303 and resp.location == "/account/login"
    assert user.get("/account/dashboard").status == 303


def test_arrivals_record_posts(correct):
    client = Client(correct)
    client.request("DELETE", "/_test/arrivals")
    client.post("/account/login", form={"username": "x", "password": "y"})
    client.get("/account/login")
    arrivals = client.get("/_test/arrivals").json()["arrivals"]
    assert [(a["method"], a["path"]) for a in arrivals] == [("POST", "/account/login")]
    assert arrivals[0]["t_ms"] <= arrivals[0]["done_ms"]
    assert client.post("/_test/accounts", json_body={
        "username": "bad name", "password": "x"}).status == 400


# --- process control ----------------------------------------------------------

def test_without_test_support_endpoints_are_404_and_stop_is_clean():
    portal = start(test_support=False)
    tmpdir = portal.tmpdir
    try:
        client = Client(portal.url)
        assert client.post("/_test/accounts", json_body={
            "username": "abc", "password": "x"}).status == 404
        assert client.post("/_test/reset").status == 404
        assert client.get("/_test/arrivals").status == 404
        assert client.get("/_test/realms?name=x").status == 404
        assert client.get("/").status == 200
    finally:
        returncode = portal.stop()
    assert returncode == 0
    assert not os.path.exists(tmpdir)


def test_server_exits_when_parent_stdin_closes():
    portal = start(test_support=False)
    proc = portal.process
    try:
        proc.stdin.close()
        assert proc.wait(timeout=5) == 0
    finally:
        portal.stop()


def test_startup_failure_reports_stderr(tmp_path):
    portal = control.PortalProcess(startup_timeout=10)
    portal.command = lambda: [sys.executable, "-c",
                              "import sys; sys.stderr.write('boom'); sys.exit(3)"]
    with pytest.raises(control.PortalError, match="(?s)status 3.*boom"):
        portal.start()
    assert not portal.running and portal.tmpdir is None

"""HTML rendering of the demo portal pages (the selector contract lives here)."""

import json
from html import escape
from urllib.parse import quote

CSS = """
*{box-sizing:border-box}
body{margin:0;font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;
color:#1f2933;background:#f5f7fa}
header{display:flex;align-items:center;gap:1.5rem;padding:.7rem 1.5rem;
background:#243b53;color:#fff}
header a{color:#d9e2ec;text-decoration:none}
header a:hover{color:#fff}
header .brand{font-weight:700;color:#fff}
header nav{display:flex;gap:1rem;align-items:center;flex:1}
header .who{margin-left:auto;display:flex;gap:.6rem;align-items:center}
header form{margin:0}
main{max-width:860px;margin:2rem auto;padding:1.5rem 2rem;background:#fff;
border-radius:8px;box-shadow:0 1px 3px rgba(0,0,0,.12)}
h1{margin-top:0;font-size:1.6rem}
label{display:block;margin:.6rem 0 .2rem;font-weight:600}
input[type=text],input[type=password]{width:100%;max-width:320px;padding:.45rem .6rem;
border:1px solid #bcccdc;border-radius:4px;font:inherit}
button,input[type=submit]{margin-top:.8rem;padding:.45rem 1rem;border:0;border-radius:4px;
background:#2680c2;color:#fff;font:inherit;cursor:pointer}
header input[type=submit]{margin:0;padding:.2rem .7rem;background:#486581}
table{border-collapse:collapse;width:100%}
th,td{text-align:left;padding:.45rem .6rem;border-bottom:1px solid #e4e7eb}
td button{margin:0}
td form{margin:0}
.error{padding:.6rem .9rem;border-radius:4px;background:#ffe3e3;color:#a61b1b}
.flash{padding:.6rem .9rem;border-radius:4px;background:#e3f9e5;color:#0e5814}
.empty{color:#627d98;font-style:italic}
code{background:#f0f4f8;padding:.1rem .35rem;border-radius:3px}
ul.items{padding-left:1.2rem}
"""


# With the cookie forms=fetch, POST forms submit through fetch() and swap the page,
# as single-page applications do, instead of a browser navigation. The
# concurrency benchmark compares both ways of submitting.
FETCH_FORMS = """<script>
if (document.cookie.split('; ').includes('forms=fetch')) {
  document.addEventListener('submit', async (event) => {
    const form = event.target;
    if ((form.method || '').toLowerCase() !== 'post') return;
    event.preventDefault();
    const response = await fetch(form.action, {method: 'POST',
                                               body: new URLSearchParams(new FormData(form))});
    const page = await response.text();
    history.pushState(null, '', response.url);
    document.open(); document.write(page); document.close();
  });
}
</script>"""


def e(value):
    return escape(str(value), quote=True)


def js(value):
    """A JavaScript string literal that is safe inside a <script> element."""
    return json.dumps(str(value)).replace("<", "\\u003c").replace(">", "\\u003e")


def layout(title, body, admin=None, account=None):
    links = ['<a href="/">Home</a>']
    who = []
    if admin:
        links += ['<a href="/admin/dashboard">Admin</a>',
                  '<a href="/admin/accounts/pending">Pending</a>',
                  '<a href="/admin/accounts">Accounts</a>']
        who.append(f'<span class="nav-admin">admin: {e(admin)}</span>'
                   '<form method="post" action="/admin/logout">'
                   '<input type="submit" class="logout" value="Log out"></form>')
    if account:
        links += ['<a href="/account/dashboard">Dashboard</a>',
                  '<a href="/account/realms">Realms</a>',
                  '<a href="/account/tokens">Tokens</a>']
        who.append(f'<span class="nav-user">{e(account)}</span>'
                   '<form method="post" action="/account/logout">'
                   '<input type="submit" class="logout" value="Log out"></form>')
    if not admin and not account:
        links += ['<a href="/admin/login">Admin login</a>',
                  '<a href="/account/login">Log in</a>',
                  '<a href="/account/register">Register</a>']
    return ("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
            "<link rel=\"icon\" href=\"data:,\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
            f"<title>{e(title)}</title><style>{CSS}</style>{FETCH_FORMS}</head><body>"
            "<header><a class=\"brand\" href=\"/\">Demo Portal</a>"
            f"<nav>{''.join(links)}</nav><div class=\"who\">{''.join(who)}</div>"
            f"</header><main>{body}</main></body></html>\n")


def message(error=None, flash=None):
    out = ""
    if flash:
        out += f'<p class="flash">{e(flash)}</p>'
    if error:
        out += f'<p class="error">{e(error)}</p>'
    return out


def home(**who):
    body = ("<h1>Demo Portal</h1><p>A small portal used as the system under test.</p>"
            '<ul class="items"><li><a href="/admin/login">Admin login</a></li>'
            '<li><a href="/account/login">Account login</a></li>'
            '<li><a href="/account/register">Register an account</a></li></ul>')
    return layout("Demo Portal", body, **who)


def credentials_form(action, button, username="", next_url=None):
    hidden = (f'<input type="hidden" name="next" value="{e(next_url)}">'
              if next_url else "")
    return (f'<form method="post" action="{e(action)}">{hidden}'
            '<label for="username">Username</label>'
            f'<input type="text" id="username" name="username" value="{e(username)}"'
            ' autocomplete="username" required>'
            '<label for="password">Password</label>'
            '<input type="password" id="password" name="password"'
            ' autocomplete="current-password" required>'
            f'<div><button type="submit">{e(button)}</button></div></form>')


def admin_login(error=None, flash=None, username="", next_url=None):
    body = ("<h1>Admin login</h1>" + message(error, flash)
            + credentials_form("/admin/login", "Log in", username, next_url))
    return layout("Admin login", body)


def admin_dashboard(admin, pending):
    body = ("<h1>Admin dashboard</h1>"
            f'<p>Logged in as <span class="admin-name">{e(admin)}</span>.</p>'
            f'<p>Pending accounts: <span id="pending-count">{pending}</span> '
            '(<a href="/admin/accounts/pending">review pending accounts</a>)</p>'
            '<p><a id="export" href="/admin/accounts/export">Export accounts (CSV)</a></p>'
            f'<script>localStorage.setItem({js("portal.role")}, {js("admin")});</script>')
    return layout("Admin dashboard", body, admin=admin)


def accounts_csv(rows):
    lines = ["username,status,created_at"] + [
        f'{r["username"]},{r["status"]},{r["created_at"]}' for r in rows]
    return "\n".join(lines) + "\n"


def pending_accounts(admin, rows, error=None, flash=None):
    if rows:
        trs = "".join(
            f'<tr data-username="{e(r["username"])}">'
            f'<td class="username">{e(r["username"])}</td>'
            f'<td class="registered">{e(r["created_at"])}</td>'
            f'<td><form method="post" action="/admin/accounts/{quote(r["username"])}/approve">'
            '<button type="submit" data-action="approve">Approve</button></form></td></tr>'
            for r in rows)
        table = ('<table id="pending-accounts"><thead><tr><th>Username</th>'
                 f'<th>Registered</th><th></th></tr></thead><tbody>{trs}</tbody></table>')
    else:
        table = '<p class="empty">No pending accounts</p>'
    body = "<h1>Pending accounts</h1>" + message(error, flash) + table
    return layout("Pending accounts", body, admin=admin)


def all_accounts(admin, rows):
    if rows:
        trs = "".join(
            f'<tr data-username="{e(r["username"])}">'
            f'<td class="username">{e(r["username"])}</td>'
            f'<td class="status">{e(r["status"])}</td>'
            f'<td class="registered">{e(r["created_at"])}</td>'
            f'<td class="approved-by">{e(r["approved_by"] or "")}</td></tr>'
            for r in rows)
        table = ('<table id="accounts"><thead><tr><th>Username</th><th>Status</th>'
                 '<th>Registered</th><th>Approved by</th></tr></thead>'
                 f'<tbody>{trs}</tbody></table>')
    else:
        table = '<p class="empty">No accounts</p>'
    return layout("Accounts", "<h1>Accounts</h1>" + table, admin=admin)


def register(error=None, username=""):
    body = ("<h1>Register</h1>" + message(error)
            + credentials_form("/account/register", "Register", username))
    return layout("Register", body)


def account_login(error=None, flash=None, username="", next_url=None):
    body = ("<h1>Log in</h1>" + message(error, flash)
            + credentials_form("/account/login", "Log in", username, next_url))
    return layout("Log in", body)


def account_dashboard(account):
    name = account["username"]
    body = ("<h1>Dashboard</h1>"
            f'<p>Signed in as <span class="username">{e(name)}</span>; '
            f'status <span class="status">{e(account["status"])}</span>.</p>'
            '<ul class="items"><li><a href="/account/realms">Realms</a></li>'
            '<li><a href="/account/tokens">API tokens</a></li>'
            '<li><a id="preferences" href="/account/preferences">Preferences</a></li></ul>'
            f'<script>localStorage.setItem({js("portal.user")}, {js(name)});</script>')
    return layout("Dashboard", body, account=name)


def preferences(account, prefs, languages, flash=None, error=None):
    options = "".join(
        f'<option value="{e(code)}"{" selected" if code == prefs["language"] else ""}>{e(label)}</option>'
        for code, label in languages.items())
    checked = " checked" if prefs["newsletter"] else ""
    body = ("<h1>Preferences</h1>" + message(error, flash)
            + '<form method="post" action="/account/preferences">'
            '<label for="language">Language</label>'
            f'<select id="language" name="language">{options}</select>'
            f'<label><input type="checkbox" id="newsletter" name="newsletter" value="yes"{checked}> '
            'Send me the newsletter</label>'
            '<div><button type="submit" data-testid="save-preferences">Save</button></div></form>'
            f'<p>Saved: language <span class="saved-language">{e(prefs["language"])}</span>, '
            f'newsletter <span class="saved-newsletter">{"yes" if prefs["newsletter"] else "no"}</span></p>')
    return layout("Preferences", body, account=account["username"])


def name_form(action, button, value=""):
    return (f'<form method="post" action="{e(action)}">'
            '<label for="name">Name</label>'
            f'<input type="text" id="name" name="name" value="{e(value)}" required>'
            f'<div><button type="submit">{e(button)}</button></div></form>')


def realms(account, rows, error=None, flash=None, value=""):
    items = "".join(f'<li class="realm" data-realm="{e(r["name"])}">{e(r["name"])}</li>'
                    for r in rows)
    listing = (f'<ul id="realms" class="items">{items}</ul>' if rows
               else '<p class="empty">No realms yet</p>')
    body = ("<h1>Realms</h1>" + message(error, flash) + listing
            + "<h2>Create a realm</h2>"
            + name_form("/account/realms", "Create realm", value))
    return layout("Realms", body, account=account["username"])


def tokens(account, rows):
    # Revoking asks first, with a confirm() dialog, as real portals do.
    items = "".join(
        f'<li class="token" data-token-name="{e(r["name"])}">'
        f'<span class="name">{e(r["name"])}</span> '
        f'<code class="prefix">{e(r["prefix"])}&hellip;</code> '
        f'<span class="created">{e(r["created_at"])}</span> '
        f'<form method="post" action="/account/tokens/revoke" class="revoke" '
        f'onsubmit="return confirm({e(js("Revoke token " + r["name"] + "?"))})">'
        f'<input type="hidden" name="name" value="{e(r["name"])}">'
        f'<button type="submit">Revoke</button></form></li>'
        for r in rows)
    listing = (f'<ul id="tokens" class="items">{items}</ul>' if rows
               else '<p class="empty">No tokens yet</p>')
    body = ("<h1>API tokens</h1>" + listing
            + '<p><a id="new-token" href="/account/tokens/new">Create a new token</a></p>')
    return layout("Tokens", body, account=account["username"])


def new_token(account, error=None, value=""):
    body = ("<h1>New token</h1>" + message(error)
            + name_form("/account/tokens/new", "Create token", value))
    return layout("New token", body, account=account["username"])


def token_created(account, name, secret):
    body = ("<h1>Token created</h1>"
            f'<p>Token <span class="token-name">{e(name)}</span>:</p>'
            f'<p><code class="token-value">{e(secret)}</code></p>'
            "<p>Copy it now; it will not be shown again.</p>"
            '<p><a href="/account/tokens">Back to tokens</a></p>')
    return layout("Token created", body, account=account["username"])


def broken():
    body = ("<h1>Broken page</h1><p>This page logs a console error and throws.</p>"
            "<script>console.error('demo console error');"
            "throw new Error('demo uncaught error');</script>")
    return layout("Broken page", body)


def slow(ms):
    body = f'<h1>Slow page</h1><p id="slow-done">Waited {int(ms)} ms</p>'
    return layout("Slow page", body)


def not_found(path):
    body = f'<h1>Not found</h1><p class="not-found">No page at {e(path)}</p>'
    return layout("Not found", body)


LAB_STYLE = """<style>
#profile textarea,#profile select{display:block;width:100%;max-width:320px;padding:.4rem .6rem;
border:1px solid #bcccdc;border-radius:4px;font:inherit}
#profile input[readonly]{background:#f0f4f8}
button:disabled{background:#9fb3c8;cursor:not-allowed}
.avatar{position:relative;display:inline-block}
#overlay{position:absolute;inset:0;display:flex;align-items:center;justify-content:center;
background:rgba(245,247,250,.9);color:#627d98;font-size:.8rem}
ul.topics{columns:3;padding-left:1.2rem}
</style>"""

# Email typed enables Save; Save answers a moment later, as a server round trip would.
LAB_SCRIPT = """<script>
const email = document.getElementById('email');
const save = document.getElementById('save');
email.addEventListener('input', () => { save.disabled = !email.value.trim(); });
save.addEventListener('click', () => {
  document.querySelector('.status').textContent = 'Saving';
  setTimeout(() => {
    document.querySelector('.status').textContent = 'Active';
    document.getElementById('saved-note').hidden = false;
  }, 300);
});
</script>"""


def form_lab():
    """A profile form with every kind of field, for the getters and element states."""
    topics = "".join(f'<li><a class="item" href="#topic-{n}">Topic {n}</a></li>'
                     for n in range(1, 28))
    body = (LAB_STYLE + "<h1>Edit profile</h1>"
            '<p>Profile status: <span class="status">Pending</span></p>'
            '<form id="profile" onsubmit="return false">'
            '<label for="display-name">Display name</label>'
            '<input type="text" id="display-name" name="display_name" value="Guest">'
            '<label for="email">Email</label>'
            '<input type="text" id="email" name="email" placeholder="you@example.com">'
            '<label for="member-id">Member id</label>'
            '<input type="text" id="member-id" name="member_id" value="M-1001" readonly>'
            '<label for="bio">About you</label>'
            '<textarea id="bio" name="bio" rows="3">Tell us about yourself</textarea>'
            '<label for="country">Country</label>'
            '<select id="country" name="country"><option value="fi">Finland</option>'
            '<option value="de" selected>Germany</option>'
            '<option value="us" label="USA">United States</option></select>'
            '<label for="languages">Languages</label>'
            '<select id="languages" name="languages" multiple size="4">'
            '<option value="en" selected>English</option><option value="fi">Finnish</option>'
            '<option value="de" selected>German</option><option value="sv">Swedish</option>'
            '</select>'
            '<label><input type="checkbox" id="newsletter" name="newsletter" checked> '
            'Send me the newsletter</label>'
            '<label><input type="checkbox" id="terms" name="terms"> I accept the terms</label>'
            '<div><button type="button" id="save" disabled>Save profile</button> '
            '<button type="button" id="delete" disabled>Delete account</button></div></form>'
            '<p id="saved-note" class="flash" hidden>Profile saved</p>'
            '<h2>Photo</h2><div class="avatar">'
            '<button type="button" id="upload">Upload photo</button>'
            '<div id="overlay">Uploads are paused</div></div>'
            f'<h2>Help topics</h2><ul class="topics">{topics}</ul>' + LAB_SCRIPT)
    return layout("Edit profile", body)


# Save posts JSON through fetch() (with a bearer credential, as single-page applications
# send one); Load two asks for items twice, answered after 500 and 1000 ms.
NETWORK_SCRIPT = """<script>
const show = (id, text) => { document.getElementById(id).textContent = text; };
document.getElementById('save').addEventListener('click', async () => {
  show('save-result', 'saving');
  try {
    const response = await fetch('/lab/network/save', {method: 'POST',
      headers: {'Content-Type': 'application/json', 'Authorization': 'Bearer lab-bearer-credential'},
      body: JSON.stringify({note: 'hello'})});
    if (!response.ok) { show('save-result', 'save failed: ' + response.status); return; }
    const saved = await response.json();
    show('save-result', 'saved: ' + saved.note + (saved.via ? ' via ' + saved.via : ''));
  } catch (error) {
    show('save-result', 'save failed: no answer');
  }
});
const load = async (query) => (await (await fetch('/lab/network/items?' + query)).json()).items;
document.getElementById('load-two').addEventListener('click', () => {
  load('n=1&ms=500'); load('n=2&ms=1000');
});
</script>"""


def network_lab(cdn):
    """A page with a widget from ``cdn`` (a host nothing answers on) and fetch() calls."""
    body = ("<h1>Network lab</h1>"
            '<p>Widget: <span id="widget">loading</span></p>'
            '<button type="button" id="save">Save</button> '
            '<button type="button" id="load-two">Load two</button>'
            '<p>Save: <span id="save-result">not saved</span></p>' + NETWORK_SCRIPT
            + f'<script src="{e(cdn)}/cdn/widget.js" '
            "onerror=\"document.getElementById('widget').textContent = 'unavailable'\">"
            "</script>")
    return layout("Network lab", body)

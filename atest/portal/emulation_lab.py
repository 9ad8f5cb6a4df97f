"""``/lab/emulation``: what a page can tell of its browser, for the emulation, clock and
console keywords (atest/browser_compat/emulation.robot).

It shows, live: whether the browser is online, the CSS media type and media features,
the position after "Locate me", the notification permission, and the page's clock
(``Date.now()`` and how often a 1-second timer fired). "Log" prints to the console,
"Break" throws an uncaught TypeError.
"""

SCRIPT = """
const show = (id, text) => { document.getElementById(id).textContent = String(text); };
const media = () => {
  show('online', navigator.onLine ? 'online' : 'offline');
  show('media', matchMedia('print').matches ? 'print' : 'screen');
  show('scheme', matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light');
  show('motion', matchMedia('(prefers-reduced-motion: reduce)').matches ? 'reduce' : 'no-preference');
  show('forced', matchMedia('(forced-colors: active)').matches ? 'active' : 'none');
};
media();
addEventListener('online', media);
addEventListener('offline', media);
for (const query of ['print', '(prefers-color-scheme: dark)', '(prefers-reduced-motion: reduce)',
                     '(forced-colors: active)']) {
  matchMedia(query).addEventListener('change', media);
}
let ticks = 0;
const clock = () => { show('now', new Date(Date.now()).toISOString()); show('ticks', ticks); };
setInterval(() => { ticks += 1; clock(); }, 1000);
clock();
document.getElementById('refresh').addEventListener('click', () => { clock(); media(); });
document.getElementById('locate').addEventListener('click', () => {
  show('position', 'locating');
  navigator.geolocation.getCurrentPosition(
    place => show('position', place.coords.latitude + ',' + place.coords.longitude + ' ±'
                  + place.coords.accuracy),
    error => show('position', 'denied'), {timeout: 5000});
});
document.getElementById('permission').addEventListener('click', () => {
  navigator.permissions.query({name: 'notifications'}).then(s => show('notifications', s.state));
});
document.getElementById('log').addEventListener('click', () => {
  console.log('saved ' + document.getElementById('what').value);
  console.warn('careful');
});
document.getElementById('break').addEventListener('click', () => {
  setTimeout(() => { null.property; }, 0);
});
document.getElementById('fetch').addEventListener('click', () => {
  fetch('/api/realms').then(() => show('fetched', 'reached'), () => show('fetched', 'unreachable'));
});
document.getElementById('show-banner').addEventListener('click', () => {
  document.getElementById('banner').style.display = 'flex';
});
document.getElementById('accept').addEventListener('click', () => {
  document.getElementById('banner').style.display = 'none';
  show('consent', 'accepted');
});
document.getElementById('show-survey').addEventListener('click', () => {
  document.getElementById('survey').style.display = 'flex';
});
document.getElementById('close-survey').addEventListener('click', () => {
  document.getElementById('survey').style.display = 'none';
  show('consent', 'survey: ' + document.getElementById('why').value);
});
document.getElementById('two-dialogs').addEventListener('click', () => {
  const sure = confirm('Sure?');
  const name = prompt('Name?', 'nobody');
  show('consent', 'sure: ' + sure + ', name: ' + name);
});
document.getElementById('count').addEventListener('click', () => {
  const shown = document.getElementById('counted');
  shown.textContent = String(Number(shown.textContent) + 1);
});
"""

OVERLAYS = """
<p>Consent: <span id="consent">none</span>; counted <span id="counted">0</span></p>
<button id="show-banner">Show banner</button> <button id="show-survey">Show survey</button>
<button id="count">Count</button> <button id="two-dialogs">Two dialogs</button>
<div id="banner" style="display:none; position:fixed; inset:0; background:#000a;
  align-items:center; justify-content:center"><button id="accept">Accept cookies</button></div>
<div id="survey" style="display:none; position:fixed; inset:0; background:#fffd;
  align-items:center; justify-content:center"><label>Why? <input id="why"></label>
  <button id="close-survey">Send</button></div>
"""


def page() -> str:
    rows = "".join(f'<tr><th>{label}</th><td id="{name}">unknown</td></tr>' for name, label in (
        ("online", "Network"), ("media", "Media"), ("scheme", "Colour scheme"),
        ("motion", "Motion"), ("forced", "Forced colours"), ("position", "Position"),
        ("notifications", "Notifications"), ("now", "Now"), ("ticks", "Timer ticks"),
        ("fetched", "Server")))
    return f"""<!doctype html>
<html><head><meta charset="utf-8"><title>Emulation lab</title></head>
<body><h1>Emulation lab</h1>
<table>{rows}</table>
<input id="what" value="draft">
<button id="refresh">Refresh</button> <button id="locate">Locate me</button>
<button id="permission">Ask permission</button> <button id="log">Log</button>
<button id="break">Break</button> <button id="fetch">Reach server</button>
{OVERLAYS}
<nav aria-label="Lab"><a href="/lab/emulation">Emulation</a> <a href="/">Home</a></nav>
<script>{SCRIPT}</script>
</body></html>"""

"""/lab/selects: select lists, duplicated elements and late changes, for Browser-style suites.

Single and multiple selects whose options have distinct values, labels and texts (Browser's
``select[name=...]`` names), a select the page fills in later, elements that appear twice
(strict mode), and a text that changes a few seconds after a click (assertion retry).
"""

BODY = """<h1>Selects</h1>
<form>
<select name="preferred_channel">
  <option value="email">Email</option>
  <option value="phone" selected>Telephone</option>
  <option value="mail" label="Direct mail">Post</option>
</select>
<select name="interests" multiple size="4">
  <option value="males">Males</option>
  <option value="females">Females</option>
  <option value="others">Others</option>
  <option value="none" label="Nothing">Not interested</option>
</select>
<select name="possible_channels" multiple size="3">
  <option value="email" selected>Email</option>
  <option value="phone" selected>Telephone</option>
  <option value="mail" label="Direct mail">Post</option>
</select>
<select id="late-select"><option value="early">Early</option></select>
<button type="button" id="fill-later">Fill later</button>
<input id="not-select" value="plain">
</form>
<p class="dup">first</p><p class="dup">second</p>
<p><button class="dup-button" id="b1">first-button</button>
   <button class="dup-button" id="b2">second-button</button>
   <input class="twin" id="twin1"><input class="twin" id="twin2"></p>
<p>Clicked: <span id="clicked">nothing</span></p>
<p><button id="start-late">Start</button> <span id="late">before</span></p>
<script>
document.querySelectorAll('.dup-button').forEach(b => b.onclick = () => {
  document.getElementById('clicked').textContent = b.textContent;
});
document.getElementById('fill-later').onclick = () => setTimeout(() => {
  document.getElementById('late-select').add(new Option('Later', 'later'));
}, 1000);
document.getElementById('start-late').onclick = () => setTimeout(() => {
  document.getElementById('late').textContent = 'after';
}, 2500);
</script>"""


def page():
    return ("<!doctype html><html><head><meta charset=\"utf-8\"><title>Selects</title></head>"
            f"<body>{BODY}</body></html>")

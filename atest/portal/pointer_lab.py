"""/lab/pointer: a page that records what the virtual mouse, keyboard and touch screen did.

Everything sits at fixed page coordinates (the body has no margin), so a suite can move
the mouse to a known point and assert the exact event the page saw:
- ``#pad`` (0,0 to 400,300) records mouse buttons as ``down left 120,80 1`` (button,
  clientX,clientY, detail, ``+shift`` when Shift is held), ``up ...``, ``click ...``,
  ``dblclick``, ``auxclick middle``, ``contextmenu`` and wheel turns as ``wheel 0,250``
  (it keeps the wheel, so the page does not scroll); its mouse moves go to ``window.moves``
  as ``x,y``.
- ``#knob`` (a 40x40 square centred on 520,60) follows a mouse drag and records
  ``knob dropped at 420,60`` (its centre).
- ``#card`` (HTML5 draggable, centred on 470,170) records ``card dropped in bin`` when
  dropped on ``#bin`` (centred on 620,170).
- keys anywhere: ``keydown Shift``, ``keyup a``; ``#text`` is a textarea to type into.
- ``#touch`` records ``touchstart`` and ``tap click touch`` (a click from a touch).
- ``#hidden`` is never shown (no position to measure from).
``window.events`` holds the records, oldest first.
"""

BODY = """<div id="pad" style="position:absolute;left:0;top:0;width:400px;height:300px;
  background:#e8eef5">pad</div>
<div id="knob" style="position:absolute;left:500px;top:40px;width:40px;height:40px;
  background:#2680c2"></div>
<div id="card" draggable="true" style="position:absolute;left:450px;top:150px;width:40px;
  height:40px;background:#c28026">card</div>
<div id="bin" style="position:absolute;left:580px;top:130px;width:80px;height:80px;
  background:#ddd">bin</div>
<button id="touch" style="position:absolute;left:20px;top:320px;width:100px;height:40px">
  touch</button>
<textarea id="text" style="position:absolute;left:20px;top:380px"></textarea>
<div id="hidden" style="display:none">hidden</div>
<div style="height:3000px"></div>
<script>
window.events = [];
window.moves = [];
const note = text => window.events.push(text);
const BUTTONS = ['left', 'middle', 'right'];
const at = e => Math.round(e.clientX) + ',' + Math.round(e.clientY);
const pressed = (kind, e) => note(kind + ' ' + BUTTONS[e.button] + ' ' + at(e) + ' ' + e.detail
  + (e.shiftKey ? ' +shift' : ''));
pad.addEventListener('mousedown', e => pressed('down', e));
pad.addEventListener('mouseup', e => pressed('up', e));
pad.addEventListener('click', e => pressed('click', e));
pad.addEventListener('dblclick', () => note('dblclick'));
pad.addEventListener('auxclick', e => note('auxclick ' + BUTTONS[e.button]));
pad.addEventListener('contextmenu', e => { e.preventDefault(); note('contextmenu'); });
pad.addEventListener('mousemove', e => window.moves.push(at(e)));
pad.addEventListener('wheel', e => { e.preventDefault(); note('wheel ' + e.deltaX + ',' + e.deltaY); },
  {passive: false});

let grab = null;
knob.addEventListener('mousedown', e => {
  grab = {x: e.clientX - knob.offsetLeft, y: e.clientY - knob.offsetTop};
  e.preventDefault();
});
document.addEventListener('mousemove', e => {
  if (!grab) return;
  knob.style.left = (e.clientX - grab.x) + 'px';
  knob.style.top = (e.clientY - grab.y) + 'px';
});
document.addEventListener('mouseup', () => {
  if (!grab) return;
  grab = null;
  note('knob dropped at ' + (knob.offsetLeft + 20) + ',' + (knob.offsetTop + 20));
});

card.addEventListener('dragstart', e => e.dataTransfer.setData('text/plain', 'card'));
bin.addEventListener('dragover', e => e.preventDefault());
bin.addEventListener('drop', e => {
  e.preventDefault();
  note(e.dataTransfer.getData('text/plain') + ' dropped in bin');
});

document.addEventListener('keydown', e => note('keydown ' + e.key));
document.addEventListener('keyup', e => note('keyup ' + e.key));

touch.addEventListener('touchstart', () => note('touchstart'), {passive: true});
touch.addEventListener('click', e => note('tap click ' + (e.pointerType || 'mouse')));
</script>"""


def page():
    return ("<!doctype html><html><head><meta charset=\"utf-8\"><title>Pointer Lab</title>"
            "<style>body{margin:0}</style></head>"
            f"<body>{BODY}</body></html>")

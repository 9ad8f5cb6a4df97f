// The first suite's route for the whole run answers https://cdn.invalid/lab/1.0/lab.js so.
document.getElementById('script').textContent = 'ran from the global route';
document.getElementById('load').addEventListener('click', async () => {
  const show = (text) => { document.getElementById('data').textContent = text; };
  try {
    const response = await fetch('https://cdn.invalid/lab/1.0/data.json');
    show(response.ok ? (await response.json()).message : 'failed: ' + response.status);
  } catch (error) {
    show('failed: no answer');
  }
});

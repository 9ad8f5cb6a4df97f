// Served for https://cdn.invalid/lab/1.0/lab.js by a route (the CDN lab page).
document.getElementById('script').textContent = 'ran from the folder';
document.getElementById('load').addEventListener('click', async () => {
  const show = (text) => { document.getElementById('data').textContent = text; };
  try {
    const response = await fetch('https://cdn.invalid/lab/1.0/data.json');
    show(response.ok ? (await response.json()).message : 'failed: ' + response.status);
  } catch (error) {
    show('failed: no answer');
  }
});

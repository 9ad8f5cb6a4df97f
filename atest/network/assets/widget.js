document.getElementById('widget').textContent = 'served from disk';

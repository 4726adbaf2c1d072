// The schedule form: the next five fire times of the cron, as the server computes them, while you type.
(function () {
  var cron = document.getElementById('cron');
  var zone = document.getElementById('time_zone');
  var workingDay = document.getElementById('working_day');
  var list = document.getElementById('fires');
  var problem = document.getElementById('cron-problem');
  var warning = document.getElementById('cron-warning');
  if (!cron || !list) { return; }
  var timer = null;

  function show(preview, tz) {
    var times = preview.fires;
    list.textContent = '';
    problem.hidden = true;
    warning.textContent = (preview.warnings || []).join(' ');
    warning.hidden = !warning.textContent;
    times.forEach(function (t) {
      var item = document.createElement('li');
      var when = new Date(t);
      try {
        item.textContent = when.toLocaleString('en-GB', { timeZone: tz, weekday: 'short', day: 'numeric',
          month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit', timeZoneName: 'short' });
      } catch (e) {
        item.textContent = when.toISOString();
      }
      list.appendChild(item);
    });
  }

  function fail(message) {
    list.textContent = '';
    warning.hidden = true;
    problem.textContent = message;
    problem.hidden = false;
  }

  function preview() {
    var tz = zone.value.trim() || 'Europe/London';
    var query = '?cron=' + encodeURIComponent(cron.value.trim()) + '&tz=' + encodeURIComponent(tz)
      + (workingDay.checked ? '&working_day=next' : '');
    fetch('/api/schedules/cron-preview' + query, { credentials: 'same-origin', headers: { Accept: 'application/json' } })
      .then(function (r) { return r.json().then(function (body) { return { ok: r.ok, body: body }; }); })
      .then(function (r) { if (r.ok) { show(r.body, tz); } else { fail(r.body.error || 'Not a valid cron'); } })
      .catch(function () { fail('Could not reach the server for a preview'); });
  }

  function later() {
    clearTimeout(timer);
    timer = setTimeout(preview, 250);
  }

  cron.addEventListener('input', later);
  zone.addEventListener('input', later);
  workingDay.addEventListener('change', later);
  preview();
})();

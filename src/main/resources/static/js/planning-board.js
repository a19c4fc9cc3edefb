// Planning board (/planning): run, stop, publish, live status and explanation through the JSON API.
// A file rather than inline script: the Content-Security-Policy allows scripts from our origin only.
document.addEventListener('DOMContentLoaded', function () {
  document.querySelectorAll('select[data-autosubmit]').forEach(function (select) {
    select.addEventListener('change', function () { select.form.submit(); });
  });

  const csrfToken = document.querySelector('meta[name="_csrf"]');
  const csrfHeader = document.querySelector('meta[name="_csrf_header"]');
  function post(url, body) {
    const headers = {'Content-Type': 'application/json'};
    if (csrfToken && csrfHeader) headers[csrfHeader.content] = csrfToken.content;
    return fetch(url, {method: 'POST', headers, body: body === undefined ? undefined : JSON.stringify(body)});
  }
  const root = document.getElementById('horizon');
  const json = (r) => r.ok ? r.json() : r.json().then(p => { throw new Error(p.detail || r.statusText); });
  document.getElementById('new-horizon').addEventListener('submit', (e) => {
    e.preventDefault();
    const f = new FormData(e.target);
    post('/api/planning/horizons', {name: f.get('name'), start: f.get('start'), end: f.get('end')})
      .then(json).then(h => location.href = '/planning?horizon=' + h.id).catch(err => alert(err.message));
  });
  if (root) {
    const id = root.dataset.horizon;
    const statusBox = document.getElementById('status');
    let wasSolving = false;
    const esc = (s) => String(s).replace(/[&<>"]/g, c => ({'&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;'}[c]));
    const levels = {HARD: 'impérative', MEDIUM: 'demande', SOFT: 'qualité'};
    const labels = {SOLVING: 'en cours', TERMINATED: 'terminée', STOPPED: 'arrêtée', FAILED: 'en échec',
      INTERRUPTED: 'interrompue (reprise possible)', NOT_STARTED: 'jamais lancée'};
    function refresh() {
      fetch('/api/planning/horizons/' + id + '/run').then(json).then(s => {
        const rows = (s.constraints || []).filter(c => c.score !== 0)
          .map(c => `<tr><td>${esc(c.label)}</td><td>${levels[c.level] || c.level}</td><td>${c.score}</td><td>${c.matches}</td></tr>`).join('');
        statusBox.innerHTML = `<strong>Planification ${labels[s.status] || s.status}</strong>` +
          (s.bestScore ? ` — dur <span class="${s.hard < 0 ? 'score-hard' : ''}">${s.hard}</span>, demande non couverte ${s.medium},` +
            ` qualité ${s.soft} — ${s.feasible ? 'réalisable' : '<span class="score-hard">règles impératives violées</span>'}` : '') +
          ` — ${s.elapsedSeconds} s` + (s.terminationSeconds ? ` / ${s.terminationSeconds} s` : '') +
          ` — ${s.improvements} amélioration(s) enregistrée(s)` + (s.error ? ` — erreur : ${esc(s.error)}` : '') +
          (rows ? `<table class="explain"><thead><tr><th>Contrainte</th><th>Niveau</th><th>Score</th><th>Occurrences</th></tr></thead><tbody>${rows}</tbody></table>` : '');
        if (s.status === 'SOLVING') { wasSolving = true; setTimeout(refresh, 2000); }
        else if (wasSolving) { location.reload(); }
      }).catch(err => statusBox.textContent = err.message);
    }
    refresh();
    document.getElementById('run').onclick = () =>
      post('/api/planning/horizons/' + id + '/runs?seconds=' + document.getElementById('seconds').value)
        .then(json).then(refresh).catch(err => alert(err.message));
    document.getElementById('stop').onclick = () =>
      post('/api/planning/horizons/' + id + '/run/stop').then(json).then(refresh).catch(err => alert(err.message));
    document.getElementById('publish').onclick = () =>
      post('/api/planning/horizons/' + id + '/publish', {publishedBy: 'secrétariat'})
        .then(json).then(r => { alert(r.published + ' séance(s) publiée(s)' + (r.insideWindow ? '\n' + r.insideWindow + ' brouillon(s) déjà dans les 4 semaines de préavis : non publiables, non comptés comme couverts, replanifiés au prochain calcul.' : '')); location.reload(); }).catch(err => alert(err.message));
    document.getElementById('explain').onclick = () => {
      const box = document.getElementById('explanation');
      box.textContent = 'Calcul de l’explication…';
      fetch('/api/planning/horizons/' + id + '/explanation').then(json).then(x => {
        const list = x.collectivites.slice(0, 30).map(c => `<tr><td>${esc(c.name)}</td><td>${c.unmetMinutes} / ${c.demandMinutes} min</td><td>` +
          c.unmet.map(u => `${u.kinds.join(" ou ")} priorité ${u.priority} (${u.reason}, ${u.minutes} min) : ` +
            Object.entries(u.blockingRules).map(([k, v]) => `${esc(x.labels[k] || k)} ×${v}`).join(', ')).join('<br>') + '</td></tr>').join('');
        const alerts = (x.noticeAlerts || []).map(a => `<li>${a.date} ${a.halfDay === 'AM' ? 'matin' : 'après-midi'}, ` +
          `${esc(a.professionalCode)} à ${esc(a.cabinetCode)} : ` + (a.alert === 'INSIDE_WINDOW'
            ? 'brouillon dans les 4 semaines de préavis, non publiable, non compté comme couvert'
            : 'brouillon bientôt dans les 4 semaines de préavis, à publier maintenant') + '</li>').join('');
        box.innerHTML = `<h2 style="font-size:1.05rem">Pourquoi ? Score ${esc(x.score)}</h2>` +
          (alerts ? `<p><strong>Préavis</strong></p><ul>${alerts}</ul>` : '') +
          (list ? `<table class="explain"><thead><tr><th>Collectivité</th><th>Non couvert</th><th>Demande non couverte et règles qui bloquent les créneaux candidats</th></tr></thead><tbody>${list}</tbody></table>`
                : '<p>Toute la demande est couverte.</p>');
      }).catch(err => box.textContent = err.message);
    };
  }
});

// Home Affairs' dashboard of one round: completeness, agencies with status and last reminder, indicator totals,
// charts (Chart.js), drill-in, exports; refreshes itself every 4 seconds.
import { get, ApiError, pageContext } from './api.js';
import { el, replace, table } from './dom.js';
import { t, name } from './i18n.js';
import { date, dateTime, number, timeLeft } from './format.js';

const ctx = pageContext();
const app = document.getElementById('app');
const REFRESH_MS = 4000;
const round = encodeURIComponent(ctx.round);
const state = { round: null, template: null, agencies: new Map(), rounds: [], charts: {}, across: new Map() };

const summary = el('section', { id: 'completeness', 'aria-labelledby': 'completeness-title' });
const agencyBox = el('section', { id: 'agencies', 'aria-labelledby': 'agencies-title' });
const totalsBox = el('section', { id: 'totals', 'aria-labelledby': 'totals-title' });
const updated = el('p', { id: 'updated', class: 'saved', 'aria-live': 'off' });
const errorBox = el('div', { id: 'dashboard-error', role: 'alert' });

async function optional(path, fallback) {
  try {
    const answer = await get(path);
    return Array.isArray(fallback) && !Array.isArray(answer) ? fallback : answer;
  } catch (e) {
    return fallback;
  }
}

async function load() {
  try {
    const [rounds, templates, agencies] = await Promise.all([get('/api/rounds'), get('/api/catalogue/templates'), optional('/api/catalogue/agencies', [])]);
    state.rounds = rounds;
    state.round = rounds.find(r => r.code === ctx.round);
    if (!state.round) { replace(app, el('p', { class: 'alert', role: 'alert' }, t('round.unknown', ctx.round))); return; }
    const candidates = templates.filter(x => x.code === state.round.templateCode).sort((a, b) => b.version - a.version);
    state.template = candidates.find(x => x.version === state.round.templateVersion) || candidates[0];
    agencies.forEach(a => state.agencies.set(a.code, a));
    replace(app, errorBox,
      el('p', {}, [state.round.title, t('period') + ': ' + date(state.round.dataFrom) + ' – ' + date(state.round.dataTo),
        t('deadline') + ': ' + dateTime(state.round.dueAt) + ' (' + timeLeft(state.round.dueAt) + ')'].filter(Boolean).join(' · ')),
      el('div', { class: 'actions' },
        el('a', { href: '/api/rollups/' + round + '/export?format=xlsx', id: 'export-xlsx', download: '' }, t('export.xlsx')),
        el('a', { href: '/api/rollups/' + round + '/export?format=csv', id: 'export-csv', download: '' }, t('export.csv'))),
      summary, agencyBox, chartsBox(), totalsBox, updated);
    await refresh();
    setInterval(refresh, REFRESH_MS);
  } catch (e) {
    replace(app, el('p', { class: 'alert', role: 'alert' }, e.message));
  }
}

async function refresh() {
  try {
    const [rollup, reminders] = await Promise.all([get('/api/rollups/' + round), optional('/api/reminders?round=' + round, [])]);
    renderSummary(rollup.completeness || {});
    renderAgencies(rollup, reminders || []);
    renderTotals(rollup.indicators || {});
    renderCompletenessChart(rollup);
    replace(errorBox);
    updated.textContent = t('updated', dateTime(rollup.asOf || new Date().toISOString()));
  } catch (e) {
    replace(errorBox, el('p', { class: 'alert' }, e instanceof ApiError && e.status === 404 ? t('rollup.none') : e.message));
  }
}

function renderSummary(c) {
  const expected = c.expected || (state.round.expectedAgencies || []).length;
  const submitted = c.submitted || 0;
  const percent = expected ? Math.round(submitted * 100 / expected) : 0;
  replace(summary, el('h2', { id: 'completeness-title' }, t('completeness')),
    el('label', { for: 'completeness-bar' }, t('completeness.label', submitted, expected, percent)),
    el('progress', { id: 'completeness-bar', max: String(expected || 1), value: String(submitted) }, percent + '%'),
    el('div', { class: 'cards' },
      card('count-expected', t('c.expected'), expected), card('count-submitted', t('c.submitted'), submitted),
      card('count-onTime', t('c.onTime'), c.onTime || 0), card('count-late', t('c.late'), c.late || 0),
      card('count-missing', t('c.missing'), (c.missing || []).length)));
}

function card(id, label, value) {
  return el('div', { class: 'card' }, el('strong', { id }, String(value)), label);
}

function renderAgencies(rollup, reminders) {
  const byCode = new Map((rollup.agencies || []).map(a => [a.code, a]));
  const lastReminder = new Map();
  reminders.forEach(r => {
    const prev = lastReminder.get(r.agency);
    if (!prev || String(r.sentAt) > String(prev.sentAt)) lastReminder.set(r.agency, r);
  });
  const codes = [...new Set([...(state.round.expectedAgencies || []), ...byCode.keys()])];
  const rows = codes.map(code => {
    const a = byCode.get(code) || { code, status: 'MISSING' };
    const reminder = lastReminder.get(code);
    const agency = state.agencies.get(code);
    return [code, agency ? agency.name : '',
      el('span', { class: 'status status-' + a.status }, t('st.' + a.status)),
      a.version ? String(a.version) : '', dateTime(a.submittedAt), a.submittedAt ? (a.late ? t('late') : t('onTime')) : '',
      reminder ? dateTime(reminder.sentAt) + ' · ' + (reminder.stage || '') + ' · ' + (reminder.status || '') : '—',
      el('a', { href: '/rounds/' + round + '/reports/' + encodeURIComponent(code), 'aria-label': t('drill.of', code) }, t('drill'))];
  });
  replace(agencyBox, el('h2', { id: 'agencies-title' }, t('agencies')),
    table(t('agencies'), [t('agency'), t('agency.name'), t('status'), t('version'), t('submittedAt'), t('timeliness'), t('lastReminder'), ''],
      rows, { id: 'agency-table' }));
}

function indicatorList() {
  return state.template ? state.template.sections.flatMap(s => s.indicators || []).filter(i => i.type !== 'TEXT') : [];
}

function show(ind, v) {
  if (!v) return '—';
  if (ind.type === 'RATIO' || (v.numerator !== undefined && v.denominator !== undefined)) {
    const ratio = v.value === null || v.value === undefined ? '' : ' (' + number(Number(v.value) * (Number(v.value) <= 1 ? 100 : 1)) + '%)';
    return number(v.numerator) + '/' + number(v.denominator) + ratio;
  }
  if (v.value !== null && typeof v.value === 'object') return Object.entries(v.value).map(([k, n]) => k + ': ' + n).join(', ');
  return number(v.value);
}

function renderTotals(indicators) {
  const rows = indicatorList().map(ind => [name(ind), ind.unit || '', el('span', { class: 'num', id: 'total-' + ind.code }, show(ind, indicators[ind.code]))]);
  replace(totalsBox, el('h2', { id: 'totals-title' }, t('totals')), table(t('totals'), [t('indicator'), t('unit'), t('value')], rows, { id: 'totals-table' }));
}

function chartsBox() {
  const numeric = indicatorList().filter(i => ['INTEGER', 'DECIMAL', 'DOCUMENT_LIST', 'BOOLEAN'].includes(i.type));
  const select = el('select', { id: 'across-indicator', onchange: () => renderAcross(select.value) },
    numeric.map(i => el('option', { value: i.code }, name(i))));
  const box = el('section', { id: 'charts', 'aria-labelledby': 'charts-title' }, el('h2', { id: 'charts-title' }, t('charts')),
    el('div', { class: 'charts' },
      el('figure', {}, el('figcaption', {}, t('chart.completeness')), el('div', { class: 'chart-box' },
        el('canvas', { id: 'chart-completeness', role: 'img', 'aria-label': t('chart.completeness') }))),
      el('figure', {}, el('figcaption', {}, el('label', { for: 'across-indicator' }, t('chart.across')), ' ', select),
        el('div', { class: 'chart-box' }, el('canvas', { id: 'chart-across', role: 'img', 'aria-label': t('chart.across') })))));
  if (numeric.length) setTimeout(() => renderAcross(numeric[0].code), 0);
  return box;
}

function chart(id, config) {
  if (!window.Chart) return null;
  if (state.charts[id]) {
    state.charts[id].data = config.data;
    state.charts[id].update('none');
    return state.charts[id];
  }
  config.options = { responsive: true, maintainAspectRatio: false, animation: false, ...(config.options || {}) };
  state.charts[id] = new window.Chart(document.getElementById(id), config);
  return state.charts[id];
}

function renderCompletenessChart(rollup) {
  const times = (rollup.agencies || []).map(a => a.submittedAt).filter(Boolean).sort();
  const labels = times.map(x => dateTime(x));
  const data = times.map((_, i) => i + 1);
  chart('chart-completeness', { type: 'line', data: { labels, datasets: [{ label: t('c.submitted'), data, stepped: true, borderColor: '#0b4f8a' }] },
    options: { scales: { y: { beginAtZero: true, suggestedMax: (rollup.completeness || {}).expected || 1 } } } });
}

async function renderAcross(code) {
  const ind = indicatorList().find(i => i.code === code);
  const peers = state.rounds.filter(r => r.templateCode === state.round.templateCode)
    .sort((a, b) => String(a.dataTo).localeCompare(String(b.dataTo)));
  const values = await Promise.all(peers.map(async r => {
    if (!state.across.has(r.code)) state.across.set(r.code, optional('/api/rollups/' + encodeURIComponent(r.code), null));
    const rollup = await state.across.get(r.code);
    const v = rollup && rollup.indicators ? rollup.indicators[code] : null;
    return v && typeof v.value === 'number' ? v.value : null;
  }));
  chart('chart-across', { type: 'bar', data: { labels: peers.map(r => r.code),
    datasets: [{ label: ind ? name(ind) : code, data: values, backgroundColor: '#0b4f8a' }] },
    options: { scales: { y: { beginAtZero: true } } } });
}

load();

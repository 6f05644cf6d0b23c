// The report form, generated from the round's template: typed inputs, parts, ratios, document lists, narratives;
// checks that mirror the server's, autosaved drafts, submission with confirmation, history of versions.
import { api, get, ApiError, pageContext, newIdempotencyKey } from './api.js';
import { el, replace, clear, table, nextId } from './dom.js';
import { t, name, sectionTitle } from './i18n.js';
import { date, dateTime, timeLeft } from './format.js';
import { collect, validate } from './rules.js';

const ctx = pageContext();
const app = document.getElementById('app');
const base = '/api/rounds/' + encodeURIComponent(ctx.round) + '/reports/' + encodeURIComponent(ctx.reportAgency);
const state = {
  round: null, template: null, report: null, inputs: new Map(), slots: new Map(), docLists: new Map(),
  touched: new Set(), showAll: false, pendingKey: null, saveTimer: null, serverErrors: []
};
const mayWrite = ctx.agency === ctx.reportAgency && (ctx.has('AGENCY_STAFF') || ctx.has('AGENCY_HEAD'));
const maySubmit = ctx.agency === ctx.reportAgency && ctx.has('AGENCY_HEAD');
const mayReview = ctx.has('HOME_AFFAIRS');

const banner = el('div', { id: 'banner', role: 'status' });
const saved = el('p', { id: 'autosave-status', class: 'saved', 'aria-live': 'polite' });

async function load() {
  try {
    const [rounds, templates] = await Promise.all([get('/api/rounds'), get('/api/catalogue/templates')]);
    state.round = rounds.find(r => r.code === ctx.round);
    if (!state.round) return fail(t('round.unknown', ctx.round));
    const candidates = templates.filter(x => x.code === state.round.templateCode);
    state.template = candidates.find(x => x.version === state.round.templateVersion)
      || candidates.sort((a, b) => b.version - a.version)[0];
    if (!state.template) return fail(t('template.unknown', state.round.templateCode));
    state.report = await loadReport();
    render();
  } catch (e) {
    fail(e.message);
  }
}

async function loadReport() {
  try {
    return await get(base);
  } catch (e) {
    if (e instanceof ApiError && e.status === 404) return { status: 'NEW', versions: [] };
    throw e;
  }
}

function fail(message) {
  replace(app, el('p', { class: 'alert', role: 'alert', id: 'load-error' }, message));
}

function render() {
  const r = state.round;
  const report = state.report;
  const form = el('form', { id: 'report-form', novalidate: true, onsubmit: e => { e.preventDefault(); startSubmit(); } });
  form.append(
    el('p', { id: 'report-status' }, t('status') + ': ', el('span', { class: 'status status-' + report.status }, t('st.' + report.status))),
    el('p', {}, t('period') + ': ' + date(r.dataFrom) + ' – ' + date(r.dataTo) + ' · ' + t('deadline') + ': '
      + dateTime(r.dueAt) + ' (' + timeLeft(r.dueAt) + ')'),
    el('fieldset', {}, el('legend', {}, t('signing')),
      field('documentNumber', t('documentNumber') + ' *', el('input', { autocomplete: 'off' }), t('documentNumber.hint')),
      field('signer', t('signer') + ' *', el('input', { autocomplete: 'name' }))));
  for (const section of state.template.sections) {
    const box = el('fieldset', { class: 'section' }, el('legend', {}, sectionTitle(section)));
    for (const indicator of section.indicators || []) box.append(indicatorBlock(indicator));
    if (section.narrative) {
      box.append(field('narrative.' + section.code, t('narrative'), el('textarea', { rows: 4 })));
    }
    form.append(box);
  }
  form.append(el('div', { class: 'actions' },
    mayWrite ? el('button', { type: 'button', id: 'save-draft', class: 'secondary', onclick: () => saveDraft(true) }, t('saveDraft')) : null,
    maySubmit ? el('button', { type: 'submit', id: 'submit-report' }, t('submit')) : null),
    mayWrite && !maySubmit ? el('p', { class: 'readonly-note' }, t('onlyHeadSubmits')) : null,
    saved);
  replace(app, banner, form, confirmDialog(), reviewBox(), historyBox());
  fill(report.draft || report.latest || {});
  if (!mayWrite) form.querySelectorAll('input, select, textarea, .doc-add, .doc-remove').forEach(x => { x.disabled = true; });
  form.addEventListener('input', onEdit);
  form.addEventListener('change', onEdit);
  form.addEventListener('focusout', e => { if (e.target.dataset && e.target.dataset.key) { state.touched.add(e.target.dataset.key); showErrors(); } });
}

function field(key, labelText, input, hint) {
  const id = 'f-' + key.replace(/[^A-Za-z0-9_-]/g, '_');
  input.id = id;
  input.dataset.key = key;
  const slot = errorSlot(key);
  input.setAttribute('aria-describedby', slot.id + (hint ? ' ' + id + '-hint' : ''));
  state.inputs.set(key, input);
  return el('div', { class: 'field' }, el('label', { for: id }, labelText), input,
    hint ? el('span', { class: 'hint', id: id + '-hint' }, hint) : null, slot);
}

function errorSlot(key) {
  const slot = el('p', { class: 'field-error', id: 'err-' + key.replace(/[^A-Za-z0-9_-]/g, '_') });
  state.slots.set(key, slot);
  return slot;
}

function numberInput(indicator) {
  return el('input', { inputmode: indicator.type === 'INTEGER' ? 'numeric' : 'decimal', autocomplete: 'off' });
}

function indicatorBlock(ind) {
  const title = name(ind) + (ind.unit ? ' (' + ind.unit + ')' : '') + (ind.required ? ' *' : '');
  switch (ind.type) {
    case 'INTEGER': case 'DECIMAL': case 'PERCENT':
      if (ind.parts && ind.parts.length) {
        return el('fieldset', { class: 'indicator' }, el('legend', {}, title),
          field(ind.code, t('total'), numberInput(ind)),
          el('div', { class: 'parts' }, ind.parts.map(p => field(ind.code + '.parts.' + p.code, name(p), numberInput(ind)))));
      }
      return field(ind.code, title, numberInput(ind), ind.type === 'PERCENT' ? t('percent.hint') : null);
    case 'RATIO':
      return el('fieldset', { class: 'indicator' }, el('legend', {}, title),
        field(ind.code + '.numerator', t('numerator'), numberInput(ind)),
        field(ind.code + '.denominator', t('denominator'), numberInput(ind)),
        errorSlot(ind.code));
    case 'BOOLEAN':
      return field(ind.code, title, el('select', {}, el('option', { value: '' }, '—'),
        el('option', { value: 'true' }, t('yes')), el('option', { value: 'false' }, t('no'))));
    case 'ENUM':
      return field(ind.code, title, el('select', {}, el('option', { value: '' }, '—'),
        (ind.options || []).map(o => typeof o === 'string' ? el('option', { value: o }, o) : el('option', { value: o.code }, name(o)))));
    case 'DOCUMENT_LIST':
      return documentList(ind, title);
    default:
      return field(ind.code, title, el('textarea', { rows: 3 }));
  }
}

function documentList(ind, title) {
  const tbody = el('tbody');
  const list = { indicator: ind, tbody, rows: [] };
  state.docLists.set(ind.code, list);
  const add = el('button', { type: 'button', class: 'secondary doc-add', id: 'add-' + ind.code,
    onclick: () => { addRow(list, {}); onEdit(); list.rows[list.rows.length - 1].number.focus(); } }, t('doc.add'));
  return el('fieldset', { class: 'indicator', id: 'list-' + ind.code }, el('legend', {}, title),
    el('div', { class: 'table-wrap' }, el('table', { class: 'doc-table' },
      el('thead', {}, el('tr', {}, el('th', { scope: 'col' }, t('doc.number')), el('th', { scope: 'col' }, t('doc.date')),
        el('th', { scope: 'col' }, t('doc.title')), el('th', { scope: 'col' }, el('span', { class: 'visually-hidden' }, t('doc.actions'))))),
      tbody)),
    add, errorSlot(ind.code));
}

function addRow(list, doc) {
  const index = list.rows.length;
  const cell = (part, input, value) => {
    const id = nextId('doc');
    input.id = id;
    input.value = value || '';
    input.dataset.key = list.indicator.code + '[' + index + '].' + part;
    input.setAttribute('aria-label', t('doc.' + part) + ' ' + (index + 1));
    return input;
  };
  const row = {
    number: cell('number', el('input', { autocomplete: 'off' }), doc.number),
    date: cell('date', el('input', { type: 'date' }), doc.date),
    title: cell('title', el('input', { autocomplete: 'off' }), doc.title)
  };
  const slot = el('p', { class: 'field-error', id: 'err-' + list.indicator.code + '-' + index });
  row.slot = slot;
  [row.number, row.date, row.title].forEach(i => i.setAttribute('aria-describedby', slot.id));
  row.tr = el('tr', {}, el('td', {}, row.number), el('td', {}, row.date), el('td', {}, row.title, slot),
    el('td', {}, el('button', { type: 'button', class: 'secondary doc-remove', 'aria-label': t('doc.remove') + ' ' + (index + 1),
      onclick: () => removeRow(list, row) }, t('doc.remove'))));
  list.rows.push(row);
  list.tbody.append(row.tr);
}

function removeRow(list, row) {
  const kept = list.rows.filter(r => r !== row).map(r => ({ number: r.number.value, date: r.date.value, title: r.title.value }));
  clear(list.tbody);
  list.rows = [];
  kept.forEach(d => addRow(list, d));
  onEdit();
}

function fill(source) {
  const values = source.values || {};
  const narrative = source.narrative || {};
  const set = (key, value) => { const i = state.inputs.get(key); if (i && value !== undefined && value !== null) i.value = String(value); };
  set('documentNumber', source.documentNumber);
  set('signer', source.signer);
  for (const [code, text] of Object.entries(narrative)) set('narrative.' + code, text);
  for (const section of state.template.sections) {
    for (const ind of section.indicators || []) {
      const v = values[ind.code];
      if (v === undefined || v === null) continue;
      if (ind.type === 'DOCUMENT_LIST') { (v || []).forEach(d => addRow(state.docLists.get(ind.code), d)); continue; }
      if (ind.type === 'RATIO') { set(ind.code + '.numerator', v.numerator); set(ind.code + '.denominator', v.denominator); continue; }
      if (typeof v === 'object' && 'total' in v) {
        set(ind.code, v.total);
        Object.entries(v.parts || {}).forEach(([p, n]) => set(ind.code + '.parts.' + p, n));
        continue;
      }
      set(ind.code, v);
    }
  }
}

function current() {
  return collect(state.template, state.inputs, state.docLists);
}

function onEdit(e) {
  if (e && e.target && e.target.dataset && e.target.dataset.key && e.type === 'change') state.touched.add(e.target.dataset.key);
  state.serverErrors = [];
  showErrors();
  if (mayWrite) {
    clearTimeout(state.saveTimer);
    state.saveTimer = setTimeout(() => saveDraft(false), 1500);
  }
}

function clientErrors(forSubmit) {
  const collected = current();
  return validate(state.template, state.round, collected, { forSubmit });
}

function showErrors() {
  const errors = clientErrors(state.showAll).filter(err => state.showAll || isTouched(err.field));
  renderErrors(errors.concat(state.serverErrors));
  return errors;
}

function isTouched(field) {
  for (const key of state.touched) {
    if (field === key || key.startsWith(field + '.') || key.startsWith(field + '[') || field.startsWith(key)) return true;
  }
  return false;
}

function renderErrors(errors) {
  state.slots.forEach(slot => { slot.textContent = ''; });
  state.inputs.forEach(i => i.removeAttribute('aria-invalid'));
  state.docLists.forEach(list => list.rows.forEach(r => { r.slot.textContent = ''; [r.number, r.date, r.title].forEach(i => i.removeAttribute('aria-invalid')); }));
  const general = [];
  for (const err of errors) {
    const target = locate(err.field);
    if (!target) { general.push(err.message); continue; }
    target.slot.textContent = target.slot.textContent ? target.slot.textContent + ' ' + err.message : err.message;
    target.inputs.forEach(i => i.setAttribute('aria-invalid', 'true'));
  }
  replace(banner, general.length ? el('div', { class: 'alert', role: 'alert', id: 'general-errors' }, general.map(m => el('p', {}, m))) : null);
}

/** Finds where an error about {@code field} belongs (server fields may start with "values." or "narrative."). */
function locate(field) {
  let key = String(field || '').replace(/^values\./, '');
  const row = key.match(/^([A-Z0-9_]+)\[(\d+)\]/);
  if (row && state.docLists.has(row[1])) {
    const r = state.docLists.get(row[1]).rows[Number(row[2])];
    if (r) {
      const part = key.split('.').pop();
      return { slot: r.slot, inputs: [r[part] || r.number].filter(Boolean) };
    }
  }
  while (key) {
    if (state.slots.has(key)) {
      const inputs = [...state.inputs.entries()].filter(([k]) => k === key || k.startsWith(key + '.')).map(([, i]) => i);
      return { slot: state.slots.get(key), inputs };
    }
    const cut = Math.max(key.lastIndexOf('.'), key.lastIndexOf('['));
    key = cut > 0 ? key.substring(0, cut) : '';
  }
  return null;
}

function body() {
  const c = current();
  return { values: c.values, narrative: c.narrative, documentNumber: c.documentNumber || null, signer: c.signer || null };
}

async function saveDraft(explicit) {
  clearTimeout(state.saveTimer);
  try {
    await api('PUT', base + '/draft', body());
    saved.textContent = t('draft.saved', dateTime(new Date().toISOString()));
  } catch (e) {
    saved.textContent = t('draft.failed', e.message);
    if (e instanceof ApiError && e.errors.length && explicit) { state.serverErrors = e.errors; showErrors(); }
  }
}

function confirmDialog() {
  const dialog = el('dialog', { id: 'confirm-dialog', 'aria-labelledby': 'confirm-title' },
    el('h2', { id: 'confirm-title' }, t('confirm.title')),
    el('p', { id: 'confirm-text' }),
    el('div', { class: 'actions' },
      el('button', { type: 'button', id: 'confirm-submit', onclick: () => { dialog.close(); submit(); } }, t('confirm.yes')),
      el('button', { type: 'button', class: 'secondary', id: 'confirm-cancel', onclick: () => dialog.close() }, t('confirm.no'))));
  return dialog;
}

function startSubmit() {
  state.showAll = true;
  const errors = showErrors();
  if (errors.length) {
    replace(banner, el('div', { class: 'alert', role: 'alert', id: 'error-summary' }, t('errors.count', errors.length)));
    const first = locate(errors[0].field);
    if (first && first.inputs[0]) first.inputs[0].focus();
    return;
  }
  const c = current();
  document.getElementById('confirm-text').textContent = t('confirm.text', ctx.reportAgency, ctx.round, c.signer || '');
  document.getElementById('confirm-dialog').showModal();
}

async function submit() {
  state.pendingKey = state.pendingKey || newIdempotencyKey();
  try {
    const answer = await api('POST', base + '/submissions', body(), { 'Idempotency-Key': state.pendingKey });
    state.pendingKey = null;
    state.report = await loadReport();
    render();
    replace(banner, el('p', { class: 'notice', id: 'submitted', role: 'status' },
      t('submitted', answer.version, dateTime(answer.submittedAt)) + (answer.late ? ' ' + t('late') : '')));
    banner.scrollIntoView();
  } catch (e) {
    if (e instanceof ApiError && e.status < 500) state.pendingKey = null;
    state.serverErrors = e instanceof ApiError ? e.errors : [];
    showErrors();
    banner.prepend(el('p', { class: 'alert', role: 'alert', id: 'submit-error' }, e.message));
    const first = state.serverErrors.length ? locate(state.serverErrors[0].field) : null;
    if (first && first.inputs[0]) first.inputs[0].focus(); else banner.scrollIntoView();
  }
}

function reviewBox() {
  if (!mayReview) return null;
  const reason = el('textarea', { id: 'return-reason', rows: 3 });
  const out = el('p', { id: 'review-result', role: 'status' });
  const act = async (path, payload) => {
    try {
      await api('POST', base + path, payload);
      state.report = await loadReport();
      render();
    } catch (e) {
      out.textContent = e.message;
    }
  };
  return el('section', { id: 'review', 'aria-labelledby': 'review-title' }, el('h2', { id: 'review-title' }, t('review')),
    el('div', { class: 'field' }, el('label', { for: 'return-reason' }, t('return.reason')), reason),
    el('div', { class: 'actions' },
      el('button', { type: 'button', id: 'accept-report', onclick: () => act('/accept', {}) }, t('accept')),
      el('button', { type: 'button', id: 'return-report', class: 'danger', onclick: () => {
        if (!reason.value.trim()) { out.textContent = t('return.needsReason'); reason.focus(); return; }
        act('/return', { reason: reason.value.trim() });
      } }, t('return'))),
    out);
}

function historyBox() {
  const versions = (state.report.versions || []).slice().sort((a, b) => b.version - a.version);
  const changes = el('div', { id: 'changes', 'aria-live': 'polite' });
  const rows = versions.map(v => [String(v.version), dateTime(v.submittedAt), v.late ? t('late') : t('onTime'), v.submittedBy || '',
    el('span', { class: 'status status-' + v.status }, t('st.' + v.status)),
    el('button', { type: 'button', class: 'secondary', onclick: () => showChanges(v.version, changes) }, t('history.changes'))]);
  return el('section', { id: 'history', 'aria-labelledby': 'history-title' }, el('h2', { id: 'history-title' }, t('history')),
    versions.length ? table(t('history'), [t('version'), t('submittedAt'), t('timeliness'), t('submittedBy'), t('status'), ''], rows)
      : el('p', {}, t('history.none')),
    changes);
}

async function showChanges(version, target) {
  try {
    const now = await get(base + '/versions/' + version);
    const list = Array.isArray(now.changes) ? now.changes.map(describeChange)
      : diff(version > 1 ? await get(base + '/versions/' + (version - 1)) : { values: {}, narrative: {} }, now);
    replace(target, el('h3', {}, t('history.changesOf', version)),
      list.length ? el('ul', { class: 'changes' }, list.map(c => el('li', {}, c))) : el('p', {}, t('history.same')));
  } catch (e) {
    replace(target, el('p', { class: 'alert' }, e.message));
  }
}

function fieldNames() {
  const names = new Map();
  state.template.sections.forEach(s => { names.set('narrative.' + s.code, sectionTitle(s)); (s.indicators || []).forEach(i => names.set(i.code, name(i))); });
  return names;
}

const shown = v => (v === undefined || v === null ? '—' : typeof v === 'object' ? JSON.stringify(v) : String(v));

/** One change as the server lists it: {field: "values.X" | "narrative.Y", before, after}. */
function describeChange(change) {
  const key = String(change.field || '').replace(/^values\./, '');
  return (fieldNames().get(key) || key) + ': ' + shown(change.before) + ' → ' + shown(change.after);
}

function diff(before, now) {
  const out = [];
  const names = fieldNames();
  const compare = (prefix, a, b) => {
    const keys = new Set([...Object.keys(a || {}), ...Object.keys(b || {})]);
    keys.forEach(k => {
      const x = shown((a || {})[k]);
      const y = shown((b || {})[k]);
      if (x !== y) out.push((names.get(prefix + k) || k) + ': ' + x + ' → ' + y);
    });
  };
  compare('', before.values, now.values);
  compare('narrative.', before.narrative, now.narrative);
  return out;
}

load();

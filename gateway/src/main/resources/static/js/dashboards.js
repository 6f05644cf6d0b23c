// Home Affairs: all rounds, and the form to open a new one.
import { api, get, ApiError } from './api.js';
import { el, replace, table } from './dom.js';
import { t } from './i18n.js';
import { date, dateTime, localToInstant } from './format.js';

const app = document.getElementById('app');
const PERIODS = ['MONTH', 'QUARTER', 'HALF_YEAR', 'NINE_MONTHS', 'YEAR', 'AD_HOC'];

function field(id, label, control) {
  control.id = id;
  control.setAttribute('aria-describedby', 'err-' + id);
  return el('div', { class: 'field' }, el('label', { for: id }, label), control, el('p', { class: 'field-error', id: 'err-' + id }));
}

function roundForm(templates, agencies) {
  const result = el('p', { id: 'round-result', role: 'status' });
  const boxes = agencies.map(a => el('label', { class: 'check' },
    el('input', { type: 'checkbox', name: 'expected', value: a.code }), ' ' + a.code + ' – ' + a.name));
  const all = el('button', { type: 'button', class: 'secondary', id: 'select-all-agencies',
    onclick: () => boxes.forEach(b => { b.querySelector('input').checked = true; }) }, t('round.allAgencies'));
  const form = el('form', { id: 'new-round', novalidate: true, onsubmit: async e => {
    e.preventDefault();
    document.querySelectorAll('#new-round .field-error').forEach(p => { p.textContent = ''; });
    const v = id => document.getElementById(id).value.trim();
    const expected = [...form.querySelectorAll('input[name="expected"]:checked')].map(i => i.value);
    const missing = ['round-code', 'round-template', 'round-dataFrom', 'round-dataTo', 'round-dueAt'].filter(id => !v(id));
    missing.forEach(id => { document.getElementById('err-' + id).textContent = t('v.required'); });
    if (!expected.length) document.getElementById('err-round-expected').textContent = t('v.required');
    if (!missing.length && v('round-dataFrom') > v('round-dataTo')) document.getElementById('err-round-dataTo').textContent = t('v.dateOrder');
    if (missing.length || !expected.length || v('round-dataFrom') > v('round-dataTo')) return;
    try {
      const round = await api('POST', '/api/rounds', { code: v('round-code'), templateCode: v('round-template'), periodKind: v('round-period'),
        dataFrom: v('round-dataFrom'), dataTo: v('round-dataTo'), dueAt: localToInstant(v('round-dueAt')), expectedAgencies: expected });
      window.location.href = '/dashboard/' + encodeURIComponent(round.code);
    } catch (err) {
      (err instanceof ApiError ? err.errors : []).forEach(fe => {
        const slot = document.getElementById('err-round-' + fe.field);
        if (slot) slot.textContent = fe.message;
      });
      result.textContent = err.message;
      result.className = 'alert';
    }
  } },
  el('h2', {}, t('round.new')),
  field('round-code', t('round.code'), el('input', { autocomplete: 'off', placeholder: '2026-ADHOC-01' })),
  field('round-template', t('round.template'), el('select', {}, templates.map(x => el('option', { value: x.code }, x.code + ' v' + x.version + ' – ' + x.title)))),
  field('round-period', t('round.period'), el('select', {}, PERIODS.map(p => el('option', { value: p }, t('pk.' + p))))),
  field('round-dataFrom', t('round.dataFrom'), el('input', { type: 'date' })),
  field('round-dataTo', t('round.dataTo'), el('input', { type: 'date' })),
  field('round-dueAt', t('round.dueAt'), el('input', { type: 'datetime-local' })),
  el('fieldset', { id: 'round-expected' }, el('legend', {}, t('round.expected')), all, el('div', { class: 'cards' }, boxes),
    el('p', { class: 'field-error', id: 'err-round-expected' })),
  el('button', { type: 'submit', id: 'create-round' }, t('round.create')), result);
  return form;
}

async function load() {
  try {
    const [rounds, templates, agencies] = await Promise.all([get('/api/rounds'), get('/api/catalogue/templates'), get('/api/catalogue/agencies')]);
    rounds.sort((a, b) => String(b.dueAt).localeCompare(String(a.dueAt)));
    const rows = rounds.map(r => [
      el('a', { href: '/dashboard/' + encodeURIComponent(r.code), class: 'round-link' }, r.code),
      r.title || '', date(r.dataFrom) + ' – ' + date(r.dataTo), dateTime(r.dueAt), String((r.expectedAgencies || []).length), t('rs.' + r.status)]);
    replace(app, table(t('rounds.caption'), [t('round'), t('round.title'), t('period'), t('deadline'), t('round.expectedCount'), t('roundStatus')],
      rows, { id: 'rounds-table' }), roundForm(templates, agencies.filter(a => !a.validTo)));
  } catch (e) {
    replace(app, el('p', { class: 'alert', role: 'alert' }, e.message));
  }
}


load();

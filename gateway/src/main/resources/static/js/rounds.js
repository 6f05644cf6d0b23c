// My rounds: every round that expects my agency, with the status of my report and the time left.
import { get, ApiError, pageContext } from './api.js';
import { el, replace, table } from './dom.js';
import { t } from './i18n.js';
import { date, dateTime, timeLeft } from './format.js';

const ctx = pageContext();
const app = document.getElementById('app');

async function statusOf(round) {
  try {
    const report = await get('/api/rounds/' + encodeURIComponent(round.code) + '/reports/' + encodeURIComponent(ctx.agency));
    return report.status || 'NEW';
  } catch (e) {
    if (e instanceof ApiError && e.status === 404) return 'NEW';
    return 'UNKNOWN';
  }
}

async function load() {
  try {
    const rounds = (await get('/api/rounds'))
      .filter(r => !ctx.agency || (r.expectedAgencies || []).includes(ctx.agency) || (r.reopenedFor && r.reopenedFor[ctx.agency]))
      .sort((a, b) => String(b.dueAt).localeCompare(String(a.dueAt)));
    const statuses = await Promise.all(rounds.map(statusOf));
    if (!rounds.length) {
      replace(app, el('p', { id: 'no-rounds' }, t('rounds.none')));
      return;
    }
    const rows = rounds.map((r, i) => [
      el('a', { href: '/rounds/' + encodeURIComponent(r.code) + '/reports/' + encodeURIComponent(ctx.agency), class: 'round-link' },
        r.title || r.code),
      date(r.dataFrom) + ' – ' + date(r.dataTo),
      dateTime(r.dueAt),
      statuses[i] === 'SUBMITTED' || statuses[i] === 'ACCEPTED' ? '' : timeLeft(r.dueAt),
      el('span', { class: 'status status-' + statuses[i] }, t('st.' + statuses[i])),
      t('rs.' + r.status)
    ]);
    replace(app, table(t('rounds.caption'), [t('round'), t('period'), t('deadline'), t('timeLeft'), t('status'), t('roundStatus')],
      rows, { id: 'rounds-table' }));
  } catch (e) {
    replace(app, el('p', { class: 'alert', role: 'alert' }, e.message));
  }
}

load();

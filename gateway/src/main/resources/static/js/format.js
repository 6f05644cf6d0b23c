import { lang } from './api.js';
import { t } from './i18n.js';

const ZONE = 'Asia/Ho_Chi_Minh';

/** yyyy-MM-dd → dd/MM/yyyy */
export function date(iso) {
  if (!iso) return '';
  const [y, m, d] = String(iso).substring(0, 10).split('-');
  return d + '/' + m + '/' + y;
}

/** An instant, shown in Vietnam's time zone. */
export function dateTime(instant) {
  if (!instant) return '';
  const d = new Date(instant);
  const parts = new Intl.DateTimeFormat('en-GB', { timeZone: ZONE, day: '2-digit', month: '2-digit', year: 'numeric',
    hour: '2-digit', minute: '2-digit', hour12: false }).formatToParts(d);
  const p = Object.fromEntries(parts.map(x => [x.type, x.value]));
  return p.day + '/' + p.month + '/' + p.year + ' ' + p.hour + ':' + p.minute;
}

/** "2 days 3 hours left" or "overdue by 1 day". */
export function timeLeft(instant, now = Date.now()) {
  if (!instant) return '';
  const ms = new Date(instant).getTime() - now;
  const abs = Math.abs(ms);
  const days = Math.floor(abs / 86400000);
  const hours = Math.floor((abs % 86400000) / 3600000);
  const span = days > 0 ? t('span.dh', days, hours) : t('span.h', hours, Math.floor((abs % 3600000) / 60000));
  return ms >= 0 ? t('left', span) : t('overdue', span);
}

export function number(value) {
  if (value === null || value === undefined || value === '') return '';
  return Number(value).toLocaleString(lang === 'en' ? 'en-GB' : 'vi-VN', { maximumFractionDigits: 2 });
}

/** A date-time typed in Vietnam's local time (yyyy-MM-ddTHH:mm) as an instant. */
export function localToInstant(local) {
  return new Date(local + ':00+07:00').toISOString();
}

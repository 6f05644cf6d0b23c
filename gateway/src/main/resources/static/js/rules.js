// Reads the form into the API's value shapes and checks it as the server does: required, integer/decimal,
// min/max and 0-100 for percentages, parts adding up, numerator <= denominator, the template's cross-field rules,
// document dates inside the round's data window.
import { t, lang } from './i18n.js';

const INTEGER = /^-?\d+$/;
const DECIMAL = /^-?\d+([.,]\d+)?$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function indicators(template) {
  return template.sections.flatMap(s => s.indicators || []);
}

/** The form's content: values per indicator (only what was filled), narratives, and what could not be read. */
export function collect(template, inputs, docLists) {
  const out = { values: {}, narrative: {}, documentNumber: '', signer: '', parseErrors: [] };
  const text = key => (inputs.get(key) ? inputs.get(key).value.trim() : '');
  const num = (key, type) => {
    const raw = text(key);
    if (raw === '') return undefined;
    if (type === 'INTEGER' ? !INTEGER.test(raw) : !DECIMAL.test(raw)) {
      out.parseErrors.push({ field: key, code: type === 'INTEGER' ? 'integer' : 'decimal' });
      return undefined;
    }
    return type === 'INTEGER' ? parseInt(raw, 10) : parseFloat(raw.replace(',', '.'));
  };
  out.documentNumber = text('documentNumber');
  out.signer = text('signer');
  for (const section of template.sections) {
    const narrative = text('narrative.' + section.code);
    if (section.narrative && narrative) out.narrative[section.code] = narrative.normalize('NFC');
  }
  for (const ind of indicators(template)) {
    const code = ind.code;
    switch (ind.type) {
      case 'INTEGER': case 'DECIMAL': case 'PERCENT': {
        const total = num(code, ind.type);
        if (ind.parts && ind.parts.length) {
          const parts = {};
          ind.parts.forEach(p => { const v = num(code + '.parts.' + p.code, ind.type); if (v !== undefined) parts[p.code] = v; });
          if (total !== undefined || Object.keys(parts).length) out.values[code] = { total, parts };
        } else if (total !== undefined) {
          out.values[code] = total;
        }
        break;
      }
      case 'RATIO': {
        const numerator = num(code + '.numerator', 'DECIMAL');
        const denominator = num(code + '.denominator', 'DECIMAL');
        if (numerator !== undefined || denominator !== undefined) out.values[code] = { numerator, denominator };
        break;
      }
      case 'BOOLEAN':
        if (text(code) !== '') out.values[code] = text(code) === 'true';
        break;
      case 'DOCUMENT_LIST': {
        const list = docLists.get(code);
        const rows = list ? list.rows.map(r => ({ number: r.number.value.trim(), date: r.date.value, title: r.title.value.trim().normalize('NFC') })) : [];
        if (rows.length) out.values[code] = rows;
        break;
      }
      default:
        if (text(code) !== '') out.values[code] = ind.type === 'TEXT' ? text(code).normalize('NFC') : text(code);
    }
  }
  return out;
}

function ruleMessage(rule) {
  return (lang === 'en' ? rule.messageEn : rule.messageVi) || rule.messageVi || rule.code;
}

function amount(value) {
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'object' && 'total' in value) return value.total;
  return typeof value === 'number' ? value : undefined;
}

/** Field errors [{field, code, message}] of the collected form. */
export function validate(template, round, c, { forSubmit = false } = {}) {
  const errors = c.parseErrors.map(e => ({ field: e.field, code: e.code, message: t('v.' + e.code) }));
  const bad = new Set(errors.map(e => e.field));
  const add = (field, code, message) => { if (!bad.has(field)) { bad.add(field); errors.push({ field, code, message }); } };
  if (forSubmit) {
    if (!c.documentNumber) add('documentNumber', 'required', t('v.required'));
    if (!c.signer) add('signer', 'required', t('v.required'));
  }
  for (const ind of indicators(template)) {
    const code = ind.code;
    const v = c.values[code];
    if (forSubmit && ind.required && isMissing(ind, v)) {
      add(code, 'required', ind.type === 'DOCUMENT_LIST' ? t('v.doc.none') : t('v.required'));
      continue;
    }
    if (v === undefined) continue;
    if (['INTEGER', 'DECIMAL', 'PERCENT'].includes(ind.type)) {
      const min = ind.min !== undefined && ind.min !== null ? ind.min : (ind.type === 'PERCENT' ? 0 : undefined);
      const max = ind.max !== undefined && ind.max !== null ? ind.max : (ind.type === 'PERCENT' ? 100 : undefined);
      const check = (field, n) => {
        if (n === undefined) return;
        if (ind.type === 'PERCENT' && (n < 0 || n > 100)) add(field, 'range', t('v.percent'));
        else if (min !== undefined && n < min) add(field, 'min', t('v.min', min));
        else if (max !== undefined && n > max) add(field, 'max', t('v.max', max));
      };
      if (typeof v === 'object') {
        check(code, v.total);
        Object.entries(v.parts).forEach(([p, n]) => check(code + '.parts.' + p, n));
        const given = Object.values(v.parts);
        if (v.total === undefined && given.length) add(code, 'required', t('v.total'));
        else if (given.length && given.reduce((a, b) => a + b, 0) !== v.total) {
          const rule = (template.rules || []).find(r => r.kind === 'PARTS_SUM' && r.indicator === code);
          add(code, 'parts_sum', rule ? ruleMessage(rule) : t('v.parts'));
        }
      } else {
        check(code, v);
      }
    }
    if (ind.type === 'RATIO') {
      if (v.numerator === undefined || v.denominator === undefined) add(code, 'ratio_parts', t('v.ratio.both'));
      else if (v.numerator < 0 || v.denominator <= 0) add(code, 'ratio_positive', t('v.ratio.den'));
      else if (v.numerator > v.denominator) add(code, 'ratio_le', t('v.ratio.le'));
    }
    if (ind.type === 'DOCUMENT_LIST') {
      v.forEach((d, i) => {
        const at = code + '[' + i + ']';
        if (!d.number) add(at + '.number', 'required', t('v.doc.number'));
        if (!d.date || !ISO_DATE.test(d.date)) add(at + '.date', 'date', t('v.doc.date'));
        if (!d.title) add(at + '.title', 'required', t('v.doc.title'));
      });
    }
  }
  for (const rule of template.rules || []) {
    if (rule.kind === 'SUM_EQUALS' || rule.kind === 'LESS_OR_EQUAL') {
      const left = (rule.left || []).map(k => amount(c.values[k]));
      const right = amount(c.values[rule.right]);
      if (right === undefined || left.some(x => x === undefined)) continue;
      const sum = left.reduce((a, b) => a + b, 0);
      const broken = rule.kind === 'SUM_EQUALS' ? sum !== right : sum > right;
      if (broken) add(rule.kind === 'SUM_EQUALS' ? rule.right : rule.left[0], rule.code, ruleMessage(rule));
    }
    if (rule.kind === 'DATES_IN_PERIOD' && round) {
      (c.values[rule.indicator] || []).forEach((d, i) => {
        if (d.date && ISO_DATE.test(d.date) && (d.date < round.dataFrom || d.date > round.dataTo)) {
          add(rule.indicator + '[' + i + '].date', rule.code, ruleMessage(rule));
        }
      });
    }
  }
  return errors;
}

function isMissing(ind, v) {
  if (v === undefined || v === null) return true;
  if (ind.type === 'DOCUMENT_LIST') return v.length === 0;
  if (ind.type === 'RATIO') return false;
  if (typeof v === 'object' && 'total' in v) return v.total === undefined;
  return false;
}

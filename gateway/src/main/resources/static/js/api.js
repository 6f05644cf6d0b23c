// Calls the JSON API with the session cookie; writes carry the CSRF token from the XSRF-TOKEN cookie.
export const lang = document.documentElement.lang === 'en' ? 'en' : 'vi';

function cookie(name) {
  const found = document.cookie.split('; ').find(c => c.startsWith(name + '='));
  return found ? decodeURIComponent(found.substring(name.length + 1)) : null;
}

export class ApiError extends Error {
  constructor(status, problem) {
    super((problem && (problem.detail || problem.title)) || ('HTTP ' + status));
    this.status = status;
    this.problem = problem || {};
    this.errors = (problem && Array.isArray(problem.errors)) ? problem.errors : [];
  }
}

export async function api(method, path, body, headers = {}) {
  const sent = { 'Accept': 'application/json', 'Accept-Language': lang, ...headers };
  if (body !== undefined) sent['Content-Type'] = 'application/json';
  if (method !== 'GET' && method !== 'HEAD') {
    const token = cookie('XSRF-TOKEN');
    if (token) sent['X-XSRF-TOKEN'] = token;
  }
  const response = await fetch(path, {
    method, headers: sent, credentials: 'same-origin',
    body: body === undefined ? undefined : JSON.stringify(body)
  });
  const text = await response.text();
  let data = null;
  try { data = text ? JSON.parse(text) : null; } catch (e) { data = null; }
  if (!response.ok) throw new ApiError(response.status, data);
  return data;
}

export const get = path => api('GET', path);

/** Data attributes of <main>: who is signed in and what the page is about. */
export function pageContext() {
  const main = document.getElementById('main');
  const roles = (main.dataset.roles || '').split(',').filter(Boolean);
  return {
    username: main.dataset.username, agency: main.dataset.agency || null, roles,
    round: main.dataset.round, reportAgency: main.dataset.reportAgency,
    has: role => roles.includes(role)
  };
}

export function newIdempotencyKey() {
  if (window.crypto && crypto.randomUUID) return crypto.randomUUID();
  return 'k-' + Date.now().toString(36) + '-' + Math.random().toString(36).slice(2);
}

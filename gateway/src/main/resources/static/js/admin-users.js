// User management for admins: list, create, change roles/agency/enabled, set a password, lift a sign-in lock.
import { api, get, ApiError } from './api.js';
import { el, replace, table } from './dom.js';
import { t } from './i18n.js';

const app = document.getElementById('app');
const ROLES = ['AGENCY_STAFF', 'AGENCY_HEAD', 'HOME_AFFAIRS', 'ADMIN'];
const result = el('p', { id: 'users-result', role: 'status', 'aria-live': 'polite' });

function input(id, label, attrs = {}) {
  const i = el('input', { id, name: id, ...attrs });
  return { node: el('div', { class: 'field' }, el('label', { for: id }, label), i, el('p', { class: 'field-error', id: 'err-' + id })), input: i };
}

function roleBoxes(prefix, selected) {
  return el('fieldset', { id: prefix + '-roles' }, el('legend', {}, t('users.roles')),
    ROLES.map(r => el('label', { class: 'check' },
      el('input', { type: 'checkbox', value: r, name: prefix + '-role', checked: selected.includes(r) }), ' ' + t('role.' + r))),
    el('p', { class: 'field-error', id: 'err-' + prefix + '-roles' }));
}

function chosenRoles(prefix) {
  return [...document.querySelectorAll('input[name="' + prefix + '-role"]:checked')].map(i => i.value);
}

function showFieldErrors(prefix, error) {
  document.querySelectorAll('#app .field-error').forEach(p => { p.textContent = ''; });
  const errors = error instanceof ApiError ? error.errors : [];
  errors.forEach(e => {
    const slot = document.getElementById('err-' + prefix + '-' + e.field) || document.getElementById('err-' + prefix + (e.field === 'roles' ? '-roles' : ''));
    if (slot) slot.textContent = e.message;
  });
  result.textContent = error.message;
  result.className = 'alert';
}

function createForm() {
  const username = input('new-username', t('users.username'), { autocomplete: 'off', required: true });
  const displayName = input('new-displayName', t('users.displayName'), { required: true });
  const agency = input('new-agency', t('users.agency'));
  const password = input('new-password', t('users.password'), { type: 'password', autocomplete: 'new-password', required: true });
  const form = el('form', { id: 'create-user', class: 'stack', novalidate: true, onsubmit: async e => {
    e.preventDefault();
    try {
      await api('POST', '/api/users', { username: username.input.value, displayName: displayName.input.value,
        agency: agency.input.value, password: password.input.value, roles: chosenRoles('new'), enabled: true });
      result.textContent = t('users.created', username.input.value);
      result.className = 'notice';
      form.reset();
      await loadUsers();
    } catch (err) {
      showFieldErrors('new', err);
    }
  } }, el('h2', {}, t('users.new')), username.node, displayName.node, agency.node, password.node, roleBoxes('new', ['AGENCY_STAFF']),
  el('button', { type: 'submit', id: 'create-user-submit' }, t('users.create')));
  return form;
}

function editForm(user) {
  const displayName = input('edit-displayName', t('users.displayName'), { value: user.displayName || '' });
  const agency = input('edit-agency', t('users.agency'), { value: user.agency || '' });
  const enabled = el('input', { type: 'checkbox', id: 'edit-enabled', checked: user.enabled });
  const password = input('edit-password', t('users.newPassword'), { type: 'password', autocomplete: 'new-password' });
  const box = el('section', { id: 'edit-user', 'aria-labelledby': 'edit-title' }, el('h2', { id: 'edit-title' }, t('users.edit', user.username)),
    displayName.node, agency.node, roleBoxes('edit', user.roles),
    el('div', { class: 'field' }, el('label', { for: 'edit-enabled' }, enabled, ' ' + t('users.enabled'))),
    el('div', { class: 'actions' },
      el('button', { type: 'button', id: 'save-user', onclick: async () => {
        try {
          await api('PUT', '/api/users/' + encodeURIComponent(user.username), { displayName: displayName.input.value,
            agency: agency.input.value, roles: chosenRoles('edit'), enabled: enabled.checked });
          result.textContent = t('users.saved', user.username); result.className = 'notice';
          await loadUsers();
        } catch (err) { showFieldErrors('edit', err); }
      } }, t('users.save')),
      el('button', { type: 'button', class: 'secondary', id: 'unlock-user', onclick: async () => {
        try {
          await api('DELETE', '/api/users/' + encodeURIComponent(user.username) + '/lock');
          result.textContent = t('users.unlocked', user.username); result.className = 'notice';
        } catch (err) { showFieldErrors('edit', err); }
      } }, t('users.unlock'))),
    password.node,
    el('button', { type: 'button', class: 'secondary', id: 'set-password', onclick: async () => {
      try {
        await api('POST', '/api/users/' + encodeURIComponent(user.username) + '/password', { password: password.input.value });
        password.input.value = '';
        result.textContent = t('users.passwordSet', user.username); result.className = 'notice';
      } catch (err) { showFieldErrors('edit', err); }
    } }, t('users.setPassword')));
  replace(document.getElementById('editor'), box);
  displayName.input.focus();
}

async function loadUsers() {
  const users = await get('/api/users');
  const rows = users.map(u => [u.username, u.displayName || '', u.agency || '', u.roles.map(r => t('role.' + r)).join(', '),
    u.enabled ? t('yes') : t('no'),
    el('button', { type: 'button', class: 'secondary', 'aria-label': t('users.editOf', u.username), onclick: () => editForm(u) }, t('users.editShort'))]);
  replace(document.getElementById('users'), table(t('users.list'), [t('users.username'), t('users.displayName'), t('users.agency'),
    t('users.roles'), t('users.enabled'), ''], rows, { id: 'users-table' }));
}

replace(app, result, el('div', { id: 'users' }), el('div', { id: 'editor' }), createForm());
loadUsers().catch(e => { result.textContent = e.message; result.className = 'alert'; });

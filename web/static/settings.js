// The settings page: sends every setting to PUT /api/profile and shows what the server says, in the page's words.
import { api, el } from './common.js';

const form = document.getElementById('settings-form');
const result = document.getElementById('settings-result');
const appetite = form.elements.namedItem('explorationAppetite');
const appetiteValue = document.getElementById('appetite-value');
// The page's way of writing a percentage ("100%", "100 %"), given by the server as the form of 100.
const percentOf100 = form.getAttribute('data-percent-of-100') || '100%';
appetite.addEventListener('input', () => {
  appetiteValue.textContent = percentOf100.replace('100', String(Math.round(Number(appetite.value) * 100)));
});

function money(input) {
  const digits = Number(input.getAttribute('data-digits'));
  return { amountMinor: Math.round(Number(input.value) * 10 ** digits), currency: input.getAttribute('data-currency') };
}

form.addEventListener('submit', async (event) => {
  event.preventDefault();
  const checked = (name) => [...form.querySelectorAll(`input[name="${name}"]:checked`)].map((i) => i.value);
  const others = form.elements.namedItem('otherBanned').value.split(',').map((s) => s.trim()).filter(Boolean);
  const floor = form.elements.namedItem('honestyFloor').value.trim();
  const profile = {
    currency: form.getAttribute('data-currency'),
    country: form.getAttribute('data-country'),
    spendCapPerOrder: money(form.elements.namedItem('spendCapPerOrder')),
    spendCapPerMonth: money(form.elements.namedItem('spendCapPerMonth')),
    bannedBrands: [...new Set([...checked('bannedBrands'), ...others])],
    values: checked('values'),
    disclosure: checked('disclosure')[0],
    explorationAppetite: Number(appetite.value),
    secondChances: form.elements.namedItem('secondChances').checked,
    // Empty means the default floor: null says so (an omitted setting is left as it is).
    honestyFloor: floor === '' ? null : Number(floor),
  };
  try {
    await api('PUT', '/api/profile', profile);
    result.replaceChildren(el('p', { class: 'ok' }, form.getAttribute('data-saved')));
  } catch (error) {
    result.replaceChildren(el('p', { class: 'error' }, error.message), el('ul', {}, error.issues.map((i) => el('li', {}, `${i.path}: ${i.message}`))));
  }
});

import { DISCLOSURE_LEVELS, PERSONAL_VALUES, type Profile } from '../../agent/policy/index.ts';
import { minorDigitsOf, toMajorUnits, type Money } from '../../protocol/index.ts';
import { html, type SafeHtml } from './safe-html.ts';

/** What the settings page edits: the profile and the brands that can be banned. */
export interface SettingsPageData {
  readonly profile: Profile;
  readonly brands: ReadonlyArray<{ readonly id: string; readonly name: string }>;
}

function moneyInput(label: string, name: string, money: Money): SafeHtml {
  const digits = minorDigitsOf(money.currency);
  const major = toMajorUnits(money).toFixed(digits);
  return html`<label>${label} (${money.currency}) <input type="number" name="${name}" min="0" step="${digits === 0 ? '1' : (1 / 10 ** digits).toFixed(digits)}" value="${major}" data-digits="${digits}" data-currency="${money.currency}" required></label>`;
}

const DISCLOSURE_TEXT: Readonly<Record<(typeof DISCLOSURE_LEVELS)[number], string>> = {
  minimal: 'Minimal: brands learn only what the need requires (never the budget, never who you are)',
  'share-budget': 'Share my budget with brands',
};

/** The policies form: spend caps, banned brands, values, disclosure and exploration appetite (saved by settings.js). */
export function settingsPage(data: SettingsPageData): SafeHtml {
  const p = data.profile;
  const known = new Set(data.brands.map((b) => b.id));
  const otherBanned = p.bannedBrands.filter((id) => !known.has(id));
  return html`<h1>Settings</h1>
<p class="note">These rules are enforced in code before anything is shown or bought; brands never see them.</p>
<form id="settings-form" class="settings" data-currency="${p.currency}" data-country="${p.country}">
<fieldset><legend>Spending</legend>
${moneyInput('Cap per order', 'spendCapPerOrder', p.spendCapPerOrder)}
${moneyInput('Cap per month', 'spendCapPerMonth', p.spendCapPerMonth)}
</fieldset>
<fieldset><legend>Values</legend>
${Object.keys(PERSONAL_VALUES).map((v) => html`<label class="check"><input type="checkbox" name="values" value="${v}"${p.values.includes(v as Profile['values'][number]) ? html` checked` : ''}> ${v}</label>`)}
</fieldset>
<fieldset><legend>Banned brands</legend>
${data.brands.map((b) => html`<label class="check"><input type="checkbox" name="bannedBrands" value="${b.id}"${p.bannedBrands.includes(b.id) ? html` checked` : ''}> ${b.name}</label>`)}
<label>Other brand ids (comma separated) <input type="text" name="otherBanned" value="${otherBanned.join(', ')}"></label>
</fieldset>
<fieldset><legend>Disclosure</legend>
${DISCLOSURE_LEVELS.map((d) => html`<label class="check"><input type="radio" name="disclosure" value="${d}"${p.disclosure === d ? html` checked` : ''}> ${DISCLOSURE_TEXT[d]}</label>`)}
</fieldset>
<fieldset><legend>Exploration</legend>
<label>Appetite for options outside your usual bubble: <output id="appetite-value">${Math.round(p.explorationAppetite * 100)}%</output>
<input type="range" name="explorationAppetite" min="0" max="1" step="0.05" value="${p.explorationAppetite}"></label>
<label>Honesty floor (blank = the trust model's default) <input type="number" name="honestyFloor" min="0" max="1" step="0.01" value="${p.honestyFloor ?? ''}"></label>
<label class="check"><input type="checkbox" name="secondChances"${p.secondChances ? html` checked` : ''}> Second chances: a brand caught saying something false may be recommended again once clean checks outweigh it (untick: never again, even when it offers the best deal)</label>
</fieldset>
<div class="actions"><button type="submit" class="primary">Save</button></div>
<div id="settings-result" aria-live="polite"></div>
</form>`;
}

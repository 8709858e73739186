import { DISCLOSURE_LEVELS, PERSONAL_VALUES, type Profile } from '../../agent/policy/index.ts';
import { minorDigitsOf, toMajorUnits, type Money } from '../../protocol/index.ts';
import { DEFAULT_LANGUAGE, type Language } from '../../agent/language/index.ts';
import { CHAT_LABELS } from '../chat-labels.ts';
import { PAGE_LABELS } from '../page-labels.ts';
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

/**
 * The policies form, in the page's language: spend caps, banned brands, values, disclosure and exploration appetite
 * (saved by settings.js, which takes its words — the saved note, the percentage's form — from the form's attributes).
 */
export function settingsPage(data: SettingsPageData, language: Language = DEFAULT_LANGUAGE): SafeHtml {
  const p = data.profile;
  const say = PAGE_LABELS[language].settings;
  const pct = CHAT_LABELS[language].percent;
  const known = new Set(data.brands.map((b) => b.id));
  const otherBanned = p.bannedBrands.filter((id) => !known.has(id));
  return html`<h1>${say.heading}</h1>
<p class="note">${say.note}</p>
<form id="settings-form" class="settings" data-currency="${p.currency}" data-country="${p.country}" data-saved="${say.saved}" data-percent-of-100="${pct(1)}">
<fieldset><legend>${say.spending}</legend>
${moneyInput(say.capPerOrder, 'spendCapPerOrder', p.spendCapPerOrder)}
${moneyInput(say.capPerMonth, 'spendCapPerMonth', p.spendCapPerMonth)}
</fieldset>
<fieldset><legend>${say.values}</legend>
${(Object.keys(PERSONAL_VALUES) as Array<keyof typeof PERSONAL_VALUES>).map((v) => html`<label class="check"><input type="checkbox" name="values" value="${v}"${p.values.includes(v) ? html` checked` : ''}> ${say.valueNames[v]}</label>`)}
</fieldset>
<fieldset><legend>${say.bannedBrands}</legend>
${data.brands.map((b) => html`<label class="check"><input type="checkbox" name="bannedBrands" value="${b.id}"${p.bannedBrands.includes(b.id) ? html` checked` : ''}> ${b.name}</label>`)}
<label>${say.otherBanned} <input type="text" name="otherBanned" value="${otherBanned.join(', ')}"></label>
</fieldset>
<fieldset><legend>${say.disclosure}</legend>
${DISCLOSURE_LEVELS.map((d) => html`<label class="check"><input type="radio" name="disclosure" value="${d}"${p.disclosure === d ? html` checked` : ''}> ${say.disclosureLevels[d]}</label>`)}
</fieldset>
<fieldset><legend>${say.exploration}</legend>
<label>${say.appetite}<output id="appetite-value">${pct(p.explorationAppetite)}</output>
<input type="range" name="explorationAppetite" min="0" max="1" step="0.05" value="${p.explorationAppetite}"></label>
<label>${say.honestyFloor} <input type="number" name="honestyFloor" min="0" max="1" step="0.01" value="${p.honestyFloor ?? ''}"></label>
<label class="check"><input type="checkbox" name="secondChances"${p.secondChances ? html` checked` : ''}> ${say.secondChances}</label>
</fieldset>
<div class="actions"><button type="submit" class="primary">${say.save}</button></div>
<div id="settings-result" aria-live="polite"></div>
</form>`;
}

/**
 * A quote or an award whose source and date the text states ("'A rare and brilliant revival' — The Guardian, 12 March
 * 2026", "— buyer review on eBay, 28 November 2026", "Voted Best Independent Butcher 2025 by the Meat Trades Journal
 * readers' awards"): a reader can look it up, as with a certificate number beside an authority claim, so the quote
 * informs rather than leans on a crowd. An anonymous first name ("— Kate W.") or "voted #1 by our customers" names no
 * dated source.
 */
const YEAR = String.raw`(?:19|20)\d{2}`;
/** Month names as normalised text spells them in English, French, German, Spanish and Italian (no diacritics). */
const MONTH = String.raw`(?:jan|feb|fev|mar|apr|avr|abr|may|mai|mag|jun|juin|giu|jul|juil|lug|aug|aout|ago|sep|set|oct|okt|ott|nov|dec|dez|dic|ene|gen)[a-z]*`;
/** A quotation followed by a dash and an attribution that carries a month and year or a day, month and year. */
const QUOTE_WITH_DATED_SOURCE = new RegExp(String.raw`"[^"\n]{3,200}"\s*[-~]\s*[^"\n]{2,80}?\b${MONTH}\.? (?:de |del )?${YEAR}\b`);
/** An award or vote with its year and a named awarding body or competition. */
const AWARD_WITH_DATED_SOURCE = new RegExp(
  String.raw`\b(?:voted|named|awarded|crowned|winner of|won)\b[^.!?;\n]{0,60}?\b${YEAR}\b[^.!?;\n]{0,60}?\b(?:awards?|competition|journal|magazine|guide|association|society|jury|panel|test)\b|` +
    String.raw`\b(?:voted|named|awarded|crowned|winner of|won)\b[^.!?;\n]{0,60}?\b(?:awards?|competition|journal|magazine|guide|association|society|jury|panel|test)\b[^.!?;\n]{0,40}?\b${YEAR}\b`,
);

/** Whether the (normalised) text attributes a quote or an award to a named, dated source. */
export function statesDatedSource(text: string): boolean {
  return QUOTE_WITH_DATED_SOURCE.test(text) || AWARD_WITH_DATED_SOURCE.test(text);
}

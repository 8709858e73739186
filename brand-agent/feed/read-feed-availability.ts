/** A row's availability in Merchant Center's words. */
export type FeedAvailability = 'in_stock' | 'out_of_stock' | 'preorder' | 'backorder';

/**
 * Other words for those: Meta's catalog (and Merchant Center before 2014) writes "available for order" — orderable,
 * none in stock — and "discontinued"; shops write "pre-order".
 */
const ALIASES: Readonly<Record<string, FeedAvailability>> = { available_for_order: 'backorder', discontinued: 'out_of_stock', pre_order: 'preorder' };
const MERCHANT: readonly FeedAvailability[] = ['in_stock', 'out_of_stock', 'preorder', 'backorder'];

/** What stock is, said in the languages shops write feeds in (lower case, accents removed). */
const AVAILABLE = /(?<![\p{L}\p{N}])(?:in stock|available|auf lager|ab lager|an lager|lieferbar|verfugbar|vorratig|disponibile|disponibilita|disponible|limited availability|en stock|op voorraad|leverbaar|beschikbaar|dostepn[ya]|na stanie|en existencia|i lager|pa lager|skladem|διαθεσιμο)(?![\p{L}\p{N}])/u;
/** A negation before that: "nicht lieferbar", "non disponibile", "niet op voorraad", "not available". */
const NEGATED = /\b(?:not|nicht|kein|non|niet|no|nie|pas|plus|ej|inte|ikke|ne)\b/;
/** Words that say none is left whatever comes with them. */
const GONE = /\b(?:out of stock|sold out|ausverkauft|vergriffen|esaurit[oa]|rupture|epuise|agotado|uitverkocht|niedostepn[ya]|brak|slut i lager|tillfalligt slut|slutsald|udsolgt|utsolgt|vyprodano)\b/;
const PREORDER = /\b(?:pre ?order|vorbestell\w*|preordine|precommande|preventa|reserveren|forhandsbokning|forbestilling|predobjednavka)\b/;
/** Words that say the shop orders it in for the buyer: orderable, none in stock. */
const BACKORDER = /(?<![\p{L}\p{N}])(?:on order|made to order|bestallningsvara|bestillingsvare|na objednavku|κατοπιν παραγγελιας)(?![\p{L}\p{N}])/u;
/** A delivery time in place of an availability ("1-3 Werktage", "2 days", "3-5 giorni lavorativi"): orderable now. */
const DELIVERY_TIME = /^\d{1,2}(?:\s*[-–]\s*\d{1,2})?\s*(?:werktage?n?|arbeitstage?n?|tage?n?|business days?|working days?|days?|giorni(?: lavorativi)?|jours?(?: ouvres)?|dias(?: habiles)?|werkdagen|dagen|dni(?: robocze)?|dagar|dag|arbetsdagar|vardagar|dage|dager|hverdage|dny|dnu|dni)$/;

/**
 * A row's availability: Merchant Center's values and their aliases as written ("in stock", "out_of_stock"), else the
 * words a shop writes in its own language ("sofort lieferbar", "derzeit nicht lieferbar", "Esaurito", "Disponibilità
 * limitata"), or a delivery time in days ("1-3 Werktage", orderable now, so in stock); undefined when the text says
 * none of these.
 */
export function readFeedAvailability(raw: string): FeedAvailability | undefined {
  const said = raw.trim().toLowerCase().replace(/[\s-]+/g, '_');
  const merchant = ALIASES[said] ?? said;
  if ((MERCHANT as readonly string[]).includes(merchant)) return merchant as FeedAvailability;
  // A yes/no column: 1 is available, 0 is not (Kelkoo's and Ceneo's codes start so too; their others are not "in stock now").
  if (/^\s*1\s*$/.test(raw)) return 'in_stock';
  if (/^\s*0\s*$/.test(raw)) return 'out_of_stock';
  const text = raw
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/ł/g, 'l')
    .replace(/[_\s]+/g, ' ')
    .trim()
    .slice(0, 200);
  if (GONE.test(text)) return 'out_of_stock';
  if (PREORDER.test(text)) return 'preorder';
  if (BACKORDER.test(text)) return 'backorder';
  const available = AVAILABLE.exec(text);
  if (available) return NEGATED.test(text.slice(0, available.index)) ? 'out_of_stock' : 'in_stock';
  if (DELIVERY_TIME.test(text)) return 'in_stock';
  return undefined;
}

/**
 * Whether an offer row is for sale by its own status columns, as exports write them in a shop's words: a status
 * ("Draft", "Archived", "Inactive", "Entwurf"), a yes/no switch that must be on ("active", "visible", "published",
 * "Aktiv") or one that must be off ("archived", "hidden"). Names as `normaliseFieldName` leaves them, values compared
 * lower case without accents.
 */
export const STATUS_FIELDS = ['status', 'product_status', 'item_status', 'state', 'publish_status', 'produktstatus', 'status_oferty'];
const NOT_FOR_SALE_STATUS = new Set(['draft', 'archived', 'inactive', 'disabled', 'deleted', 'hidden', 'unpublished', 'discontinued', 'entwurf', 'inaktiv', 'archiviert', 'deaktiviert', 'brouillon', 'archive', 'inactif', 'bozza', 'archiviato', 'concept', 'gearchiveerd', 'inactief', 'offline', 'hors ligne', 'paused', 'ended', 'sold', 'vendu', 'pausada', 'finalizada', 'inactiva', 'pausado', 'finalizado', 'arsivlendi', 'onay bekliyor', 'satısta degil', 'pasif', 'zakonczona', 'zaplanowana', 'nieaktywna', 'wstrzymana']);
/** How an offer is sold, when a marketplace export says: an auction has no price a buyer pays now. */
const SALE_FORMAT_FIELDS = ['format_sprzedaży', 'format_sprzedazy', 'selling_format', 'listing_format', 'sale_format'];
const AUCTION = new Set(['licytacja', 'aukcja', 'auction']);
const ON_FIELDS = ['active', 'is_active', 'sellable', 'sale_ok', 'can_be_sold', 'kann_verkauft_werden', 'for_sale', 'enabled', 'visible', 'is_visible', 'published', 'online', 'aktiv', 'sichtbar', 'actif', 'attivo', 'actief', 'zichtbaar', 'activo', 'aktywny', 'ativo', 'exibir_na_loja', 'mostrar_en_tienda', 'publicado'];
const OFF_FIELDS = ['archived', 'is_archived', 'hidden', 'hide', 'deleted', 'is_deleted', 'archiviert', 'call_for_price'];
const NO = new Set(['false', 'no', 'n', '0', 'nein', 'falsch', 'non', 'faux', 'nee', 'onwaar', 'falso', 'nie', 'off', 'nao']);
const YES = new Set(['true', 'yes', 'y', '1', 'ja', 'wahr', 'oui', 'vrai', 'si', 'sì', 'vero', 'waar', 'tak', 'on', 'sim']);

const folded = (value: string) => value.normalize('NFD').replace(/[\u0300-\u036f]/g, '').trim().toLowerCase();

/** Why a row is not for sale (the field that says so and its words), or undefined when nothing says so. */
export function notForSale(fields: Readonly<Record<string, string>>): { field: string; why: string } | undefined {
  // Status columns recognised by their words beyond the first ("status_2": an approval state beside a sale state).
  const statuses = [...STATUS_FIELDS, ...Object.keys(fields).filter((k) => /^status_\d+$/.test(k))];
  for (const field of statuses) {
    const value = fields[field];
    if (value !== undefined && NOT_FOR_SALE_STATUS.has(folded(value))) return { field, why: `"${value}": not for sale; not served` };
  }
  for (const field of SALE_FORMAT_FIELDS) {
    const value = fields[field];
    if (value !== undefined && AUCTION.has(folded(value))) return { field, why: `"${value}": an auction, with no fixed price; not served` };
  }
  for (const field of ON_FIELDS) {
    const value = fields[field];
    if (value !== undefined && NO.has(folded(value))) return { field, why: `"${value}": not for sale; not served` };
  }
  for (const field of OFF_FIELDS) {
    const value = fields[field];
    if (value !== undefined && YES.has(folded(value))) return { field, why: `"${value}": not for sale; not served` };
  }
  return undefined;
}

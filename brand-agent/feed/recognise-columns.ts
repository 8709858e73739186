import { isValidGtin } from '../reference/index.ts';
import { readFeedAvailability } from './read-feed-availability.ts';

/**
 * Recognising an offer feed's columns when its header names them in no words the readers know: column names are
 * unbounded across shops and languages ("Titre du produit", "Ürün Adı", "price_pc", "CÓDIGO UNIVERSAL DE PRODUCTO"), so
 * each column unclaimed by a known name is judged by what its header's words say (multilingual word stems, matched
 * inside compounds: "Produktbezeichnung", "Fiyatı") and by what its values look like (GTIN check digits, amounts,
 * availability words, whole numbers, short or long text, uniqueness). A role is placed only where the content fits it;
 * a column whose header says nothing is placed by content alone only for roles whose values are proof enough (valid
 * GTINs, availability words). Ties between columns the same words name go to the first one, and are reported.
 */

/** The roles a column can be recognised as, in the order they claim columns (the most certain first). */
export const COLUMN_ROLES = ['gtin', 'price', 'sale_price', 'sale_start_date', 'sale_end_date', 'title', 'id', 'quantity', 'availability', 'size', 'color', 'currency', 'status', 'product_type'] as const;
/** One role. */
export type ColumnRole = (typeof COLUMN_ROLES)[number];

/**
 * Word stems a header names each role with, folded as `headerWords` folds them (lower case, accents removed, "ı" kept).
 * A stem of four letters or more also names a header word it starts or ends ("Verkaufspreis", "Fiyatı"); shorter ones
 * only the word itself. Stems in scripts written without spaces are looked for anywhere in the header.
 */
const ROLE_WORDS: Readonly<Record<ColumnRole, readonly string[]>> = {
  gtin: ['gtin', 'ean', 'upc', 'isbn', 'jan', 'barcode', 'barkod', 'strichcode', 'streepjescode', 'universal', '바코드', 'バーコード', '条码', '条形码'],
  price: ['price', 'prijs', 'prix', 'preis', 'precio', 'prezzo', 'preco', 'cena', 'fiyat', 'harga', 'pris', 'hinta', 'cijena', 'цена', '가격', '판매가', '価格', '売価', '价格', '售价'],
  sale_price: ['price', 'prijs', 'prix', 'preis', 'precio', 'prezzo', 'preco', 'cena', 'fiyat', 'harga', 'pris', 'hinta', '가격', '価格', '价格'],
  title: ['title', 'titel', 'titre', 'titolo', 'titulo', 'tytul', 'name', 'nom', 'nombre', 'nome', 'naam', 'nazwa', 'bezeichnung', 'benennung', 'designation', 'libelle', 'ad', 'adı', 'adi', 'isim', 'baslık', 'baslik', 'nama', 'название', 'наименование', '상품명', '제목', '商品名', '品名', '名称', '标题', 'タイトル'],
  id: ['id', 'sku', 'ref', 'reference', 'referenz', 'referencia', 'riferimento', 'referentie', 'code', 'codigo', 'codice', 'kod', 'kodu', 'artikelnummer', 'artikelnr', 'artnr', 'identifier', '상품코드', '商品コード', '品番', '货号'],
  quantity: ['quantity', 'qty', 'quantite', 'cantidad', 'quantita', 'quantidade', 'menge', 'anzahl', 'bestand', 'stock', 'stok', 'voorraad', 'giacenza', 'inventory', 'inventaire', 'existencias', 'adet', 'miktar', 'stan', 'ilosc', '재고', '수량', '在庫', '数量', '库存'],
  availability: ['availability', 'verfugbarkeit', 'disponibilite', 'disponibilidad', 'disponibilita', 'disponibilidade', 'beschikbaarheid', 'levertijd', 'lieferzeit', 'lieferbarkeit', 'dostepnosc', 'teslimat', 'sevkiyat'],
  size: ['size', 'taille', 'talla', 'taglia', 'tamanho', 'grosse', 'groesse', 'maat', 'rozmiar', 'beden', 'ukuran', 'saiz', 'размер', '사이즈', '크기', 'サイズ', '尺码'],
  color: ['color', 'colour', 'couleur', 'colore', 'cor', 'farbe', 'kleur', 'kolor', 'renk', 'rengi', 'warna', 'цвет', '색상', '컬러', 'カラー', '颜色'],
  currency: ['currency', 'moneda', 'devise', 'wahrung', 'valuta', 'waluta', 'moeda', 'doviz', 'birimi', '통화', '通貨', '货币'],
  status: ['status', 'statut', 'estado', 'stato', 'state', 'durum', 'durumu', 'zustand', '상태', '状態', '状态'],
  // A sale's dates: a header naming the sale or its validity (see `SALE_WORDS`, `VALIDITY`) and which end it is.
  sale_start_date: ['from', 'start', 'begin', 'beginn', 'ab', 'debut', 'desde', 'dal', 'vanaf', 'od', 'baslangic'],
  sale_end_date: ['until', 'end', 'ende', 'bis', 'fin', 'hasta', 'fino', 'tot', 'expires', 'ablauf', 'einde', 'do', 'bitis'],
  product_type: ['type', 'category', 'categories', 'categorie', 'categoria', 'kategorie', 'kategori', 'kategoria', 'categorieen', 'warengruppe', 'rubrik', 'rubrique', '카테고리', 'カテゴリ', 'カテゴリー', '类目', '分类'],
};

/**
 * Words that say a column is something else than the role its other words name: a list, reference, cost or shipping
 * price is not what the buyer pays; a brand's, category's or supplier's name is no product title; a minimum order or
 * a reorder point is no stock; a variant's option name is no title.
 */
const NOT_THE_PRICE = ['normal', 'list', 'liste', 'lista', 'rrp', 'msrp', 'uvp', 'compare', 'old', 'alt', 'former', 'van', 'vanprijs', 'reference', 'referenz', 'referencia', 'riferimento', 'piyasa', 'market', 'original', 'was', 'statt', 'streich', 'barre', 'conseille', 'supply', 'cost', 'cout', 'purchase', 'einkauf', 'ek', 'achat', 'wholesale', 'shipping', 'port', 'porto', 'portokosten', 'versand', 'versandkosten', 'envio', 'kargo', 'frais', 'delivery', 'min', 'max', 'minimum', 'maximum', 'unit', 'grundpreis', 'deposit', 'pfand', 'tax', 'net', 'netto', 'ht', 'excl', '정상가', '원가', '배송'];
const SALE_WORDS = ['sale', 'saleprice', 'promo', 'promotion', 'aktion', 'angebot', 'special', 'sonder', 'offer', 'oferta', 'offerta', 'discount', 'rabatt', 'reduced', 'sconto', 'solde', 'indirim', 'indirimli', 'actie', 'korting', '할인', 'セール', '特価'];
/** Words saying how long something holds ("Aktion gültig bis", "valid until"). */
const VALIDITY = ['gultig', 'valid', 'geldig', 'valable', 'valido', 'gecerli'];
const OTHER_THINGS = ['category', 'categorie', 'categoria', 'kategorie', 'kategori', 'kategoria', 'brand', 'marke', 'marca', 'marka', 'merk', 'marque', 'manufacturer', 'hersteller', 'maker', 'fabricant', 'supplier', 'lieferant', 'fournisseur', 'proveedor', 'seller', 'vendor', 'shop', 'store', 'description', 'beschreibung', 'omschrijving', 'descripcion', 'descrizione', 'aciklama', 'aciklamasi', 'commentaire', 'comment', 'image', 'imagelink', 'bild', 'gorsel', 'url', 'link', 'deeplink', 'date', 'datum', 'tarih', 'fecha', 'weight', 'gewicht', 'poids', 'tag', 'tags', 'keywords', 'variant', 'variation', 'option', 'file', 'model', 'modell', 'modelo', 'account', 'tax', 'mwst', 'kdv', 'gst', 'vat', 'satz', 'orani', 'rate', 'desi', 'group', 'parent', 'reason', 'meta', 'partner', 'composite'];
const NOT_THE_STOCK = ['min', 'max', 'minimum', 'maximum', 'reorder', 'restock', 'alert', 'track', 'display', 'order', 'sold', 'verkauft', 'vendu', 'level'];
/** Roles whose header words are vetoed by `OTHER_THINGS` (a category's name is no title, a model code no id). */
const VETOED: ReadonlySet<ColumnRole> = new Set(['title', 'id', 'price', 'sale_price', 'quantity', 'size', 'color', 'status', 'product_type']);

/** A header's words: NFD without marks (Hangul and kana recomposed), lower case, split on what is no letter or digit. */
export function headerWords(header: string): { words: string[]; folded: string } {
  const folded = header.normalize('NFD').replace(/\p{M}/gu, '').normalize('NFC').toLowerCase().replace(/i̇/g, 'i');
  // A word of a script written without spaces ends where a Latin one starts: "商品ID" is 商品 and id.
  const spaced = folded.replace(/(?<=[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}])(?=[a-z0-9])|(?<=[a-z0-9])(?=[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}])/gu, ' ');
  return { words: spaced.split(/[^\p{L}\p{N}]+/u).filter((w) => w !== ''), folded };
}

const SPACELESS = /[\p{Script=Hangul}\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;

/** True when one of a header's words is named by one of `stems` (see `ROLE_WORDS`). */
function names(header: { words: readonly string[]; folded: string }, stems: readonly string[]): boolean {
  return stems.some((stem) => (SPACELESS.test(stem) ? header.folded.includes(stem) : header.words.some((w) => w === stem || (stem.length >= 4 && (w.startsWith(stem) || w.endsWith(stem))))));
}

/** True when a header's words name `role`, none of them saying it is something else. */
export function headerNames(header: string, role: ColumnRole): boolean {
  const h = headerWords(header);
  if (!names(h, ROLE_WORDS[role])) return false;
  // "Fiyat" inside "Trendyol'da Satılacak Fiyat": a header may name the price and the tax it holds ("Preis inkl. MwSt.").
  const others = role === 'price' || role === 'sale_price' ? OTHER_THINGS.filter((w) => !['tax', 'mwst', 'kdv', 'gst', 'vat'].includes(w)) : OTHER_THINGS;
  if (VETOED.has(role) && h.words.some((w) => others.includes(w) && !ROLE_WORDS[role].includes(w))) return false;
  if (role === 'price') return !names(h, NOT_THE_PRICE) && !names(h, SALE_WORDS);
  if (role === 'sale_price') return !names(h, NOT_THE_PRICE) && names(h, SALE_WORDS);
  if (role === 'sale_start_date' || role === 'sale_end_date') return names(h, SALE_WORDS) || names(h, VALIDITY);
  if (role === 'quantity') return !h.words.some((w) => NOT_THE_STOCK.includes(w) || NOT_THE_STOCK.some((n) => n.length >= 5 && w.startsWith(n)));
  return true;
}

/** An amount as shops write one: digits with grouping and a decimal mark, a currency sign or code around it. */
const AMOUNT = /^(?:[A-Z]{3}|[^\p{L}\p{N}\s]{1,3}|RM|Rp|kr|zł|TL)?\s*\d[\d.,'’\u00a0\u202f ]*(?:[.,]\s*[-–—]{1,2})?\s*(?:[A-Z]{3}|[^\p{L}\p{N}\s]{1,3}|TL|kr|zł|원|円|元)?$/u;
const WHOLE_NUMBER = /^-?\d{1,7}$/;
const URL = /^(?:https?:\/\/|www\.)/i;

/** What one column's values look like, over the rows read. */
interface ColumnShape {
  readonly filled: number;
  readonly values: readonly string[];
}

/** The share of a column's filled values `test` holds for (0 when it has none). */
function share(shape: ColumnShape, test: (value: string) => boolean): number {
  return shape.values.length === 0 ? 0 : shape.values.filter(test).length / shape.values.length;
}

const isGtin = (v: string) => /^\d{8}$|^\d{12,14}$/.test(v) && isValidGtin(v);
const distinctShare = (shape: ColumnShape) => (shape.values.length === 0 ? 0 : new Set(shape.values).size / shape.values.length);
const meanLength = (shape: ColumnShape) => shape.values.reduce((n, v) => n + v.length, 0) / Math.max(1, shape.values.length);

/** Whether a column's values fit a role, whatever its header says. */
function contentFits(role: ColumnRole, shape: ColumnShape): boolean {
  if (shape.values.length === 0) return false;
  switch (role) {
    case 'gtin':
      return share(shape, isGtin) >= 0.6;
    case 'price':
    case 'sale_price':
      return share(shape, (v) => AMOUNT.test(v)) >= 0.8 && share(shape, (v) => /[1-9]/.test(v)) >= 0.5;
    case 'title':
      return shape.filled >= 0.8 && meanLength(shape) >= 8 && share(shape, (v) => /\p{L}{2}/u.test(v) && !URL.test(v) && !v.startsWith('<') && v.length <= 300) >= 0.9;
    case 'id':
      return shape.filled >= 0.8 && distinctShare(shape) >= 0.95 && share(shape, (v) => v.length <= 64 && !/\s/.test(v) && !URL.test(v)) >= 0.95;
    case 'quantity':
      return share(shape, (v) => WHOLE_NUMBER.test(v)) >= 0.9;
    case 'availability':
      return share(shape, (v) => !/^\d+$/.test(v) && readFeedAvailability(v) !== undefined) >= 0.6;
    case 'size':
    case 'color':
      return share(shape, (v) => v.length <= 40 && !URL.test(v)) >= 0.95;
    case 'currency':
      return share(shape, (v) => /^(?:[A-Z]{3}|[^\p{L}\p{N}\s]{1,3}|RM|kr|zł|TL)$/u.test(v)) >= 0.9;
    case 'sale_start_date':
    case 'sale_end_date':
      return share(shape, (v) => /^\d{1,4}[./-]\d{1,2}[./-]\d{1,4}(?:[ T]|$)/.test(v)) >= 0.8;
    case 'product_type':
      return share(shape, (v) => /\p{L}{2}/u.test(v) && !URL.test(v) && v.length <= 300) >= 0.9;
    case 'status':
      return share(shape, (v) => v.length <= 40 && !/^\d+$/.test(v)) >= 0.95 && new Set(shape.values.map((v) => v.toLowerCase())).size <= Math.max(6, shape.values.length / 3);
  }
}

/** Roles whose values are proof enough to place a column whose header says nothing of them. */
const CONTENT_ALONE: ReadonlySet<ColumnRole> = new Set(['gtin', 'availability']);

/** A column placed in a role: its index, and any other columns the same words named (the first is taken). */
export interface RecognisedColumn {
  readonly index: number;
  readonly alike: readonly number[];
}

/** Rows of values read to judge a column. */
const ROWS_JUDGED = 200;

/**
 * The columns of a header (as written) recognised for each of `roles` from `rows` (data rows, cells by column): each
 * role takes the first unclaimed column whose header names it and whose values fit it, else, for a role its values
 * prove (GTINs, availability words), the one column whose values fit it best. `claimed` columns are never taken.
 */
export function recogniseColumns(header: readonly string[], rows: readonly (readonly string[])[], roles: readonly ColumnRole[], claimed: ReadonlySet<number> = new Set()): Partial<Record<ColumnRole, RecognisedColumn>> {
  const judged = rows.filter((cells) => cells.length === header.length).slice(0, ROWS_JUDGED);
  const shapes: ColumnShape[] = header.map((_, i) => {
    const values = judged.map((cells) => cells[i]!.trim()).filter((v) => v !== '');
    return { filled: judged.length === 0 ? 0 : values.length / judged.length, values };
  });
  const taken = new Set(claimed);
  const placed: Partial<Record<ColumnRole, RecognisedColumn>> = {};
  for (const role of COLUMN_ROLES) {
    if (!roles.includes(role)) continue;
    const free = header.map((_, i) => i).filter((i) => !taken.has(i) && header[i]!.trim() !== '');
    const named = free.filter((i) => headerNames(header[i]!, role) && contentFits(role, shapes[i]!));
    let index = named[0];
    if (index === undefined && CONTENT_ALONE.has(role)) {
      const fits = free.filter((i) => contentFits(role, shapes[i]!) && !URL.test(shapes[i]!.values[0] ?? ''));
      // Content alone must leave no doubt: one column fits, or one fits clearly best.
      if (fits.length === 1) index = fits[0];
    }
    if (index === undefined) continue;
    taken.add(index);
    placed[role] = { index, alike: named.filter((i) => i !== index) };
  }
  return placed;
}

/** How many of a row's cells name a role by their words: a header row names several, a data or title row few. */
export function rolesNamed(cells: readonly string[]): number {
  return cells.filter((c) => c.trim() !== '' && c.length <= 80 && COLUMN_ROLES.some((role) => headerNames(c, role))).length;
}

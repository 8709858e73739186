import type BetterSqlite3 from 'better-sqlite3';
import { asc } from 'drizzle-orm';
import type { MajordomeDatabase } from './open-database.ts';
import { brands, identityLinks, type BrandRow, type IdentityLinkRow } from './schema/index.ts';

/** A brand identity known to the database. */
export interface RegisteredBrand {
  readonly brandId: string;
  readonly displayName: string | null;
  readonly registeredAtMs: number;
}

/** A link between two identities, created by the identity-link event `eventSeq`. */
export interface IdentityLink {
  readonly eventSeq: number;
  readonly brandId: string;
  readonly linkedBrandId: string;
}

/** Brands (plain string ids) and the identity links between them. */
export class BrandRegistry {
  readonly #db: MajordomeDatabase;
  // Prepared once: brand lookups sit on the append path (a drizzle query is rebuilt on every call).
  readonly #get: BetterSqlite3.Statement;
  readonly #insert: BetterSqlite3.Statement;
  readonly #insertLink: BetterSqlite3.Statement;

  constructor(db: MajordomeDatabase) {
    this.#db = db;
    this.#get = db.sqlite.prepare('SELECT brand_id AS brandId, display_name AS displayName, registered_at_ms AS registeredAtMs FROM brands WHERE brand_id = ?');
    this.#insert = db.sqlite.prepare('INSERT INTO brands (brand_id, display_name, registered_at_ms) VALUES (?, ?, ?) ON CONFLICT (brand_id) DO NOTHING');
    this.#insertLink = db.sqlite.prepare('INSERT INTO identity_links (event_seq, brand_id, linked_brand_id) VALUES (?, ?, ?)');
  }

  /** Registers a brand if it is new; an existing brand is left untouched. Returns the stored brand and whether it was created. */
  register(brand: RegisteredBrand): { brand: RegisteredBrand; created: boolean } {
    return this.#db.writeTransaction(() => {
      const inserted = this.#insert.run(brand.brandId, brand.displayName, brand.registeredAtMs);
      const stored = this.get(brand.brandId);
      if (stored === undefined) throw new Error(`brand ${brand.brandId} vanished during registration`);
      return { brand: stored, created: inserted.changes > 0 };
    });
  }

  /** One brand, if registered. */
  get(brandId: string): RegisteredBrand | undefined {
    const row = this.#get.get(brandId) as BrandRow | undefined;
    return row === undefined ? undefined : toBrand(row);
  }

  /** Every registered brand, by id. */
  list(): RegisteredBrand[] {
    return this.#db.orm.select().from(brands).orderBy(asc(brands.brandId)).all().map(toBrand);
  }

  /** Records identity links (call inside the transaction that appends their events). */
  addLinks(links: readonly IdentityLink[]): void {
    if (links.length === 0) return;
    // One prepared insert per row: a rebuild may restore more links than one multi-row statement can bind.
    this.#db.writeTransaction(() => {
      for (const link of links) this.#insertLink.run(link.eventSeq, link.brandId, link.linkedBrandId);
    });
  }

  /** Every identity link, oldest first. */
  links(): IdentityLink[] {
    return this.#db.orm.select().from(identityLinks).orderBy(asc(identityLinks.eventSeq)).all().map(toLink);
  }

  /** Drops every identity link (before rebuilding them from the log). */
  clearLinks(): void {
    this.#db.writeTransaction(() => {
      this.#db.orm.delete(identityLinks).run();
    });
  }
}

function toBrand(row: BrandRow): RegisteredBrand {
  return { brandId: row.brandId, displayName: row.displayName, registeredAtMs: row.registeredAtMs };
}

function toLink(row: IdentityLinkRow): IdentityLink {
  return { eventSeq: row.eventSeq, brandId: row.brandId, linkedBrandId: row.linkedBrandId };
}

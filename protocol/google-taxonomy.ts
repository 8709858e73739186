import { readFileSync } from 'node:fs';
import { MajordomeError } from './majordome-error.ts';

/** One node of the Google product taxonomy: official numeric id, English path from the root, parent and depth. */
export interface TaxonomyNode {
  readonly id: string;
  /** English labels from the top-level branch down to this node. */
  readonly path: readonly string[];
  /** The node's own English label (the last element of `path`). */
  readonly label: string;
  readonly parentId: string | undefined;
  /** 1 for a top-level branch. */
  readonly depth: number;
}

/** The whole taxonomy, indexed by id, with parent/child navigation. */
export interface GoogleTaxonomy {
  /** The taxonomy version stated in the data file's header. */
  readonly version: string;
  readonly nodes: readonly TaxonomyNode[];
  get(id: string): TaxonomyNode | undefined;
  has(id: string): boolean;
  childrenOf(id: string): readonly TaxonomyNode[];
  /** Top-level branches (depth 1). */
  roots(): readonly TaxonomyNode[];
  /** The node and its ancestors, root first. */
  lineageOf(id: string): readonly TaxonomyNode[];
  /** True when `id` is `ancestorId` or lies below it. */
  isWithin(id: string, ancestorId: string): boolean;
  /** "Electronics > Audio > …" for display. */
  pathText(id: string): string | undefined;
  /** The id of the node at this English path ("Home & Garden > … > Vacuums", as feeds write it), if any. */
  idOfPath(path: string): string | undefined;
}

const LINE = /^(\d{1,9}) - (.+)$/;

/**
 * Parses the official `taxonomy-with-ids.<locale>.txt` format ("id - A > B > C", a "#" header line); throws a
 * MajordomeError naming the line when the text is not that format or a node's parent is missing.
 */
export function parseGoogleTaxonomy(text: string): GoogleTaxonomy {
  const byId = new Map<string, TaxonomyNode>();
  const byPath = new Map<string, string>();
  const children = new Map<string, TaxonomyNode[]>();
  const roots: TaxonomyNode[] = [];
  let version = 'unknown';
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.trimEnd();
    if (line === '') continue;
    if (line.startsWith('#')) {
      const v = /Version:\s*(\S+)/.exec(line);
      if (v) version = v[1]!;
      continue;
    }
    const match = LINE.exec(line);
    if (!match) throw new MajordomeError('TAXONOMY_INVALID', `taxonomy line ${i + 1} is not "id - path": ${line.slice(0, 80)}`);
    const id = match[1]!;
    // A segment's own spaces are not part of its label: Google's Czech edition has a few labels with a trailing space.
    const pathText = match[2]!.split(' > ').map((segment) => segment.trim()).join(' > ');
    if (byId.has(id)) throw new MajordomeError('TAXONOMY_INVALID', `taxonomy line ${i + 1}: id ${id} appears twice`);
    const cut = pathText.lastIndexOf(' > ');
    const parentId = cut < 0 ? undefined : byPath.get(pathText.slice(0, cut));
    if (cut >= 0 && parentId === undefined) {
      throw new MajordomeError('TAXONOMY_INVALID', `taxonomy line ${i + 1}: parent "${pathText.slice(0, cut)}" of ${id} is not listed before it`);
    }
    const path = cut < 0 ? [pathText] : [...byId.get(parentId!)!.path, pathText.slice(cut + 3)];
    const node: TaxonomyNode = { id, path, label: path[path.length - 1]!, parentId, depth: path.length };
    byId.set(id, node);
    byPath.set(pathText, id);
    if (parentId === undefined) roots.push(node);
    else {
      const list = children.get(parentId);
      if (list) list.push(node);
      else children.set(parentId, [node]);
    }
  }
  const nodes = [...byId.values()];
  const lineageOf = (id: string): TaxonomyNode[] => {
    const out: TaxonomyNode[] = [];
    for (let node = byId.get(id); node; node = node.parentId ? byId.get(node.parentId) : undefined) out.unshift(node);
    return out;
  };
  return {
    version,
    nodes,
    get: (id) => byId.get(id),
    has: (id) => byId.has(id),
    childrenOf: (id) => children.get(id) ?? [],
    roots: () => roots,
    lineageOf,
    isWithin: (id, ancestorId) => lineageOf(id).some((n) => n.id === ancestorId),
    pathText: (id) => byId.get(id)?.path.join(' > '),
    idOfPath: (path) => byPath.get(path.split('>').map((part) => part.trim()).join(' > ')),
  };
}

let loaded: GoogleTaxonomy | undefined;

/** The Google product taxonomy shipped in protocol/data (en-US, official ids), read and indexed once per process. */
export function loadGoogleTaxonomy(): GoogleTaxonomy {
  loaded ??= parseGoogleTaxonomy(readFileSync(new URL('./data/google-product-taxonomy.en-US.txt', import.meta.url), 'utf8'));
  return loaded;
}

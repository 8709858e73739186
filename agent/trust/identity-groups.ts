import type { IdentityLink } from '../../storage/index.ts';

/**
 * Groups identities joined by links (transitively: a–b and b–c put a, b and c together). Returns, for every linked
 * identity, the other members of its group in id order; unlinked identities are absent.
 */
export function identityGroups(links: readonly Pick<IdentityLink, 'brandId' | 'linkedBrandId'>[]): Map<string, readonly string[]> {
  const parent = new Map<string, string>();
  const find = (id: string): string => {
    let root = id;
    while (parent.get(root) !== root) root = parent.get(root)!;
    // Path compression keeps later lookups flat.
    let node = id;
    while (node !== root) {
      const next = parent.get(node)!;
      parent.set(node, root);
      node = next;
    }
    return root;
  };
  for (const link of links) {
    for (const id of [link.brandId, link.linkedBrandId]) if (!parent.has(id)) parent.set(id, id);
    const a = find(link.brandId);
    const b = find(link.linkedBrandId);
    if (a !== b) parent.set(a < b ? b : a, a < b ? a : b);
  }
  const members = new Map<string, string[]>();
  for (const id of parent.keys()) {
    const root = find(id);
    const group = members.get(root) ?? [];
    group.push(id);
    members.set(root, group);
  }
  const others = new Map<string, readonly string[]>();
  for (const group of members.values()) {
    group.sort();
    for (const id of group) others.set(id, group.filter((m) => m !== id));
  }
  return others;
}

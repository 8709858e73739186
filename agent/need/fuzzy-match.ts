/** Edit distance counting insertions, deletions, substitutions and swaps of neighbours ("waterpoorf"); stops early past `limit`. */
export function editDistance(a: string, b: string, limit = Number.POSITIVE_INFINITY): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let prevPrev: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(prev[j]! + 1, current[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, prevPrev[j - 2]! + 1);
      current.push(value);
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin > limit) return limit + 1;
    prevPrev = prev;
    prev = current;
  }
  return prev[b.length]!;
}

/**
 * The target word a typo most plausibly stands for: same first letter, at most 1 edit (2 for words of 8+ letters),
 * and no tie between targets of different meaning (`targets` maps each word to a meaning key). Words shorter than
 * 5 letters are never corrected: too many real words sit one edit apart.
 */
export function closestWord(word: string, targets: ReadonlyMap<string, string>): string | undefined {
  if (word.length < 5) return undefined;
  const limit = word.length >= 8 ? 2 : 1;
  let best: string | undefined;
  let bestDistance = limit + 1;
  let tie = false;
  for (const [target, meaning] of targets) {
    if (target[0] !== word[0] || target.length < 5) continue;
    const d = editDistance(word, target, limit);
    if (d < bestDistance) {
      best = target;
      bestDistance = d;
      tie = false;
    } else if (best !== undefined && d === bestDistance && meaning !== targets.get(best)) tie = true;
  }
  return best !== undefined && bestDistance <= limit && !tie ? best : undefined;
}

/**
 * The word a clipped form stands for ("temp" → "temperature", "refurb" → "refurbished", "rando" → "randonnee"): a word
 * of 4+ letters that begins exactly one target at least two letters longer (a target's plural or feminine counts as the
 * same word). Undefined when several words begin so.
 */
/**
 * True when `word` is what `target` goes without ("cord" for "cordless", "sugar" for "sugar-free"): cutting such an
 * ending short says the opposite, so it is never a clipped form.
 */
export function isPrivativeOf(target: string, word: string): boolean {
  const rest = target.slice(word.length);
  return target.startsWith(word) && (rest === 'less' || rest === 'free' || rest === ' free' || rest === 'proof');
}

export function clippedWord(word: string, targets: Iterable<string>): string | undefined {
  if (word.length < 4) return undefined;
  let best: string | undefined;
  for (const target of targets) {
    if (target.length < word.length + 2 || !target.startsWith(word) || target.includes(' ') || isPrivativeOf(target, word)) continue;
    if (best === undefined || target.length < best.length) {
      if (best !== undefined && !best.startsWith(target)) return undefined;
      best = target;
    } else if (!target.startsWith(best)) return undefined;
  }
  return best;
}

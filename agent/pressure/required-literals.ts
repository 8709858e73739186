/**
 * What a regex cannot match without: a set of literal strings such that every match of the regex contains at least
 * one of them, or `undefined` when no such set is known. Derived from the regex source by a small parser of the
 * syntax our patterns use (groups, alternation, classes, escapes, quantifiers, assertions); anything it does not
 * understand gives `undefined`, so the answer is never wrong, only sometimes missing. A text that contains none of the
 * strings cannot match, which lets `matchPatterns` skip most regexes with a plain substring search.
 */
export function requiredLiterals(regex: RegExp): readonly string[] | undefined {
  const ignoreCase = regex.flags.includes('i');
  const unicode = regex.flags.includes('u') || regex.flags.includes('v');
  // The `v` flag changes class syntax (nested classes, set operations): not parsed here.
  if (regex.flags.includes('v')) return undefined;
  try {
    const node = new Parser(regex.source, ignoreCase, unicode).parse();
    return better(node.exact, node.required);
  } catch {
    return undefined;
  }
}

/**
 * Case-insensitive regexes with the `u` flag also match these two letters for ASCII ones (ſ for s, the Kelvin sign
 * for k); a text containing either must not be gated by literals of such a regex.
 */
export const UNICODE_FOLDING_TO_ASCII = /[\u017f\u212a]/;

/** Bounds that keep the sets small (a larger set gates poorly and costs more to test). */
const MAX_SET = 64;
const MAX_ALTERNATION_SET = 256;
const MAX_LENGTH = 48;

interface Info {
  /** Every string the node can match, when few; undefined when unknown or too many. */
  readonly exact: readonly string[] | undefined;
  /** Strings one of which every match contains; undefined when none is known. */
  readonly required: readonly string[] | undefined;
}

const EMPTY: Info = { exact: [''], required: undefined };
const UNKNOWN: Info = { exact: undefined, required: undefined };

function usable(set: readonly string[] | undefined): readonly string[] | undefined {
  if (set === undefined || set.length === 0 || set.some((s) => s.length === 0)) return undefined;
  // A string containing another member adds nothing: a text containing it contains the shorter one too.
  const distinct = [...new Set(set)].sort((a, b) => a.length - b.length || (a < b ? -1 : 1));
  return distinct.filter((s, i) => !distinct.slice(0, i).some((shorter) => s.includes(shorter)));
}

/** Higher is better: the shortest string's length (a longer needle is rarer), then fewer strings. */
function better(a: readonly string[] | undefined, b: readonly string[] | undefined): readonly string[] | undefined {
  const ua = usable(a);
  const ub = usable(b);
  if (ua === undefined) return ub;
  if (ub === undefined) return ua;
  const la = Math.min(...ua.map((s) => s.length));
  const lb = Math.min(...ub.map((s) => s.length));
  if (la !== lb) return la > lb ? ua : ub;
  return ub.length < ua.length ? ub : ua;
}

function product(a: readonly string[], b: readonly string[]): readonly string[] | undefined {
  if (a.length * b.length > MAX_SET) return undefined;
  const out = new Set<string>();
  for (const x of a) for (const y of b) {
    const s = x + y;
    if (s.length > MAX_LENGTH) return undefined;
    out.add(s);
  }
  return [...out];
}

function union(a: readonly string[] | undefined, b: readonly string[] | undefined, max: number): readonly string[] | undefined {
  if (a === undefined || b === undefined) return undefined;
  const out = new Set([...a, ...b]);
  return out.size > max ? undefined : [...out];
}

function sequence(items: readonly Info[]): Info {
  let required: readonly string[] | undefined;
  for (const item of items) required = better(required, item.required);
  // Any contiguous run of items with known strings requires one of their concatenations.
  let run: readonly string[] | undefined = [''];
  let whole: readonly string[] | undefined = [''];
  for (const item of items) {
    whole = whole !== undefined && item.exact !== undefined ? product(whole, item.exact) : undefined;
    if (item.exact === undefined) {
      required = better(required, run);
      run = [''];
      continue;
    }
    const extended: readonly string[] | undefined = product(run, item.exact);
    if (extended === undefined) {
      required = better(required, run);
      run = item.exact;
    } else run = extended;
  }
  required = better(required, run);
  return { exact: whole, required: better(required, whole) };
}

function alternation(branches: readonly Info[]): Info {
  let exact: readonly string[] | undefined = [];
  let required: readonly string[] | undefined = [];
  for (const branch of branches) {
    exact = union(exact, branch.exact, MAX_SET);
    required = union(required, usable(branch.exact) ?? usable(branch.required), MAX_ALTERNATION_SET);
  }
  return { exact, required: usable(required) };
}

function repeat(atom: Info, min: number, max: number): Info {
  if (min === 0) {
    const exact = max === 1 && atom.exact !== undefined ? union(atom.exact, [''], MAX_SET) : undefined;
    return { exact, required: undefined };
  }
  let exact: readonly string[] | undefined;
  if (min === max && atom.exact !== undefined) {
    exact = [''];
    for (let i = 0; i < min && exact !== undefined; i++) exact = product(exact, atom.exact);
  }
  return { exact, required: better(usable(atom.exact), atom.required) };
}

const DIGITS = [...'0123456789'];
const CONTROL_ESCAPES: Readonly<Record<string, string>> = { n: '\n', r: '\r', t: '\t', v: '\v', f: '\f', '0': '\0' };

class Parser {
  private at = 0;

  constructor(
    private readonly source: string,
    private readonly ignoreCase: boolean,
    private readonly unicode: boolean,
  ) {}

  parse(): Info {
    const info = this.disjunction();
    if (this.at !== this.source.length) throw new Error('unbalanced');
    return info;
  }

  private peek(offset = 0): string {
    return this.source[this.at + offset] ?? '';
  }

  private disjunction(): Info {
    const branches = [this.alternative()];
    while (this.peek() === '|') {
      this.at++;
      branches.push(this.alternative());
    }
    return branches.length === 1 ? branches[0]! : alternation(branches);
  }

  private alternative(): Info {
    const items: Info[] = [];
    while (this.at < this.source.length && this.peek() !== '|' && this.peek() !== ')') items.push(this.term());
    return sequence(items);
  }

  private term(): Info {
    const c = this.peek();
    if (c === '^' || c === '$') {
      this.at++;
      return EMPTY;
    }
    if (c === '\\' && (this.peek(1) === 'b' || this.peek(1) === 'B')) {
      this.at += 2;
      return EMPTY;
    }
    if (c === '(' && this.peek(1) === '?' && (this.peek(2) === '=' || this.peek(2) === '!' || (this.peek(2) === '<' && (this.peek(3) === '=' || this.peek(3) === '!')))) {
      this.at += this.peek(2) === '<' ? 4 : 3;
      this.disjunction();
      this.expect(')');
      // A lookaround consumes nothing; an (Annex B) quantifier on it changes nothing that is consumed.
      this.quantifier();
      return EMPTY;
    }
    const atom = this.atom();
    const q = this.quantifier();
    return q === undefined ? atom : repeat(atom, q.min, q.max);
  }

  private expect(ch: string): void {
    if (this.peek() !== ch) throw new Error(`expected ${ch}`);
    this.at++;
  }

  private quantifier(): { min: number; max: number } | undefined {
    const c = this.peek();
    let q: { min: number; max: number } | undefined;
    if (c === '*') q = { min: 0, max: Infinity };
    else if (c === '+') q = { min: 1, max: Infinity };
    else if (c === '?') q = { min: 0, max: 1 };
    else if (c === '{') {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(this.source.slice(this.at));
      if (m === null) {
        if (this.unicode) throw new Error('lone brace');
        return undefined;
      }
      const min = Number(m[1]);
      const max = m[2] === undefined ? min : m[3] === '' ? Infinity : Number(m[3]);
      this.at += m[0].length;
      if (this.peek() === '?') this.at++;
      return { min, max };
    } else return undefined;
    this.at++;
    if (this.peek() === '?') this.at++;
    return q;
  }

  private literal(ch: string): Info {
    if (!this.ignoreCase) return { exact: [ch], required: [ch] };
    // Case-insensitive: only ASCII letters fold predictably to one lowercase form.
    if (ch.charCodeAt(0) > 0x7f) return UNKNOWN;
    const lower = ch.toLowerCase();
    return { exact: [lower], required: [lower] };
  }

  private chars(set: readonly string[]): Info {
    if (set.length > 16) return UNKNOWN;
    let exact: readonly string[] | undefined = [];
    for (const ch of set) exact = union(exact, this.literal(ch).exact, MAX_SET);
    return { exact, required: exact };
  }

  private atom(): Info {
    const c = this.peek();
    if (c === '(') {
      this.at++;
      if (this.peek() === '?') {
        if (this.peek(1) === ':') this.at += 2;
        else if (this.peek(1) === '<') {
          const close = this.source.indexOf('>', this.at);
          if (close < 0) throw new Error('bad group name');
          this.at = close + 1;
        } else throw new Error('unsupported group');
      }
      const inner = this.disjunction();
      this.expect(')');
      return inner;
    }
    if (c === '[') return this.characterClass();
    if (c === '.') {
      this.at++;
      return UNKNOWN;
    }
    if (c === '\\') return this.escape();
    if (c === ')' || c === '|' || c === '' || c === '*' || c === '+' || c === '?') throw new Error('unexpected');
    const cp = this.source.codePointAt(this.at) ?? 0;
    const ch = String.fromCodePoint(cp);
    this.at += this.unicode ? ch.length : 1;
    return this.literal(this.unicode ? ch : c);
  }

  private escape(): Info {
    this.at++;
    const e = this.peek();
    this.at++;
    if (e === 'd') return this.chars(DIGITS);
    if ('DsSwW'.includes(e)) return UNKNOWN;
    if (/[1-9]/.test(e) || e === 'k') throw new Error('backreference');
    if (e === 'p' || e === 'P') {
      if (this.unicode) throw new Error('property escape');
      return this.literal(e);
    }
    const control = CONTROL_ESCAPES[e];
    if (control !== undefined) {
      if (e === '0' && /\d/.test(this.peek())) throw new Error('octal escape');
      return this.literal(control);
    }
    if (e === 'c') throw new Error('control escape');
    if (e === 'x') {
      const hex = /^[0-9a-fA-F]{2}/.exec(this.source.slice(this.at));
      if (hex === null) throw new Error('bad \\x');
      this.at += 2;
      return this.literal(String.fromCharCode(parseInt(hex[0], 16)));
    }
    if (e === 'u') throw new Error('unicode escape');
    return this.literal(e);
  }

  /** A class: its characters when it is a short, positive list of single characters; otherwise unknown. */
  private characterClass(): Info {
    this.at++;
    const negated = this.peek() === '^';
    if (negated) this.at++;
    const set: string[] = [];
    let simple = !negated;
    while (this.peek() !== ']') {
      if (this.at >= this.source.length) throw new Error('unterminated class');
      let ch = this.peek();
      if (ch === '\\') {
        const e = this.peek(1);
        this.at += 2;
        if ('dDsSwW'.includes(e)) {
          simple = false;
          continue;
        }
        if (e === 'b') ch = '\b';
        else if (CONTROL_ESCAPES[e] !== undefined && e !== '0') ch = CONTROL_ESCAPES[e]!;
        else if (/[a-zA-Z0-9]/.test(e)) {
          // \x, \u, \c, \p, octal: not worth decoding here.
          simple = false;
          if (e === 'x') this.at += 2;
          continue;
        } else ch = e;
      } else this.at++;
      if (this.peek() === '-' && this.peek(1) !== ']' && this.peek(1) !== '') {
        // A range: skip its upper bound; ranges are too wide to list.
        this.at++;
        if (this.peek() === '\\') this.at += 2;
        else this.at++;
        simple = false;
        continue;
      }
      set.push(ch);
    }
    this.at++;
    return simple && set.length > 0 ? this.chars(set) : UNKNOWN;
  }
}

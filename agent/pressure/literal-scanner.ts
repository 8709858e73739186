/**
 * Finds which of many literal strings (non-empty) occur in a text in one pass (Aho–Corasick, compiled to a table):
 * built once, then each text costs one table step per character however many literals there are.
 */
export class LiteralScanner {
  /** Column of each ASCII code unit in the table (-1: in no literal). */
  private readonly asciiColumn = new Int16Array(128).fill(-1);
  /** Column of the other code units that occur in literals. */
  private readonly otherColumn = new Map<number, number>();
  private readonly columns: number;
  /** The complete transition table, states × columns (failure links already folded in). */
  private readonly table: Int32Array;
  /** Literal ids reported at each state: outputs[outputStart[s] .. outputStart[s + 1]). */
  private readonly outputStart: Int32Array;
  private readonly outputs: Int32Array;

  constructor(readonly literals: readonly string[]) {
    for (const literal of literals) {
      if (literal.length === 0) throw new RangeError('LiteralScanner: a literal cannot be empty');
      for (let i = 0; i < literal.length; i++) this.columnOf(literal.charCodeAt(i), true);
    }
    this.columns = Math.max(1, this.otherColumn.size + this.asciiColumn.filter((c) => c >= 0).length);
    // The trie, with per-state outputs.
    const children: Map<number, number>[] = [new Map()];
    const own: number[][] = [[]];
    literals.forEach((literal, id) => {
      let state = 0;
      for (let i = 0; i < literal.length; i++) {
        const column = this.columnOf(literal.charCodeAt(i), false);
        let to = children[state]!.get(column);
        if (to === undefined) {
          to = children.length;
          children.push(new Map());
          own.push([]);
          children[state]!.set(column, to);
        }
        state = to;
      }
      own[state]!.push(id);
    });
    const states = children.length;
    const table = new Int32Array(states * this.columns);
    const fail = new Int32Array(states);
    const merged: number[][] = own.map((o) => [...o]);
    // Breadth-first: a missing edge goes where the failure state's edge goes; outputs accumulate along failure links.
    const queue: number[] = [];
    for (let c = 0; c < this.columns; c++) {
      const to = children[0]!.get(c);
      if (to !== undefined) {
        table[c] = to;
        queue.push(to);
      }
    }
    for (let head = 0; head < queue.length; head++) {
      const state = queue[head]!;
      merged[state] = [...own[state]!, ...merged[fail[state]!]!];
      for (let c = 0; c < this.columns; c++) {
        const to = children[state]!.get(c);
        const viaFail = table[fail[state]! * this.columns + c]!;
        if (to === undefined) table[state * this.columns + c] = viaFail;
        else {
          table[state * this.columns + c] = to;
          fail[to] = viaFail;
          queue.push(to);
        }
      }
    }
    this.table = table;
    this.outputStart = new Int32Array(states + 1);
    for (let s = 0; s < states; s++) this.outputStart[s + 1] = this.outputStart[s]! + merged[s]!.length;
    this.outputs = new Int32Array(merged.flat());
  }

  private columnOf(code: number, add: boolean): number {
    if (code < 128) {
      if (this.asciiColumn[code]! < 0 && add) this.asciiColumn[code] = this.otherColumn.size + this.asciiColumn.filter((c) => c >= 0).length;
      return this.asciiColumn[code]!;
    }
    let column = this.otherColumn.get(code);
    if (column === undefined && add) {
      column = this.otherColumn.size + this.asciiColumn.filter((c) => c >= 0).length;
      this.otherColumn.set(code, column);
    }
    return column ?? -1;
  }

  /** Marks `found[id] = 1` for every literal occurring in `text` (`found` is cleared first); each id found is also pushed to `ids`, once, when given. */
  scan(text: string, found: Uint8Array, ids?: number[]): Uint8Array {
    found.fill(0);
    const { table, columns, asciiColumn, otherColumn, outputStart, outputs } = this;
    let state = 0;
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      const column = code < 128 ? asciiColumn[code]! : (otherColumn.get(code) ?? -1);
      if (column < 0) {
        // A character in no literal: no literal can span it.
        state = 0;
        continue;
      }
      state = table[state * columns + column]!;
      for (let k = outputStart[state]!, end = outputStart[state + 1]!; k < end; k++) {
        const id = outputs[k]!;
        if (found[id] === 0) {
          found[id] = 1;
          ids?.push(id);
        }
      }
    }
    return found;
  }
}

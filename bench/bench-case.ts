/** One benchmark suite: prints absolute numbers and ratios through `log`, returns a pass/fail per target. */
export interface BenchSuite {
  readonly name: string;
  run(log: (line: string) => void): Promise<BenchTarget[]>;
}

/** A measured figure checked against its target (reported, never a unit test). */
export interface BenchTarget {
  readonly label: string;
  readonly measured: number;
  readonly unit: string;
  readonly target: string;
  readonly met: boolean;
}

/** One line of events.csv: one policy's decision for one consumer's need in one round. */
export interface EventRow {
  readonly round: number;
  readonly consumer: string;
  readonly policy: string;
  readonly category: string;
  readonly status: string;
  readonly brand: string;
  readonly strategy: string;
  readonly product: string;
  readonly price: number;
  readonly charged: number;
  readonly welfare: number;
  readonly oracleWelfare: number;
  readonly budgetViolation: 0 | 1;
  readonly divergent: string;
  readonly offers: number;
  readonly acceptable: number;
}

/** The columns of events.csv, in order. */
export const EVENT_COLUMNS: readonly (keyof EventRow)[] = [
  'round',
  'consumer',
  'policy',
  'category',
  'status',
  'brand',
  'strategy',
  'product',
  'price',
  'charged',
  'welfare',
  'oracleWelfare',
  'budgetViolation',
  'divergent',
  'offers',
  'acceptable',
];

import { MajordomeError } from '../protocol/index.ts';

/** Every storage error code with what it means; the `StorageErrorCode` type is derived from it. */
export const STORAGE_ERROR_CODES = {
  DATABASE_NOT_FOUND: 'No database file exists at the path and opening was asked not to create one.',
  OPEN_FAILED: 'The database file could not be created or opened.',
  MIGRATION_FAILED: 'A committed migration could not be applied.',
  BUSY: 'Another process held the write lock for longer than the busy timeout.',
  NOT_CANONICAL_JSON: 'A value to be stored is not plain JSON (non-finite number, bigint, function, class instance…).',
  CHAIN_HEAD_CORRUPT: 'The chain head row does not match the event log, so the chain cannot be extended safely.',
  NOT_IN_TRANSACTION: 'A write meant to join the caller\'s transaction was called outside one.',
} as const;

/** A storage error code. */
export type StorageErrorCode = keyof typeof STORAGE_ERROR_CODES;

/** A local (never serialised to the wire) storage fault with a typed code. */
export class StorageError extends MajordomeError<StorageErrorCode> {
  override readonly name = 'StorageError';
}

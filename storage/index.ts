// Public API of storage: the SQLite database (drizzle schema + committed migrations) and the trust ledger's tables.
export { openDatabase, IN_MEMORY, MIGRATIONS_FOLDER } from './open-database.ts';
export type { MajordomeDatabase, OpenDatabaseOptions } from './open-database.ts';
export { defaultDatabasePath, DATABASE_FILE_NAME } from './default-database-path.ts';
export { runMigrations } from './run-migrations.ts';
export { STORAGE_ERROR_CODES, StorageError } from './storage-error.ts';
export type { StorageErrorCode } from './storage-error.ts';
export { canonicalJson } from './canonical-json.ts';
export { GENESIS_HASH, chainPreimage, hashChainedEvent } from './trust-chain-hash.ts';
export type { ChainedEventFields } from './trust-chain-hash.ts';
export { TrustEventStore } from './trust-event-store.ts';
export type { TrustEventDraft, StoredTrustEvent, ChainHead } from './trust-event-store.ts';
export { verifyTrustChain, CHAIN_FAULTS } from './verify-trust-chain.ts';
export type { ChainVerdict, ChainFault, VerifyChainOptions } from './verify-trust-chain.ts';
export { TrustScoreCache } from './trust-score-cache.ts';
export type { CachedTrustState } from './trust-score-cache.ts';
export { BrandRegistry } from './brand-registry.ts';
export type { RegisteredBrand, IdentityLink } from './brand-registry.ts';

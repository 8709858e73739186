import { defineConfig } from 'drizzle-kit';

// `npm run db:generate` diffs storage/schema against the committed snapshots and writes a new migration here.
export default defineConfig({
  dialect: 'sqlite',
  schema: './storage/schema/index.ts',
  out: './storage/migrations',
  strict: true,
  verbose: true,
});

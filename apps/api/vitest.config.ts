import { defineProject } from 'vitest/config';

// The API's tests run against real Postgres: global-setup.ts starts one per run (or uses DATABASE_URL) and
// prepares a migrated template; each test file clones its own database from it (test/database.ts).
export default defineProject({
  test: {
    name: 'api',
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    environment: 'node',
    globalSetup: ['./test/global-setup.ts'],
    // Some tests start their own Postgres cluster or the schema engine with a shadow database.
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});

import { defineConfig } from 'vitest/config';

// Unit tests of the SPA's plain modules; Playwright specs in e2e/ are run by Playwright, not here.
export default defineConfig({
  test: {
    name: 'web',
    include: ['src/**/*.test.ts'],
    environment: 'node',
  },
});

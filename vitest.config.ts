import { defineConfig } from 'vitest/config';

// One project per package; Playwright specs (apps/web/e2e) are run by Playwright, not here.
export default defineConfig({
  test: {
    projects: ['apps/api', 'apps/web', 'packages/*'],
  },
});

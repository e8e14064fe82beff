import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: { name: 'sample-extension', include: ['src/**/*.test.ts'], environment: 'node' },
});

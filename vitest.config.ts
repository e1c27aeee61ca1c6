import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['scripts/**/*.test.ts', 'src/**/*.test.ts', 'test/**/*.test.ts'],
    globalSetup: ['test/e2e/global-setup.ts'],
    // Dates in tests must not depend on the machine's zone.
    env: { TZ: 'UTC' },
    testTimeout: 30_000,
    hookTimeout: 300_000,
  },
});

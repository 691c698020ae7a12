import { defineConfig } from 'vitest/config';

// `npm run test:firefox`: the Firefox build checked by `web-ext lint` and driven in a real Firefox
// (test/firefox). One file at a time: each launches a browser or the linter on a 2-core machine.
export default defineConfig({
  test: {
    include: ['test/firefox/**/*.test.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 90_000,
  },
});

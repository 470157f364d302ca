import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Statistical simulations and end-to-end runs of the bundles take seconds, not milliseconds.
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // @actions/workflow-parser imports its JSON schemas without import attributes, which Node
    // refuses; inlining lets Vite transform those imports.
    server: { deps: { inline: ['@actions/workflow-parser'] } },
  },
});

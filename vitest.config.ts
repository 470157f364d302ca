import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Statistical simulations and end-to-end runs of the bundles take seconds, not milliseconds;
    // the slowest test takes about 10 s, on one core too (retry back-offs it checks, not CPU), so
    // these are far away.
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // Vitest leaves a core free by default (one worker on two cores). The end-to-end files spend
    // most of their time waiting (child processes, retry back-offs they check), so one worker more
    // than cores keeps the cores busy: on two cores 40 s with three workers, 49 s with two.
    maxWorkers: availableParallelism() + 1,
    // Files share workers instead of starting a fresh one each: that saves a worker start and the
    // re-import of their dependencies (the 13 MB OpenAPI description the emulator validates
    // against, Ajv, fast-check) per file, 104 s -> 58 s of CPU for the suite. No shared module
    // keeps state a test depends on (the suite passes with files shuffled); environment variables
    // are put back after every file by the setup file.
    isolate: false,
    setupFiles: ['test/support/restore-env.ts'],
    // @actions/workflow-parser imports its JSON schemas without import attributes, which Node
    // refuses; inlining lets Vite transform those imports.
    server: { deps: { inline: ['@actions/workflow-parser'] } },
  },
});

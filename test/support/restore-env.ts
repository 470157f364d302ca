import { afterAll } from 'vitest';

// Test files share workers (`isolate: false` in vitest.config.ts), so a variable one file sets or
// deletes would still be set or gone in the next file of the same worker. This runs before every
// file and gives the next one the environment this one started with.
const start = { ...process.env };

afterAll(() => {
  for (const name of Object.keys(process.env)) if (!(name in start)) delete process.env[name];
  Object.assign(process.env, start);
});

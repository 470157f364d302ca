import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmulator } from './index.js';
import type { Emulator } from './index.js';
import { client, failure, repo } from './testing.js';

let emu: Emulator;
let first: string;
let second: string;

beforeAll(async () => {
  emu = await startEmulator();
  first = emu.state.refs.get('refs/heads/main')!;
  emu.state.setFile(first, '.gto', 'stages: [dev, prod]\n');
  emu.state.setFile(first, 'models/a.txt', 'a');
  second = emu.state.addCommit({ parents: [first], message: 'change' }).sha;
  emu.state.setFile(second, '.gto', null);
});
afterAll(async () => {
  expect(emu.validationErrors).toEqual([]);
  await emu.close();
});

describe('GET /repos/{owner}/{repo}/contents/{path}', () => {
  it('answers a file base64-encoded with its blob SHA, at the default branch or a given ref', async () => {
    const { data } = await client(emu).rest.repos.getContent({ ...repo, path: '.gto' });
    expect(data).toMatchObject({ type: 'file', encoding: 'base64', name: '.gto', path: '.gto', size: 20, sha: '8f02a27aea5be198b5f2b199164efa565d4cf2aa' });
    expect(Buffer.from((data as { content: string }).content, 'base64').toString()).toBe('stages: [dev, prod]\n');
    expect((await client(emu).rest.repos.getContent({ ...repo, path: '.gto', ref: first })).status).toBe(200);
  });

  it('sees a file deleted by a later commit as missing, and lists a folder', async () => {
    expect((await failure(client(emu).rest.repos.getContent({ ...repo, path: '.gto', ref: second }))).status).toBe(404);
    expect((await client(emu).rest.repos.getContent({ ...repo, path: 'models/a.txt', ref: second })).status).toBe(200);
    const { data } = await client(emu).rest.repos.getContent({ ...repo, path: 'models' });
    expect(data).toMatchObject([{ type: 'file', name: 'a.txt', path: 'models/a.txt' }]);
  });

  it('answers 404 "No commit found for the ref" for an unknown ref', async () => {
    const error = await failure(client(emu).rest.repos.getContent({ ...repo, path: '.gto', ref: 'f'.repeat(40) }));
    expect(error.status).toBe(404);
    expect(error.message).toMatch(/No commit found for the ref f{40}/);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmulator, type Emulator, type WorkflowArtifact } from './index.js';

let emu: Emulator;
beforeAll(async () => {
  emu = await startEmulator({
    tokens: {
      ghs_actions: { identity: { login: 'github-actions[bot]', id: 41898282, type: 'Bot' }, permissions: { actions: 'read', contents: 'read' } },
      ghs_noactions: { identity: { login: 'github-actions[bot]', id: 41898282, type: 'Bot' }, permissions: { contents: 'read' } },
    },
  });
  for (let i = 1; i <= 35; i++) emu.state.workflowArtifacts.push(artifact(i, i <= 33 ? 77 : 78, i === 2 || i === 5 ? 'model' : `report-${i}`));
});
afterAll(async () => {
  await emu.close();
});

function artifact(id: number, runId: number, name: string): WorkflowArtifact {
  const api = emu.state.repoApiUrl;
  return {
    runId,
    signedUrl: () => `https://blob.example/artifacts/${id}.zip?sig=x`,
    data: {
      id, node_id: `MDg6QXJ0aWZhY3Q${id}`, name, size_in_bytes: 100 + id, url: `${api}/actions/artifacts/${id}`, archive_download_url: `${api}/actions/artifacts/${id}/zip`,
      expired: id === 3, created_at: '2026-11-30T06:00:00Z', updated_at: '2026-11-30T06:00:00Z', expires_at: '2027-02-28T06:00:00Z', digest: `sha256:${'0'.repeat(64)}`,
      workflow_run: { id: runId, repository_id: 1, head_repository_id: 1, head_branch: 'main', head_sha: 'a'.repeat(40) },
    },
  };
}

const get = (path: string, token = 'ghs_actions') => fetch(`${emu.apiUrl}${path}`, { headers: { authorization: `Bearer ${token}` }, redirect: 'manual' });

describe('workflow run artifacts', () => {
  it('lists a run\'s artifacts newest first, 30 a page with a Link header, filtered by exact name', async () => {
    const first = await get('/repos/octo-org/models/actions/runs/77/artifacts');
    const body = await first.json() as { total_count: number; artifacts: Array<{ id: number }> };
    expect(body.total_count).toBe(33);
    expect(body.artifacts.map((a) => a.id).slice(0, 3)).toEqual([33, 32, 31]);
    expect(body.artifacts).toHaveLength(30);
    expect(first.headers.get('link')).toMatch(/page=2>; rel="next"/);
    const named = await (await get('/repos/octo-org/models/actions/runs/77/artifacts?name=model')).json() as { artifacts: Array<{ id: number }> };
    expect(named.artifacts.map((a) => a.id)).toEqual([5, 2]);
    const none = await (await get('/repos/octo-org/models/actions/runs/99/artifacts')).json();
    expect(none).toEqual({ total_count: 0, artifacts: [] });
  });

  it('answers a download with 302 to the signed URL, 404 for another archive format or id, 410 when expired', async () => {
    const found = await get('/repos/octo-org/models/actions/artifacts/5/zip');
    expect(found.status).toBe(302);
    expect(found.headers.get('location')).toBe('https://blob.example/artifacts/5.zip?sig=x');
    expect((await get('/repos/octo-org/models/actions/artifacts/5/tar')).status).toBe(404);
    expect((await get('/repos/octo-org/models/actions/artifacts/999/zip')).status).toBe(404);
    expect((await get('/repos/octo-org/models/actions/artifacts/3/zip')).status).toBe(410);
  });

  it('needs actions: read', async () => {
    const refused = await get('/repos/octo-org/models/actions/runs/77/artifacts', 'ghs_noactions');
    expect(refused.status).toBe(403);
    expect(((await refused.json()) as { message: string }).message).toBe('Resource not accessible by integration');
  });

  it('keeps every request and response within GitHub\'s description', () => {
    expect(emu.validationErrors).toEqual([]);
  });
});

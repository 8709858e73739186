import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPORT_CSP, defaultReportsDir, listReports } from '../../web/index.ts';
import { authedGet, openTestApp, type TestApp } from './web-fixtures.ts';

let t: TestApp;
let root: string;
let outside: string;

beforeAll(async () => {
  const base = mkdtempSync(join(tmpdir(), 'majordome-reports-'));
  root = join(base, 'reports');
  outside = join(base, 'secret');
  mkdirSync(join(root, 'run-1', 'charts'), { recursive: true });
  mkdirSync(join(root, '.hidden'), { recursive: true });
  mkdirSync(outside);
  writeFileSync(join(root, 'run-1', 'report.html'), '<!doctype html><title>Run 1</title><h1>Welfare vs oracle</h1><script>document.title = "ran"</script>');
  writeFileSync(join(root, 'run-1', 'metrics.json'), '{"welfare":0.93}');
  writeFileSync(join(root, 'run-1', 'notes.ts'), 'export const x = 1;');
  writeFileSync(join(root, '.hidden', 'report.html'), 'hidden');
  writeFileSync(join(outside, 'report.html'), 'TOP SECRET');
  symlinkSync(join(outside, 'report.html'), join(root, 'run-1', 'charts', 'linked.html'));
  symlinkSync(outside, join(root, 'escape'));
  t = await openTestApp({ deps: { reportsDir: root } });
});
afterAll(async () => {
  await t.close();
});

describe('simulation reports', () => {
  it('lists report.html files, skipping dot folders and symlinks', async () => {
    expect((await listReports(root)).map((r) => r.path)).toEqual(['run-1/report.html']);
    const page = await (await authedGet(t.app, '/reports', t.token)).text();
    expect(page).toContain('href="/reports/view/run-1/report.html"');
    expect(page).not.toContain('hidden');
  });

  it('serves a report read-only in a script-capable sandbox with no network and no access to the app', async () => {
    const res = await authedGet(t.app, '/reports/view/run-1/report.html', t.token);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/html');
    expect(res.headers.get('content-security-policy')).toBe(REPORT_CSP);
    expect(REPORT_CSP).toMatch(/^sandbox allow-scripts;/);
    expect(REPORT_CSP).not.toContain('allow-same-origin');
    expect(await res.text()).toContain('Welfare vs oracle');
    const json = await authedGet(t.app, '/reports/view/run-1/metrics.json', t.token);
    expect(await json.text()).toBe('{"welfare":0.93}');
    expect((await t.app.request('/reports/view/run-1/report.html')).status).toBe(401);
  });

  it('refuses every path that could leave the reports directory', async () => {
    const attempts = [
      '/reports/view/..%2Fsecret%2Freport.html',
      '/reports/view/%2e%2e/secret/report.html',
      '/reports/view/run-1/..%2F..%2Fsecret%2Freport.html',
      '/reports/view/run-1/%2e%2e%2f%2e%2e%2fsecret/report.html',
      '/reports/view/..%5Csecret%5Creport.html',
      '/reports/view/escape/report.html',
      '/reports/view/run-1/charts/linked.html',
      '/reports/view/.hidden/report.html',
      '/reports/view/run-1/notes.ts',
      '/reports/view/run-1/report.html%00.json',
      '/reports/view/run-1/%E0%A4%A',
      '/reports/view/',
    ];
    for (const path of attempts) {
      const res = await authedGet(t.app, path, t.token);
      expect(res.status, path).toBe(404);
      expect(await res.text(), path).not.toContain('TOP SECRET');
    }
  });

  it('defaults to ./results (where the README writes), else $MAJORDOME_HOME/reports', () => {
    // The README's commands write to ./results: the Reports page finds them there first.
    const none = () => false;
    expect(defaultReportsDir({ MAJORDOME_HOME: '/data/m' }, '/work/here', none)).toBe(join('/data/m', 'reports'));
    expect(defaultReportsDir({}, '/work/here', none)).toBe(join('/work/here', 'results'));
    expect(defaultReportsDir({ MAJORDOME_HOME: '/data/m' }, '/work/here', (p) => p === join('/work/here', 'results'))).toBe(join('/work/here', 'results'));
  });
});

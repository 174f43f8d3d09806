import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { FIXTURE, LIVE } from '../support/dist';

/*
 * Every built page of both sites is valid HTML by the W3C Nu HTML Checker (vnu-jar from
 * npm, run with the machine's Java). One Java start checks every file: starting Java per
 * page would take minutes. A broken canary page goes into the same run, to prove a pass
 * means something.
 */

const VNU_JAR = createRequire(import.meta.url)('vnu-jar') as string;

interface VnuMessage {
  type: string;
  subType?: string;
  url: string;
  lastLine?: number;
  message: string;
  extract?: string;
}

function validate(files: string[]): VnuMessage[] {
  const result = spawnSync('java', ['-jar', VNU_JAR, '--errors-only', '--format', 'json', ...files], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.error) throw new Error(`Could not run the Nu HTML Checker with Java: ${result.error.message}`);
  // The checker prints its JSON report on stderr, and exits 1 when it found errors.
  const report = JSON.parse(result.stderr) as { messages: VnuMessage[] };
  return report.messages;
}

const describeMessage = (message: VnuMessage) =>
  `${message.url.replace(/^file:/, '')}:${message.lastLine ?? '?'} ${message.message}${message.extract ? ` (${message.extract.trim()})` : ''}`;

/*
 * ARIA in HTML forbids a role on a table's rows and cells, even their own. Stacked tables
 * (.table-stack, WorkshopTimetable) repeat them on purpose: Safari drops a table's
 * semantics when CSS changes how its cells display (WebKit bug 257458), and the explicit
 * roles keep it a table for VoiceOver. Only those roles, the ones the elements already
 * have, are allowed; any other role on a cell is still an error (the canary proves it).
 */
const REDUNDANT_TABLE_ROLE = /^The “role” attribute must not be used on a “(tr|th|td)” element which has a “table” ancestor/;
const isRedundantTableRole = (message: VnuMessage) =>
  REDUNDANT_TABLE_ROLE.test(message.message) && /<t[rhd]\b[^>]*\brole="(row|cell|columnheader|rowheader)"/.test(message.extract ?? '');

const CANARY =
  '<!doctype html><html lang="en"><title>Canary</title><p>A page broken on purpose.</p>' +
  '<table><tr><td role="button">Not a button</td></tr></table></html><script></script>';

describe('the Nu HTML Checker', () => {
  let messages: VnuMessage[];
  let canaryMessages: VnuMessage[];
  let checked: string[];

  beforeAll(() => {
    checked = [FIXTURE, LIVE].flatMap((site) => site.files().filter((file) => file.endsWith('.html')).map((file) => join(site.root, file)));
    const canary = join(mkdtempSync(join(tmpdir(), 'vnu-canary-')), 'canary.html');
    writeFileSync(canary, CANARY);
    const all = validate([...checked, canary]);
    messages = all.filter((message) => !message.url.endsWith(canary) && !isRedundantTableRole(message));
    canaryMessages = all.filter((message) => message.url.endsWith(canary) && !isRedundantTableRole(message));
  }, 180_000);

  it('checks every page of both sites', () => {
    expect(checked.filter((file) => file.startsWith(FIXTURE.root)).length).toBeGreaterThan(20);
    expect(checked.filter((file) => file.startsWith(LIVE.root)).length).toBeGreaterThan(20);
  });

  it('finds no errors', () => {
    expect(messages.map(describeMessage)).toEqual([]);
  });

  it('reports the canary page, whose <script> comes after </html>', () => {
    expect(canaryMessages.map((message) => message.message)).toContain('Stray start tag “script”.');
  });

  it('reports a role on a table cell other than its own', () => {
    expect(canaryMessages.some((message) => REDUNDANT_TABLE_ROLE.test(message.message))).toBe(true);
  });
});

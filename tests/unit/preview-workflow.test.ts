import { readFileSync } from 'node:fs';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { buildSummary } from '../../src/lib/build-summary';

interface Step {
  id?: string;
  if?: string;
  uses?: string;
  run?: string;
  with?: Record<string, string>;
}

const workflow = load(readFileSync('.github/workflows/preview.yml', 'utf8')) as {
  on: Record<string, unknown>;
  permissions: Record<string, string>;
  jobs: { preview: { steps: Step[] } };
};
const steps = workflow.jobs.preview.steps;
const ciScript = readFileSync('.ci/run', 'utf8');

describe('the pull request workflow', () => {
  it('runs on every pull request and can publish nothing', () => {
    expect(Object.keys(workflow.on)).toEqual(['pull_request']);
    expect(workflow.permissions).toEqual({ contents: 'read' });
  });

  it('builds, shows the checks’ messages, keeps the site as an artifact, and runs the same tests as publishing', () => {
    const build = steps.findIndex((step) => step.run?.includes('npm run build'));
    const summary = steps.findIndex((step) => step.run?.includes('tools/build-summary.ts') && step.run.includes('$GITHUB_STEP_SUMMARY'));
    const upload = steps.findIndex((step) => step.uses?.startsWith('actions/upload-artifact@'));
    const tests = steps.findIndex((step) => step.run === '.ci/run');
    expect(build).toBeGreaterThanOrEqual(0);
    expect(summary).toBeGreaterThan(build);
    expect(steps[summary].if).toContain('always()');
    expect(steps[upload].with?.path).toBe('dist');
    expect(tests).toBeGreaterThan(upload);
    expect(ciScript).toMatch(/^npm test$/m);
  });
});

describe('buildSummary', () => {
  it('shows the content checks’ message without Astro’s progress lines', () => {
    const output = [
      '20:01:40 [content] Syncing content',
      '',
      'The content has a mistake. Fix it and build again.',
      '',
      'content/events/2026-03-31-drop-in.md',
      '  tittle: tittle is not a field: did you mean title? Check the spelling and capitals.',
    ].join('\n');
    const summary = buildSummary(output, false);
    expect(summary).toContain('## The site cannot be published yet');
    expect(summary).toContain('content/events/2026-03-31-drop-in.md\n  tittle: tittle is not a field: did you mean title?');
    expect(summary).not.toContain('Syncing content');
  });

  it('lists what is not published when the build passes', () => {
    const output = '20:10:51 [build] Complete!\n\nNot published, and why:\n  Draft: content/bulletins/2026-03.md and 3 entries it announces\n';
    expect(buildSummary(output, true)).toContain('**Not published, and why:**\n\n- Draft: content/bulletins/2026-03.md and 3 entries it announces');
    expect(buildSummary('Everything in the content folder is published.\n', true)).toContain('Everything in the content folder will be published.');
  });
});

import { readFileSync } from 'node:fs';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { basePathOf } from '../../src/lib/routes';
import { siteUrlProblem } from '../../src/lib/site-config';

interface Step {
  uses?: string;
  run?: string;
  env?: Record<string, string>;
  with?: Record<string, string>;
}
interface Workflow {
  on: { push?: { branches: string[] }; schedule?: { cron: string }[] };
  permissions: Record<string, string>;
  jobs: Record<string, { needs?: string; steps: Step[] }>;
}

const workflow = load(readFileSync('.github/workflows/deploy.yml', 'utf8')) as Workflow;
const build = workflow.jobs.build.steps;
const ciScript = readFileSync('.ci/run', 'utf8');
const runs = build.map((step) => step.run ?? '');

describe('the GitHub Pages workflow', () => {
  it('runs on pushes to main and once a day', () => {
    expect(workflow.on.push?.branches).toEqual(['main']);
    const [minute, hour, ...rest] = workflow.on.schedule![0].cron.split(' ');
    expect(rest).toEqual(['*', '*', '*']);
    // After London midnight in winter (UTC) and summer (UTC+1) alike.
    expect(Number(hour) * 60 + Number(minute)).toBeLessThan(60);
  });

  it('runs every test, through the CI script, before building', () => {
    const testStep = runs.indexOf('.ci/run');
    expect(testStep, 'a build step that runs .ci/run').toBeGreaterThanOrEqual(0);
    expect(ciScript).toMatch(/^npm test$/m);
    expect(runs.indexOf('npm run build')).toBeGreaterThan(testStep);
  });

  it('publishes the built dist/ folder to GitHub Pages, after the build job', () => {
    expect(build.find((step) => step.uses?.startsWith('actions/upload-pages-artifact@'))?.with?.path).toBe('dist');
    expect(workflow.jobs.deploy.needs).toBe('build');
    expect(workflow.jobs.deploy.steps.some((step) => step.uses?.startsWith('actions/deploy-pages@'))).toBe(true);
    expect(workflow.permissions).toMatchObject({ pages: 'write', 'id-token': 'write', contents: 'read' });
  });

  it('builds for the published address', () => {
    expect(build.find((step) => step.run === 'npm run build')?.env?.SITE_URL).toMatch(/steps\.pages\.outputs\.base_url/);
  });

  it("a project site's Pages address is a sub-path the build takes its base from", () => {
    const pagesAddress = 'https://council.github.io/send-news';
    expect(siteUrlProblem(pagesAddress)).toBeUndefined();
    expect(basePathOf(pagesAddress)).toBe('/send-news/');
    expect(readFileSync('astro.config.mjs', 'utf8')).toMatch(/base: basePathOf\(site\.url\)/);
  });
});

/**
 * The environment for a real `astro build` started from a test. Vitest sets NODE_ENV=test
 * and the import.meta.env names (DEV=1, PROD, MODE, SSR, BASE_URL) in process.env; Astro
 * keeps an inherited NODE_ENV and reads import.meta.env.DEV from the environment, so the
 * build would run as development and show drafts. Remove them so it builds as production.
 */
export function productionBuildEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const name of ['DEV', 'PROD', 'MODE', 'SSR', 'BASE_URL']) delete env[name];
  return { ...env, NODE_ENV: 'production', ...extra };
}

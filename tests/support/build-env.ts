/**
 * The environment for a real `astro build` started from a test. Vitest sets NODE_ENV=test
 * and the import.meta.env names (DEV=1, PROD, MODE, SSR, BASE_URL) in process.env; Astro
 * keeps an inherited NODE_ENV and reads import.meta.env.DEV from the environment, so the
 * build would run as development and show drafts. Remove them so it builds as production.
 * Vitest also exports the import.meta.env defines of the Astro config it loaded (as
 * `astro dev`), such as PREVIEW_DRAFTS=true, and an inherited variable overrides a define
 * of the same name in the build: remove those too.
 */
export function productionBuildEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const name of ['DEV', 'PROD', 'MODE', 'SSR', 'BASE_URL', 'PREVIEW_DRAFTS']) delete env[name];
  return { ...env, NODE_ENV: 'production', ...extra };
}

import type { AstroIntegration } from 'astro';

/**
 * Tells the data layer whether drafts may be shown: only under `astro dev`, so editors
 * can preview them, never in a build. It is decided by the command Astro runs, because
 * import.meta.env.DEV and MODE can be switched by environment variables (NODE_ENV, DEV,
 * MODE), which test runners and some CI systems set, and a build would publish drafts.
 */
export default function draftPreview(): AstroIntegration {
  return {
    name: 'draft-preview',
    hooks: {
      'astro:config:setup': ({ command, updateConfig }) => {
        updateConfig({ vite: { define: { 'import.meta.env.PREVIEW_DRAFTS': JSON.stringify(command === 'dev') } } });
      },
    },
  };
}

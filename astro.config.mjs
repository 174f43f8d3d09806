// @ts-check
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import site from './site.config.ts';
import { basePathOf } from './src/lib/routes.ts';
import pagefind from './src/integrations/pagefind.ts';
import { environment } from './src/environment.ts';
import contentChecks from './src/integrations/content-checks.ts';
import draftPreview from './src/integrations/draft-preview.ts';
import emailSize from './src/integrations/email-size.ts';
import linkCheck from './src/integrations/link-check.ts';
import { checkContentSource } from './src/integrations/check-content-source.ts';
import { contentBasePath } from './src/integrations/content-base-path.ts';
import checkOutput from './src/integrations/check-output.ts';
import cleanFailedBuild from './src/integrations/clean-failed-build.ts';
import { rejectUnsafeHtml } from './src/integrations/reject-unsafe-html.ts';
import securityHeaders from './src/integrations/security-headers.ts';
import webEditor from './src/integrations/web-editor.ts';

export default defineConfig({
  site: site.url,
  // A site served under a sub-path (SITE_URL=https://example.org/send-news) is built for
  // it: Astro prefixes its assets, the route table every link, and a Markdown step the
  // links editors write from the site root.
  base: basePathOf(site.url),
  trailingSlash: 'ignore',
  // HTML whitespace rules rather than JSX ones: a line break between inline elements
  // stays a space, so "from Helen Ellis,\n{role}" never renders as "Ellis,Director".
  compressHTML: true,
  // securityHeaders and linkCheck stay last but one: they read the finished pages, including
  // files and inline scripts that other integrations add when the build is done.
  integrations: [
    contentChecks({ contentDir: environment.contentDir }),
    draftPreview(),
    mdx(),
    // A bulletin's email preview is a tool for editors, not a page for families.
    sitemap({ filter: (page) => !/\/bulletins\/[^/]+\/email\/$/.test(page) }),
    checkOutput({ contentDir: environment.contentDir }),
    pagefind(),
    emailSize(),
    webEditor({ contentDir: environment.contentDir }),
    securityHeaders(),
    linkCheck({ contentDir: environment.contentDir }),
    // Last: it sees whether every check above passed.
    cleanFailedBuild(),
  ],
  // The source check allows only the site's raw HTML and MDX components, on the syntax tree
  // before anything is evaluated. Raw HTML is then parsed into elements so the second
  // check sees what a browser would.
  markdown: {
    processor: satteri({
      features: { rawHtml: true },
      mdastPlugins: [checkContentSource],
      hastPlugins: [rejectUnsafeHtml, contentBasePath(basePathOf(site.url))],
    }),
  },
  // Stylesheets stay files, never inline <style>, so the Content Security Policy can
  // allow styles from the site only (style-src 'self', no 'unsafe-inline').
  build: { format: 'directory', inlineStylesheets: 'never' },
  vite: {
    build: {
      rolldownOptions: {
        // Astro marks every MDX entry's generated asset module with this directive and the
        // bundler warns that it drops it, naming the editor's .mdx file although nothing in
        // the file causes it (withastro/astro#18087). Every other warning still shows.
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('astro:head-inject')) return;
          warn(warning);
        },
      },
    },
  },
  // Builds of generated or broken content (tests, the benchmark) write elsewhere, so
  // they never clobber dist/ or share a content cache with the real site.
  outDir: environment.outDir,
  cacheDir: environment.cacheDir,
});

/** The Content-Security-Policy for a page's <meta>; empty under `astro dev`. Set by src/integrations/security-headers.ts. */
declare const __PAGE_POLICY__: string;

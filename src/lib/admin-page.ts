/**
 * The web editor's page. It has its own Content Security Policy: the editor (Decap CMS)
 * compiles its form checks at run time ('unsafe-eval') and styles itself inline, which no
 * other page allows, and it talks to GitHub or, on an editor's computer, the local
 * editing server. Every other page keeps the site's strict policy.
 */
export function adminPolicy(localBackendUrl: string): string {
  const local = new URL(localBackendUrl).origin;
  return [
    "default-src 'self'",
    "script-src 'self' 'unsafe-eval'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob: https:",
    "font-src 'self' data:",
    `connect-src 'self' ${local} https://api.github.com https://raw.githubusercontent.com`,
    "worker-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ');
}

export function adminPage(localBackendUrl: string): string {
  return `<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex, nofollow">
<meta http-equiv="Content-Security-Policy" content="${adminPolicy(localBackendUrl)}">
<title>Edit the SEND news site</title>
<link href="config.yml" type="text/yaml" rel="cms-config-url">
</head>
<body>
<noscript><p>The web editor needs JavaScript. You can also edit the files in the content folder on GitHub: see docs/editing.md.</p></noscript>
<script src="decap-cms.js"></script>
</body>
</html>
`;
}

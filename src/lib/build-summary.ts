/**
 * What a pull request shows about its build, in the editor's words: the content checks'
 * message when the build stopped, or the list of what is not published when it passed.
 * Pure, so the workflow's summary can be tested without GitHub.
 */

// Astro's own progress lines, which say nothing to an editor.
const NOISE = /^\d\d:\d\d:\d\d |^\s*[├└│]|^> |^npm (warn|notice)/;

export function buildSummary(output: string, ok: boolean): string {
  const plain = output.replace(/\u001b\[[0-9;]*m/g, '');
  const lines = plain.split(/\r?\n/);
  if (!ok) {
    const start = lines.findIndex((line) => /^The (content|site) has /.test(line) || / contains HTML that could run code/.test(line));
    const message = (start >= 0 ? lines.slice(start) : lines.filter((line) => !NOISE.test(line)).slice(-40)).join('\n').trim();
    return [
      '## The site cannot be published yet',
      '',
      'Fix what this says, in the file it names, and save (commit) again. This pull request checks again by itself.',
      '',
      '```text',
      message,
      '```',
      '',
    ].join('\n');
  }
  const notPublished = lines.findIndex((line) => line.startsWith('Not published, and why:'));
  const left = notPublished >= 0 ? lines.slice(notPublished + 1).filter((line) => line.startsWith('  ')).map((line) => `- ${line.trim()}`) : [];
  return [
    '## The site builds',
    '',
    'To see it before it goes live, download **site-preview** under Artifacts at the bottom of this page, unzip it and open `index.html`, or follow "Check a preview" in docs/editing.md.',
    '',
    ...(left.length > 0 ? ['**Not published, and why:**', '', ...left] : ['Everything in the content folder will be published.']),
    '',
  ].join('\n');
}

import { describe, expect, it } from 'vitest';
import { articleHeadings, insertInShort } from '../../src/lib/in-short';

describe('articleHeadings', () => {
  it('gives the ## headings with the ids the page gives them, numbering repeats and skipping code', () => {
    const body = [
      '## A message from Helen Ellis',
      '### Details',
      '```',
      '## not a heading',
      '```',
      '## Educational Psychology Service (EPS) – New Ways of Working 2026/27',
      '## [Details](https://example.org)',
    ].join('\n');
    expect(articleHeadings(body)).toEqual([
      { id: 'a-message-from-helen-ellis', text: 'A message from Helen Ellis' },
      { id: 'educational-psychology-service-eps--new-ways-of-working-202627', text: 'Educational Psychology Service (EPS) – New Ways of Working 2026/27' },
      { id: 'details-1', text: 'Details' },
    ]);
  });
});

describe('insertInShort', () => {
  const html = '<h2 id="first">First</h2><p>One.</p><h2 id="second">Second</h2><p>Two.</p>';

  it('puts each "In short" straight after its heading, matched by the heading as written', () => {
    const out = insertInShort(html, [{ heading: 'Second', text: 'The second, briefly.' }]);
    expect(out).toBe(
      '<h2 id="first">First</h2><p>One.</p><h2 id="second">Second</h2><p class="in-short"><strong>In short:</strong> The second, briefly.</p><p>Two.</p>',
    );
  });

  it('keeps the text as text', () => {
    const out = insertInShort(html, [{ heading: 'First', text: 'A <script>alert(1)</script> & more' }]);
    expect(out).toContain('A &lt;script&gt;alert(1)&lt;/script&gt; &amp; more');
    expect(out).not.toContain('<script>');
  });
});

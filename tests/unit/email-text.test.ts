import { describe, expect, test } from 'vitest';
import { emailText, overlongLines } from '../../src/lib/email/email-text';

const long = 'Every word of this paragraph must survive the conversion to plain text, however long it runs on. '.repeat(4);

describe('the plain-text email', () => {
  const text = emailText(
    `<h1>The title</h1><h2>An article</h2><p>${long}</p>` +
      '<p>Read <a href="https://news.example/bulletins/2026-03/">the bulletin</a> or write to <a href="mailto:a@b.example">a@b.example</a>.</p>',
  );

  test('keeps headings as written and every paragraph', () => {
    expect(text).toContain('The title');
    expect(text).toContain('An article');
    expect(text.replace(/\s+/g, ' ')).toContain(long.trim());
  });

  test('writes link addresses out, once', () => {
    expect(text).toContain('the bulletin <https://news.example/bulletins/2026-03/>');
    expect(text).toMatch(/a@b\.example(?! <mailto)/);
  });

  test('writes an email link as its address, without the filled-in subject', () => {
    const asking = emailText('<p><a href="mailto:a@b.example?subject=Please%20send%20me%3A%20A%20very%20long%20document%20title%20indeed">Email A to ask for it</a>.</p>');
    expect(asking).toBe('Email A to ask for it <a@b.example>.');
  });

  test('wraps lines at 78 characters', () => {
    expect(text.split('\n').every((line) => line.length <= 78)).toBe(true);
  });
});

describe('overlong lines', () => {
  test('are found, except a web address alone on its line, which would break if wrapped', () => {
    const address = `<https://news.example/${'a'.repeat(80)}/>`;
    expect(overlongLines(`short\n${'x'.repeat(79)}\n   ${address}\n${'y'.repeat(78)}`)).toEqual(['x'.repeat(79)]);
    expect(overlongLines(`text before ${address}`)).toHaveLength(1);
  });
});

import { load } from 'cheerio';
import { describe, expect, test } from 'vitest';
import { previewFrame } from '../../src/lib/email/email-preview';

describe('the preview frame', () => {
  const email = '<!doctype html><html><head><title>A & "B"</title></head><body><p>February 2026 <a href="https://x.example/">x</a></p></body></html>';
  const frame = previewFrame(email, 'Preview of the email: A & "B"');

  test('escapes the whole email into one attribute, so no later rewrite of page text can reach it', () => {
    const [, srcdoc] = /srcdoc="([^"]*)"/.exec(frame)!;
    expect(srcdoc).not.toMatch(/[<>]/);
    expect(load(frame)('iframe').attr('srcdoc')).toContain('<p>February 2026 <a href="https://x.example/">x</a></p>');
  });

  test('is sandboxed, titled, and opens links in a new tab', () => {
    const $ = load(frame);
    expect($('iframe').attr('title')).toBe('Preview of the email: A & "B"');
    expect($('iframe').attr('sandbox')).toBe('allow-popups allow-popups-to-escape-sandbox');
    expect(load($('iframe').attr('srcdoc')!)('head base').attr('target')).toBe('_blank');
  });
});

import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { page, text } from '../support/dist';

/*
 * The bulletins are the source of truth: every line of each source file must reach its
 * bulletin page, and the site may link only to addresses the sources (or the site's own
 * settings) give. Lines of the December timetable are checked against the table instead.
 */

/** The two source bulletins as the council sent them, kept in the repository. */
const SEEDS = 'tests/fixtures/sources';
const bulletins = [
  { seed: `${SEEDS}/2025-12-send-and-inclusion-update.txt`, path: '/bulletins/2025-12/' },
  { seed: `${SEEDS}/2026-02-send-and-inclusion-update.txt`, path: '/bulletins/2026-02/' },
];

/** Compare as a reader would: ignore spacing, hyphen and quote styles, list markers and link markup. */
function normalise(line: string): string {
  return line
    .replace(/^- /, '')
    .replace(/[\u2010\u2011\u2012\u2013\u2014]/g, '-')
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .replace(/\s+/g, ' ')
    .replace(/ ?- ?/g, '-')
    .trim();
}

/**
 * Deliberate wording changes, each with its reason. Nothing else may differ.
 */
const editorialChanges: [from: string, to: string][] = [
  // The source's "click here" points at a page it gives no address for: there is nothing to click.
  ['please click here:', 'please see:'],
];

function isTimetableLine(line: string): boolean {
  return line === '|' || line.endsWith(' |') || line.startsWith('|');
}

describe.each(bulletins)('$path carries everything in its source', ({ seed, path }) => {
  const lines = readFileSync(seed, 'utf8').split('\n').map((line) => line.trim()).filter(Boolean);
  const $ = page(path);
  // Abbreviations explained in brackets where first used are the site's addition, not the source's.
  $('.expansion').remove();
  const pageText = normalise(text($, 'main'));

  test('the title is the source title', () => {
    expect($('h1').text().trim()).toBe(lines[0]);
  });

  test.each(lines.slice(1).filter((line) => !isTimetableLine(line)))('%s', (line) => {
    const edited = editorialChanges.reduce((text, [from, to]) => text.replace(from, to), line);
    const words = normalise(edited)
      // Addresses become links whose text may differ; the link target is tested separately.
      .replace(/https?:\/\/\S+|www\.\S+/g, '')
      .replace(/\s*-\s*$/, '')
      .trim();
    expect(pageText).toContain(words);
  });
});

describe('no invented links', () => {
  const sources = bulletins.map(({ seed }) => readFileSync(seed, 'utf8')).join('\n');
  const sourceAddresses = new Set(
    [...sources.matchAll(/(?:https?:\/\/|www\.)[^\s]+/g)].map((match) =>
      match[0].startsWith('www.') ? `https://${match[0]}` : match[0],
    ),
  );
  const sourceEmails = new Set([...sources.matchAll(/[\w.]+@[\w.]+\.\w+/g)].map((match) => match[0].toLowerCase()));

  test.each(bulletins.map(({ path }) => path))('every link in %s article text comes from the source', (path) => {
    const $ = page(path);
    const hrefs = $('.prose a[href]').map((_i, element) => $(element).attr('href')).get();
    expect(hrefs.length).toBeGreaterThan(0);
    for (const href of hrefs) {
      if (href.startsWith('mailto:')) expect(sourceEmails).toContain(href.slice('mailto:'.length).toLowerCase());
      else if (/^https?:/.test(href)) expect(sourceAddresses).toContain(href);
      else expect(href).toMatch(/^[/#]/);
    }
  });
});

import { describe, expect, it } from 'vitest';
import { startsWithCurlyQuote, withoutDecorativeQuotes } from '../../src/lib/curly-quotes';

describe('withoutDecorativeQuotes', () => {
  it('drops curly quotes around a whole value, as YAML drops straight ones', () => {
    expect(withoutDecorativeQuotes('“SEND and Inclusion Update - March 2026”')).toBe('SEND and Inclusion Update - March 2026');
    expect(withoutDecorativeQuotes('‘Council House’')).toBe('Council House');
  });

  it('keeps curly quotes that are part of the text', () => {
    expect(withoutDecorativeQuotes('Reviewing the current ‘Band’ descriptors')).toBe('Reviewing the current ‘Band’ descriptors');
    expect(withoutDecorativeQuotes('“Yes” and “no” answers')).toBe('“Yes” and “no” answers');
    expect(withoutDecorativeQuotes('‘Band’ descriptors’ review’')).toBe('‘Band’ descriptors’ review’');
    expect(withoutDecorativeQuotes('The team’s ‘new’ offer')).toBe('The team’s ‘new’ offer');
  });
});

describe('startsWithCurlyQuote', () => {
  it('finds a value or list item that starts with one', () => {
    expect(startsWithCurlyQuote('title: “Workshop: part 1”')).toBe(true);
    expect(startsWithCurlyQuote('  - “Schools”')).toBe(true);
    expect(startsWithCurlyQuote('title: Reviewing the ‘Band’ descriptors')).toBe(false);
  });
});

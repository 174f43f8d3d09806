import { describe, expect, it } from 'vitest';
import { alternativeQueries, editDistance, glossaryMatches, siteWords, suggestQuery, wordsNotFound } from '../../src/lib/search-help';

const glossary = [
  { name: 'EHC', expansion: 'education, health and care', alsoWritten: [] },
  { name: 'EHCP', expansion: 'education, health and care plan', alsoWritten: [] },
  { name: 'SENCO', expansion: 'special educational needs coordinator', alsoWritten: [] },
  { name: 'banded descriptors', alsoWritten: ['‘Band’ descriptors'] },
  // An abbreviation the bulletins never explain: its meaning is never guessed.
  { name: 'SCLN', alsoWritten: [] },
];

describe('alternativeQueries', () => {
  it('asks for an abbreviation by its meaning, and for a meaning by its abbreviation', () => {
    expect(alternativeQueries('EHCP', glossary)).toEqual(['education health and care plan']);
    expect(alternativeQueries('Education, health and care plan', glossary)).toEqual(['ehc plan', 'ehcp']);
    expect(alternativeQueries('SENCO network', glossary)).toEqual(['special educational needs coordinator network']);
  });

  it('leaves a query with no explained abbreviation alone', () => {
    expect(alternativeQueries('workshop', glossary)).toEqual([]);
    expect(alternativeQueries('SCLN', glossary)).toEqual([]);
    // Part of a word is not the abbreviation.
    expect(alternativeQueries('ehcps', glossary)).toEqual([]);
  });
});

describe('glossaryMatches', () => {
  const names = (query: string) => glossaryMatches(query, glossary).map((entry) => entry.name);

  it('finds an entry by abbreviation, meaning, term or another way of writing it', () => {
    expect(names('senco')).toEqual(['SENCO']);
    expect(names('Special educational needs coordinator')).toEqual(['SENCO']);
    expect(names('band descriptors')).toEqual(['banded descriptors']);
    expect(names('SCLN')).toEqual(['SCLN']);
  });

  it('finds an entry from a word of its meaning, after the entries named outright', () => {
    expect(names('coordinator')).toEqual(['SENCO']);
    expect(names('EHCP care')).toEqual(['EHCP']);
    expect(names('health and care')).toEqual(['EHC', 'EHCP']);
  });

  it('finds nothing for a letter or a word the glossary does not hold', () => {
    expect(names('x')).toEqual([]);
    expect(names('workshop')).toEqual([]);
    expect(names('car')).toEqual([]);
  });
});

describe('suggestQuery', () => {
  const words = siteWords(['Autism and communication. Autism workshops.', 'The deadline for autistic pupils.', 'A workshop.']);

  it('counts the words of four letters or more, most used first, without addresses', () => {
    expect(words.slice(0, 2)).toEqual(['autism', 'autistic']);
    expect(siteWords(['See https://example.org/autism-help or email help@example.org about children’s needs'])).toEqual([
      'about',
      'childrens',
      'email',
      'needs',
    ]);
  });

  it('suggests the site word one slip away, and the more used of two', () => {
    expect(editDistance('autisim', 'autism')).toBe(1);
    expect(suggestQuery('autisim', words)).toBe('autism');
    expect(suggestQuery('Autisim workshop', words)).toBe('autism workshop');
    expect(suggestQuery('workshp', words)).toBe('workshop');
  });

  it('suggests nothing when every word is the site’s, or nothing is close', () => {
    expect(suggestQuery('autism deadline', words)).toBeUndefined();
    expect(suggestQuery('zebra', words)).toBeUndefined();
    expect(suggestQuery('', words)).toBeUndefined();
  });
});

describe('wordsNotFound', () => {
  it('names the words no excerpt marks, so a misspelling gets "did you mean" even with results', () => {
    const excerpts = ['and <mark>a</mark> review. <mark>A</mark> message', 'for <mark>a</mark> webinar'];
    expect(wordsNotFound('autisim', excerpts)).toEqual(['autisim']);
    expect(wordsNotFound('autisim', [])).toEqual(['autisim']);
  });

  it('counts a word found when a marked word starts as it does, as stemming finds it', () => {
    expect(wordsNotFound('Consultations', ['the <mark>consultation</mark> closes'])).toEqual([]);
    expect(wordsNotFound('autism workshp', ['<mark>Autism</mark> awareness'])).toEqual(['workshp']);
    // Short words and numbers are never suggested for.
    expect(wordsNotFound('EHC 2026', [])).toEqual([]);
  });
});

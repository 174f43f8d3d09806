import { describe, expect, it } from 'vitest';
import { MAX_GRADE, readability, splitSentences, words } from '../../src/lib/readability';

describe('splitSentences', () => {
  it('splits on full stops before a capital, but not after "Dr"', () => {
    expect(splitSentences('Email Dr Pauline Bromfield. She will reply. Dr. Smith too!')).toEqual([
      'Email Dr Pauline Bromfield.',
      'She will reply.',
      'Dr. Smith too!',
    ]);
  });
});

describe('words', () => {
  it('counts "10–12" and abbreviations as one word each', () => {
    expect(words('Each session has 10–12 people from SEND teams.')).toHaveLength(8);
  });
});

describe('readability', () => {
  it('passes short, everyday sentences', () => {
    const report = readability('Schools can come to a free event in June. You only need to go on one day.');
    expect(report.problems).toEqual([]);
    expect(report.grade).toBeLessThanOrEqual(MAX_GRADE);
  });

  it('names a sentence over 25 words', () => {
    const long = `${'word '.repeat(26).trim()}.`;
    expect(readability(long).problems[0]).toMatch(/^This sentence has 26 words \(at most 25\): “word word/);
  });

  it('flags text above grade 9', () => {
    const hard =
      'The multidisciplinary collaborative infrastructure facilitates comprehensive organisational transformation initiatives.';
    const report = readability(hard);
    expect(report.grade).toBeGreaterThan(MAX_GRADE);
    expect(report.problems.at(-1)).toMatch(/^Reading grade \d+\.\d is above 9/);
  });
});

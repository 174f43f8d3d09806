import { fleschKincaid } from 'flesch-kincaid';
import { syllable } from 'syllable';

/*
 * Plain-English checks for the short texts written for families: summaries and "In short"
 * lines. GOV.UK writes for a reading age of 9, so the limits are a Flesch–Kincaid grade of
 * 9 and sentences of 25 words at most. Counting uses wooorm's flesch-kincaid formula and
 * syllable counter; sentences and words are split here.
 */

export const MAX_GRADE = 9;
export const MAX_SENTENCE_WORDS = 25;

export interface ReadabilityReport {
  grade: number;
  sentences: { text: string; words: number }[];
  problems: string[];
}

/** Sentences end at . ! or ? followed by a space and a capital, digit or quote; "Dr" and "e.g." do not end one. */
export function splitSentences(text: string): string[] {
  return text
    .replace(/\s+/g, ' ')
    .trim()
    .split(/(?<!\b(?:Dr|Mr|Mrs|Ms|e\.g|i\.e|etc)\.)(?<=[.!?])\s+(?=[\p{Lu}\p{N}‘“"'])/u)
    .filter((sentence) => /[\p{L}\p{N}]/u.test(sentence));
}

/** Words as a reader counts them: runs with a letter or digit; "10–12" is one word. */
export function words(text: string): string[] {
  return text.split(/[\s/]+/).filter((word) => /[\p{L}\p{N}]/u.test(word));
}

/** Abbreviations are read letter by letter (SEND is one word, but "S-E-N-D" is not how its syllables are counted). */
function syllables(word: string): number {
  const bare = word.replace(/[^\p{L}\p{N}'’-]/gu, '');
  if (/^\p{Lu}{2,}s?$/u.test(bare)) return 1;
  if (/^\p{N}/u.test(bare)) return 1;
  return Math.max(1, syllable(bare));
}

export function readability(text: string): ReadabilityReport {
  const sentences = splitSentences(text).map((sentence) => ({ text: sentence, words: words(sentence).length }));
  const allWords = sentences.flatMap((sentence) => words(sentence.text));
  const grade =
    allWords.length === 0
      ? 0
      : fleschKincaid({
          sentence: sentences.length,
          word: allWords.length,
          syllable: allWords.reduce((total, word) => total + syllables(word), 0),
        });
  const problems = [
    ...sentences
      .filter((sentence) => sentence.words > MAX_SENTENCE_WORDS)
      .map((sentence) => `This sentence has ${sentence.words} words (at most ${MAX_SENTENCE_WORDS}): “${sentence.text}”`),
    ...(grade > MAX_GRADE
      ? [`Reading grade ${grade.toFixed(1)} is above ${MAX_GRADE}. Use shorter sentences and everyday words.`]
      : []),
  ];
  return { grade, sentences, problems };
}

/**
 * A plain-English report on the texts written for families: every summary, "In short"
 * line and "You said, we did" entry, file by file, with its reading grade and any sentence
 * over the limit. The build warns about the same problems.
 *
 *   npm run readability            (CONTENT_DIR=… for another content folder)
 */
import { resolve } from 'node:path';
import { checkContentFolder } from '../src/lib/content-folder.ts';
import { describeProblems } from '../src/lib/content-integrity.ts';
import { plainEnglishTexts } from '../src/lib/plain-english-texts.ts';
import { MAX_GRADE, MAX_SENTENCE_WORDS, readability } from '../src/lib/readability.ts';

const checked = checkContentFolder(resolve(process.env.CONTENT_DIR || 'content'));
if (!checked.content) {
  console.error(describeProblems(checked.problems));
  process.exit(1);
}
const texts = plainEnglishTexts(checked.content);
let failing = 0;

console.log(`Plain English: reading grade at most ${MAX_GRADE}, sentences at most ${MAX_SENTENCE_WORDS} words.\n`);
for (const [file, found] of [...Map.groupBy(texts, (text) => text.file)].sort(([a], [b]) => a.localeCompare(b))) {
  console.log(file);
  for (const { field, text } of found) {
    const report = readability(text);
    const longest = Math.max(...report.sentences.map((sentence) => sentence.words));
    console.log(`  ${report.problems.length > 0 ? '✗' : '✓'} ${field}: grade ${report.grade.toFixed(1)}, longest sentence ${longest} words`);
    for (const problem of report.problems) console.log(`      ${problem}`);
    if (report.problems.length > 0) failing += 1;
  }
}
console.log(`\n${texts.length} texts checked; ${failing === 0 ? 'all are plain English' : `${failing} need rewriting`}.`);

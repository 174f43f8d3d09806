/**
 * Writes a pull request's build summary (Markdown) from the build's saved output:
 *   node tools/build-summary.ts build-output.txt success >> "$GITHUB_STEP_SUMMARY"
 */
import { readFileSync } from 'node:fs';
import { buildSummary } from '../src/lib/build-summary.ts';

const [file, outcome] = process.argv.slice(2);
process.stdout.write(buildSummary(readFileSync(file, 'utf8'), outcome === 'success'));

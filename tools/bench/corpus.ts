import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Text for the synthetic archive, taken from the real bulletins, events and
 * consultations in content/, so generated pages have the paragraph lengths, headings,
 * lists and links that real ones have.
 */
export interface Corpus {
  /** `##` article headings, without the hashes. */
  articleHeadings: string[];
  /** `###` headings inside articles. */
  subheadings: string[];
  /** Paragraphs of running text, Markdown links and emphasis included. */
  paragraphs: string[];
  /** Bulleted lists, each a whole Markdown block. */
  lists: string[];
}

function markdownFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.mdx?$/.test(entry.name) && !entry.name.startsWith('_'))
    .map((entry) => join(dir, entry.name));
}

function bodyOf(source: string): string {
  return source.replace(/^---\n[\s\S]*?\n---\n/, '');
}

/** Blocks an archive can reuse as they are: MDX imports and components would need their own setup. */
function isPlainMarkdown(block: string): boolean {
  return !/^(import |export |<)/m.test(block);
}

export function readCorpus(contentDir: string): Corpus {
  const corpus: Corpus = { articleHeadings: [], subheadings: [], paragraphs: [], lists: [] };
  const sources = ['bulletins', 'events', 'consultations'].flatMap((folder) => markdownFiles(join(contentDir, folder)));
  for (const file of sources) {
    const blocks = bodyOf(readFileSync(file, 'utf8'))
      .split(/\n{2,}/)
      .map((block) => block.trim())
      .filter((block) => block.length > 0 && isPlainMarkdown(block));
    for (const block of blocks) {
      if (block.startsWith('## ')) corpus.articleHeadings.push(block.slice(3).trim());
      else if (block.startsWith('### ')) corpus.subheadings.push(block.slice(4).trim());
      else if (/^[-*] /.test(block)) corpus.lists.push(block);
      // Sign-offs such as "Helen" are real but too short to stand for an article's text.
      else if (block.length >= 80) corpus.paragraphs.push(block);
    }
  }
  // The letter is generated separately so every bulletin opens with exactly one.
  corpus.articleHeadings = [...new Set(corpus.articleHeadings.filter((heading) => !/^A message from/i.test(heading)))];
  corpus.subheadings = [...new Set(corpus.subheadings)];
  for (const [name, pool] of Object.entries(corpus)) {
    if (pool.length === 0) throw new Error(`The benchmark found no ${name} in ${contentDir} to build its archive from.`);
  }
  return corpus;
}

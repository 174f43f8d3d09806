export interface Abbreviation {
  /** As written, such as EHCP. */
  id: string;
  /** What it stands for, as written mid-sentence. */
  expansion: string;
}

/** An abbreviation found in a run of text, and how to explain it there. */
export interface AbbreviationMark {
  start: number;
  end: number;
  /** Set on its first use on the page: what <abbr title> says. */
  title?: string;
  /** Set where the expansion is written out after it in brackets. */
  expansion?: string;
}

/** More characters than any expansion written out before its abbreviation. */
const READ_BACK = 400;

const normalise = (text: string) => text.toLowerCase().replace(/[’‘]/g, "'").replace(/\s+/g, ' ');

export interface AbbreviationReader {
  /** Finds the abbreviations to explain in the next run of text on the page. */
  mark(text: string, options: { canExplain: boolean }): AbbreviationMark[];
  /** Notes text that is read but not marked (already in <abbr>, say), so "written out before" still sees it. */
  read(text: string): void;
}

/**
 * Explains each abbreviation where it is first used on a page. The page's text runs are
 * passed in reading order. The first use is wrapped in <abbr title>, and the first use in
 * running text is followed by the expansion in brackets, unless the author already wrote
 * it out next to it, as in "Integrated Care Board (ICB)". Titles alone are not enough:
 * many people cannot hover, and screen readers often ignore them.
 */
export function abbreviationReader(abbreviations: readonly Abbreviation[]): AbbreviationReader {
  const byId = new Map(abbreviations.map((entry) => [entry.id, entry]));
  const ids = [...byId.keys()].sort((a, b) => b.length - a.length).join('|');
  // An optional plural "s" or possessive "’s"; letters or digits either side mean another word.
  const pattern = ids && new RegExp(`(?<![\\p{L}\\p{N}])(${ids})(s|[’']s)?(?![\\p{L}\\p{N}])`, 'gu');
  // Most runs of text hold no abbreviation at all: finding that out without the
  // Unicode-aware word boundaries is several times quicker, on every page of the site.
  const mayContain = ids && new RegExp(ids);
  const titled = new Set<string>();
  const explained = new Set<string>();
  let readSoFar = '';
  const read = (text: string) => {
    readSoFar = (readSoFar + text).slice(-READ_BACK);
  };

  const mark = (text: string, { canExplain }: { canExplain: boolean }): AbbreviationMark[] => {
    const marks: AbbreviationMark[] = [];
    if (pattern && mayContain && mayContain.test(text)) {
      for (const match of text.matchAll(pattern)) {
        const [whole, id, suffix] = match;
        if (explained.has(id)) continue;
        const entry = byId.get(id)!;
        const before = normalise(readSoFar + text.slice(0, match.index)).trimEnd();
        const after = normalise(text.slice(match.index + whole.length));
        const expansion = normalise(entry.expansion);
        const plural = suffix === 's';
        const writtenOut =
          before.endsWith(`${expansion} (`) || after.startsWith(` (${expansion}`) || (plural && before.endsWith(`${expansion}s (`));
        const title = plural && !entry.expansion.endsWith('s') ? `${entry.expansion}s` : entry.expansion;
        const found: AbbreviationMark = { start: match.index, end: match.index + whole.length };
        if (!titled.has(id)) {
          titled.add(id);
          found.title = title;
        }
        // A possessive cannot take brackets gracefully ("SENAR’s (…) control"); wait for a plain use.
        if (writtenOut || (canExplain && (!suffix || plural))) {
          explained.add(id);
          if (!writtenOut) found.expansion = title;
        }
        if (found.title || found.expansion) marks.push(found);
      }
    }
    read(text);
    return marks;
  };
  return { mark, read };
}

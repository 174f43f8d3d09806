/** A term the glossary explains, such as "banded descriptors". */
export interface GlossaryTerm {
  /** Its id on /glossary/, where it is explained. */
  id: string;
  term: string;
  /** Other ways the bulletins write it, such as "‘Band’ descriptors". */
  alsoWritten: readonly string[];
}

/** A term found in a run of text, to be linked to its explanation. */
export interface TermMark {
  start: number;
  end: number;
  id: string;
}

export interface TermReader {
  /** Finds the first use on the page of each term in the next run of text. */
  mark(text: string): TermMark[];
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Explains each jargon term where it is first used on a page, by linking it to its glossary
 * entry: visible, usable by touch and announced by screen readers, unlike a tooltip. The
 * page's text runs are passed in reading order; only runs where a link may go are passed
 * (not inside links, headings or buttons), so a term first used in a heading is linked at
 * its first use in running text. Matching ignores case and allows a plural "s".
 */
export function termReader(terms: readonly GlossaryTerm[]): TermReader {
  const idOf = new Map<string, string>();
  for (const entry of terms) for (const written of [entry.term, ...entry.alsoWritten]) idOf.set(written.toLowerCase(), entry.id);
  const written = [...idOf.keys()].sort((a, b) => b.length - a.length).map(escapeRegExp);
  const pattern = written.length > 0 && new RegExp(`(?<![\\p{L}\\p{N}])(${written.join('|')})s?(?![\\p{L}\\p{N}])`, 'giu');
  const linked = new Set<string>();

  return {
    mark(text) {
      if (!pattern || linked.size === terms.length) return [];
      const marks: TermMark[] = [];
      for (const match of text.matchAll(pattern)) {
        const id = idOf.get(match[1].toLowerCase())!;
        if (linked.has(id)) continue;
        linked.add(id);
        marks.push({ start: match.index, end: match.index + match[0].length, id });
      }
      return marks;
    },
  };
}

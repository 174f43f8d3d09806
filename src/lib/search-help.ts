/*
 * Help for the search page: abbreviations and their meanings find each other, glossary
 * entries a query names are explained, and a search that finds nothing suggests a spelling
 * from the site's own words. Pure, so the browser script, the build and the tests share it.
 */

export interface GlossaryHint {
  /** The abbreviation or term as written, such as SENCO or banded descriptors. */
  name: string;
  /** What an abbreviation stands for; absent for terms and for abbreviations the bulletins never explain. */
  expansion?: string;
  /** Other ways the bulletins write it. */
  alsoWritten: readonly string[];
}

/** Lower case, without punctuation or apostrophes, single spaces: how queries and names are compared. */
export function normaliseQuery(text: string): string {
  return text
    .toLowerCase()
    .replace(/[’‘']/g, '')
    .replace(/[^\p{L}\p{N} -]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

function containsPhrase(haystack: string, phrase: string): boolean {
  return phrase !== '' && ` ${haystack} `.includes(` ${phrase} `);
}

/**
 * Other ways to ask the same thing: "EHCP" also as "education health and care plan", and
 * back. The search page runs each and merges the results, so either finds the same pages.
 */
export function alternativeQueries(query: string, glossary: readonly GlossaryHint[]): string[] {
  const asked = normaliseQuery(query);
  const alternatives = new Set<string>();
  for (const entry of glossary) {
    if (!entry.expansion) continue;
    const name = normaliseQuery(entry.name);
    const expansion = normaliseQuery(entry.expansion);
    if (containsPhrase(asked, name)) alternatives.add(` ${asked} `.replace(` ${name} `, ` ${expansion} `).trim());
    if (containsPhrase(asked, expansion)) alternatives.add(` ${asked} `.replace(` ${expansion} `, ` ${name} `).trim());
  }
  alternatives.delete(asked);
  return [...alternatives];
}

/**
 * Glossary entries a query names, by abbreviation, meaning, term or another way of writing
 * it; a query of a word or more inside a meaning counts too ("coordinator" finds SENCO).
 * Entries named outright come first.
 */
export function glossaryMatches<Entry extends GlossaryHint>(query: string, glossary: readonly Entry[], limit = 3): Entry[] {
  const asked = normaliseQuery(query);
  if (asked.length < 2) return [];
  const names = (entry: Entry) => [entry.name, entry.expansion ?? '', ...entry.alsoWritten].map(normaliseQuery).filter(Boolean);
  const named = glossary.filter((entry) => names(entry).some((name) => containsPhrase(asked, name)));
  const inside = asked.length < 4 ? [] : glossary.filter((entry) => !named.includes(entry) && names(entry).some((name) => containsPhrase(name, asked)));
  return [...named, ...inside].slice(0, limit);
}

/**
 * The words of a query that no shown result marks, so "did you mean" is worth its download.
 * Pagefind finds something for most misspellings (for "autisim" it marks every "a"), so a
 * word counts as found only when a marked word starts with its first four letters.
 * `excerpts` are Pagefind's excerpts, with <mark> around what matched.
 */
export function wordsNotFound(query: string, excerpts: readonly string[]): string[] {
  const marked = excerpts.flatMap((excerpt) => [...excerpt.matchAll(/<mark>([^<]*)<\/mark>/g)].map((match) => normaliseQuery(match[1])));
  return normaliseQuery(query)
    .split(' ')
    .filter((word) => word.length >= 4 && !/\d/.test(word))
    .filter((word) => !marked.some((found) => found.startsWith(word.slice(0, 4))));
}

/** Edit distance in which swapping two neighbouring letters counts once ("autisim" is one from "autism"). */
export function editDistance(a: string, b: string): number {
  const rows = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j += 1) rows[0][j] = j;
  for (let i = 1; i <= a.length; i += 1) {
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      rows[i][j] = Math.min(rows[i - 1][j] + 1, rows[i][j - 1] + 1, rows[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) rows[i][j] = Math.min(rows[i][j], rows[i - 2][j - 2] + 1);
    }
  }
  return rows[a.length][b.length];
}

/**
 * "Did you mean": each word of the query the site never uses, replaced by the site word
 * closest to it (one slip, two for words of seven letters or more), the more used one on a
 * tie. `words` lists the site's words, most used first. Undefined when nothing changes.
 */
export function suggestQuery(query: string, words: readonly string[]): string | undefined {
  const known = new Set(words);
  let changed = false;
  const suggested = normaliseQuery(query)
    .split(' ')
    .filter(Boolean)
    .map((word) => {
      if (known.has(word) || word.length < 4 || /\d/.test(word)) return word;
      const allowed = word.length >= 7 ? 2 : 1;
      let best: { word: string; distance: number } | undefined;
      for (const candidate of words) {
        if (Math.abs(candidate.length - word.length) > allowed) continue;
        const distance = editDistance(word, candidate);
        // Earlier words are more used, so only a strictly closer one replaces the best so far.
        if (distance <= allowed && (!best || distance < best.distance)) best = { word: candidate, distance };
      }
      if (!best) return word;
      changed = true;
      return best.word;
    });
  return changed ? suggested.join(' ') : undefined;
}

/**
 * The words of some texts for "did you mean": lower case, four letters or more, most used
 * first. Web and email addresses are left out: nobody searches for them by their parts.
 */
export function siteWords(texts: Iterable<string>): string[] {
  const counts = new Map<string, number>();
  for (const text of texts) {
    const prose = text.replace(/\b(?:https?:\/\/|www\.|mailto:)\S+/gi, ' ').replace(/\S+@\S+/g, ' ');
    for (const word of prose.toLowerCase().replace(/[’‘']/g, '').match(/\p{L}{4,}/gu) ?? []) counts.set(word, (counts.get(word) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([word]) => word);
}

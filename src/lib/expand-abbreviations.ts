import { decodeEntities, escapeHtml, rewriteText } from './html-text';

export interface Abbreviation {
  /** As written, such as EHCP. */
  id: string;
  /** What it stands for, as written mid-sentence. */
  expansion: string;
}

/** Where an expansion in brackets would break the text: link and button names, headings, labels. */
const NO_EXPANSION = ['a', 'button', 'label', 'legend', 'summary', 'option', 'caption', 'th', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'time', 'dt'];

/** More characters than any expansion written out before its abbreviation, entities included. */
const READ_BACK = 400;

const normalise = (text: string) =>
  decodeEntities(text).toLowerCase().replace(/[’‘]/g, "'").replace(/\s+/g, ' ');

/**
 * Explains each abbreviation where it is first used in a fragment of HTML (a page's main
 * content). Its first use is wrapped in <abbr title>, and its first use in running text
 * is followed by the expansion in brackets, unless the author already wrote it out next
 * to it, as in "Integrated Care Board (ICB)". Titles alone are not enough: many people
 * cannot hover, and screen readers often ignore them.
 */
export function expandAbbreviations(html: string, abbreviations: Abbreviation[]): string {
  if (abbreviations.length === 0) return html;
  const byId = new Map(abbreviations.map((entry) => [entry.id, entry]));
  const ids = [...byId.keys()].sort((a, b) => b.length - a.length).join('|');
  // An optional plural "s" or possessive "’s"; letters or digits either side mean another word.
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(${ids})(s|[’']s)?(?![\\p{L}\\p{N}])`, 'gu');
  // Most runs of text hold no abbreviation at all: finding that out without the
  // Unicode-aware word boundaries is several times quicker, on every page of the site.
  const mayContain = new RegExp(ids);
  const titled = new Set<string>();
  const explained = new Set<string>();
  let readSoFar = '';

  const result = rewriteText(html, (text, context) => {
    if (context.inside('abbr')) {
      readSoFar = (readSoFar + text).slice(-READ_BACK);
      return text;
    }
    if (!mayContain.test(text)) {
      readSoFar = (readSoFar + text).slice(-READ_BACK);
      return text;
    }
    const canExplain = !NO_EXPANSION.some((tag) => context.inside(tag));
    const rewritten = text.replace(pattern, (match: string, id: string, suffix: string | undefined, offset: number) => {
      const entry = byId.get(id)!;
      if (explained.has(id)) return match;
      // Only the text just before matters ("… (ICB"), so the page read so far is cut to a
      // tail longer than any expansion: normalising all of it at every match was the
      // site's costliest step on a large archive.
      const before = normalise(readSoFar.slice(-READ_BACK) + text.slice(0, offset)).trimEnd();
      const after = normalise(text.slice(offset + match.length));
      const expansion = normalise(entry.expansion);
      const plural = suffix === 's';
      const writtenOut = before.endsWith(`${expansion} (`) || after.startsWith(` (${expansion}`) || (plural && before.endsWith(`${expansion}s (`));
      const title = escapeHtml(plural && !entry.expansion.endsWith('s') ? `${entry.expansion}s` : entry.expansion);
      let marked = match;
      if (!titled.has(id)) {
        titled.add(id);
        marked = `<abbr title="${title}">${match}</abbr>`;
      }
      // A possessive cannot take brackets gracefully ("SENAR’s (…) control"); wait for a plain use.
      if (writtenOut || (canExplain && (!suffix || plural))) {
        explained.add(id);
        // A class of its own, so a test comparing page text with a source bulletin can leave it out.
        if (!writtenOut) marked += `<span class="expansion"> (${title})</span>`;
      }
      return marked;
    });
    readSoFar = (readSoFar + text).slice(-READ_BACK);
    return rewritten;
  });
  return result;
}

/**
 * Who something is for, as written mid-sentence: "for parents and carers", or "for schools
 * and settings, and for governors". Repeating "for" keeps apart labels that themselves
 * contain "and". Pages, feeds and search results all word it here.
 */
export function audiencePhrase(labels: readonly string[]): string | undefined {
  if (labels.length === 0) return undefined;
  const phrases = labels.map((label) => `for ${midSentence(label)}`);
  return phrases.length === 1 ? phrases[0] : `${phrases.slice(0, -1).join(', ')}${phrases.length > 2 ? ',' : ''} and ${phrases.at(-1)}`;
}

/** The same as a card shows it, on a line of its own: "For parents and carers". */
export function audienceLine(labels: readonly string[]): string | undefined {
  const phrase = audiencePhrase(labels);
  return phrase && phrase.charAt(0).toUpperCase() + phrase.slice(1);
}

/** "Schools and settings" reads "schools and settings" mid-sentence; "SEND teams" keeps its capitals. */
function midSentence(label: string): string {
  return /^\p{Lu}\p{Ll}/u.test(label) ? label.charAt(0).toLowerCase() + label.slice(1) : label;
}

/**
 * The one way the project writes frontmatter, in the guide, the generator, the web
 * editor and the existing files: dates, months and times bare (2026-03-31, 2026-03,
 * 14:00), other text in quotes only when YAML needs them (a colon followed by a space,
 * or a symbol at the start). The site reads each of them the same with or without
 * quotes; keeping one style means an editor copying a file never wonders whether the
 * quotes matter. The web editor (Decap CMS) writes them bare too.
 */
const BARE = /^(\s*(?:date|endDate|opens|closes|published|issue|bulletin|startTime|endTime|closesTime): )"([\d:-]+)"$/gm;

export function inHouseStyle(yaml: string): string {
  return yaml.replace(BARE, '$1$2');
}

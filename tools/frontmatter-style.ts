/**
 * The one way the project writes frontmatter, in the guide, the generator and the
 * existing files: dates bare (2026-03-31), months and times in quotes ("2026-03",
 * "14:00"), other text in quotes only when YAML needs them. The site reads every one of
 * these with or without quotes; keeping one style means an editor copying a file never
 * wonders whether the quotes matter.
 */
const DATE_FIELDS = /^(\s*(?:date|endDate|opens|closes|published): )"(\d{4}-\d{2}-\d{2})"$/gm;
const MONTH_FIELDS = /^(\s*(?:issue|bulletin): )(\d{4}-\d{2})$/gm;
const TIME_FIELDS = /^(\s*(?:startTime|endTime|closesTime): )(\d{2}:\d{2})$/gm;

export function inHouseStyle(yaml: string): string {
  return yaml.replace(DATE_FIELDS, '$1$2').replace(MONTH_FIELDS, '$1"$2"').replace(TIME_FIELDS, '$1"$2"');
}

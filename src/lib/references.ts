/**
 * Astro's reference() checks the shape of a cross-reference, not that its target exists.
 * This finds references to missing entries so the build can stop with the file, the field
 * and the fix, instead of quietly leaving an event off its bulletin.
 */

export interface ReferencingEntry {
  /** The file an editor would open, relative to the project. */
  file: string;
  references: { field: string; collection: string; id: string }[];
}

export function danglingReferences(
  entries: readonly ReferencingEntry[],
  known: Readonly<Record<string, ReadonlySet<string>>>,
): string[] {
  const problems: string[] = [];
  for (const entry of entries) {
    for (const reference of entry.references) {
      const ids = known[reference.collection] ?? new Set<string>();
      if (ids.has(reference.id)) continue;
      const choices = [...ids].sort().join(', ');
      problems.push(
        `${entry.file}\n  ${reference.field}: there is no ${reference.collection} entry called "${reference.id}". ` +
          `Check the spelling; it must be one of: ${choices}.`,
      );
    }
  }
  return problems;
}

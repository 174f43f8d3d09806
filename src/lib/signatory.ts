/**
 * Who a bulletin is from: the person who signs its letter or, when the editor names
 * nobody, the organisation that publishes it.
 */
export function signatory(author: { name: string; role: string } | undefined, organisation: string): { name: string; from: string } {
  return author ? { name: author.name, from: `${author.name}, ${author.role}` } : { name: organisation, from: organisation };
}

/**
 * The components MDX bulletins may use, each with the props it takes. The MDX check
 * (src/lib/mdx-rules.ts) allows exactly these; pages and feeds pass the components
 * themselves, so an editor never writes an import.
 */
export const MDX_COMPONENTS: Record<string, readonly string[]> = {
  WorkshopTimetable: ['series', 'caption'],
};

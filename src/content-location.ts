/** Where content lives. The benchmark and some tests point it at other content instead. */
export const contentDir = process.env.CONTENT_DIR ?? './content';

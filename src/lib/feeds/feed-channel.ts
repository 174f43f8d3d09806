/**
 * Channel-level settings every feed shares: its own address (atom:link rel="self", which
 * validators require and readers use to follow moves) and its language. No XSL stylesheet:
 * Chromium is removing XSLT and shows a large warning over any feed that asks for one, so
 * pages link to /subscribe/, which explains feeds, instead of to the raw XML.
 */
export function feedChannel(options: { selfUrl: string; language: string }) {
  return {
    xmlns: {
      atom: 'http://www.w3.org/2005/Atom',
      dc: 'http://purl.org/dc/elements/1.1/',
    },
    customData: `<language>${options.language.toLowerCase()}</language><atom:link href="${options.selfUrl.replace(/&/g, "&amp;")}" rel="self" type="application/rss+xml"/>`,
  };
}

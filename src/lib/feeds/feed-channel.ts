/**
 * Channel-level settings every feed shares: its own address (atom:link rel="self", which
 * validators require and readers use to follow moves), its language, and the stylesheet that
 * makes it a readable page when opened in a browser.
 */
export function feedChannel(options: { selfUrl: string; language: string; stylesheet: string }) {
  return {
    xmlns: {
      atom: 'http://www.w3.org/2005/Atom',
      dc: 'http://purl.org/dc/elements/1.1/',
    },
    customData: `<language>${options.language.toLowerCase()}</language><atom:link href="${options.selfUrl.replace(/&/g, "&amp;")}" rel="self" type="application/rss+xml"/>`,
    stylesheet: options.stylesheet,
  };
}

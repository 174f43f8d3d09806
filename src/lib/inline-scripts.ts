/*
 * Every inline script the site writes. The Content Security Policy allows exactly these,
 * by hash, so each page can carry its policy as it is rendered; the build fails if any
 * other inline script turns up (src/integrations/security-headers.ts).
 */

/**
 * Applies saved reading preferences (see src/client/reading-preferences.ts) before the
 * page is painted, so it never flashes in the wrong colours or size. Inline and tiny,
 * because a separate file would block rendering on slow connections.
 */
export const APPLY_READING_PREFERENCES =
  'try{var p=JSON.parse(localStorage.getItem("reading-preferences"))||{},d=document.documentElement.dataset,k;for(k in p)if(/^(scheme|textSize|lineSpacing|letterSpacing)$/.test(k)&&/^[a-z-]+$/.test(p[k]))d[k]=p[k]}catch(e){}';

export const INLINE_SCRIPTS = [APPLY_READING_PREFERENCES];

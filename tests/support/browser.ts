/** The browser matrix: the widths and colour schemes the template suite and the accessibility statement name. */
export const WIDTHS = [320, 768, 1280] as const;
export const SCHEMES = ['light', 'dark'] as const;

export { launchChromium } from '../../tools/serve/chromium';

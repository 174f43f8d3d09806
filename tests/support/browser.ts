/** The browser matrix: the widths and colour schemes the template suite runs and the accessibility statement names. */
export const WIDTHS = [320, 768, 1280] as const;
export const SCHEMES = ['light', 'dark'] as const;

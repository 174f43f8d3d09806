import { describe, expect, test } from 'vitest';
import { emailPalette } from '../../src/lib/email/email-style';

// WCAG 2 relative luminance and contrast ratio.
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((start) => {
    const channel = parseInt(hex.slice(start, start + 2), 16) / 255;
    return channel <= 0.03928 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light + 0.05) / (dark + 0.05);
}
/** What a client that inverts colours for its dark mode does to a light email. */
function inverted(hex: string): string {
  return `#${(0xffffff - parseInt(hex.slice(1), 16)).toString(16).padStart(6, '0')}`;
}

describe('the email colours meet WCAG AA (4.5:1) for text', () => {
  const schemes = {
    light: emailPalette.light,
    dark: emailPalette.dark,
    'light, inverted by the client': Object.fromEntries(
      Object.entries(emailPalette.light).map(([name, hex]) => [name, inverted(hex)]),
    ) as Record<keyof typeof emailPalette.light, string>,
  };
  for (const [name, colours] of Object.entries(schemes)) {
    test(name, () => {
      for (const foreground of [colours.text, colours.secondary, colours.link]) {
        expect(contrast(foreground, colours.background), `${foreground} on ${colours.background}`).toBeGreaterThanOrEqual(4.5);
      }
      // Rules and borders are not text: 3:1 (WCAG 1.4.11).
      expect(contrast(colours.border, colours.background)).toBeGreaterThanOrEqual(3);
    });
  }

  test('the check fails a pair that does not', () => {
    expect(contrast('#777777', '#ffffff')).toBeLessThan(4.5);
  });
});

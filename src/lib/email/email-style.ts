/*
 * The email's look. Mail clients ignore the site's stylesheet, many strip <style>, and
 * some invert colours on their own, so: one small stylesheet that juice copies onto each
 * element (the layout survives without <style>), the site's own colour pairs, and a dark
 * scheme only in a media query, where a client that understands it also keeps it.
 */

/** The site's light and dark colours (src/styles/global.css), each pair at least 4.5:1. */
export const emailPalette = {
  light: { text: '#0b0c0c', secondary: '#484949', background: '#ffffff', link: '#1d5fa7', border: '#6f777b' },
  dark: { text: '#f3f2f1', secondary: '#c8cbcc', background: '#0f1416', link: '#8fc4ff', border: '#9aa2a5' },
} as const;

/** Fonts every device already has: an email must not wait for, or depend on, a download. */
const FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif";

const { light, dark } = emailPalette;

export const emailCss = `
body { margin: 0; padding: 0; background-color: ${light.background}; color: ${light.text}; }
.email { max-width: 600px; margin: 0 auto; padding: 16px; background-color: ${light.background}; color: ${light.text}; font-family: ${FONT}; font-size: 16px; line-height: 1.5; overflow-wrap: break-word; word-wrap: break-word; }
h1 { font-size: 28px; line-height: 1.2; margin: 16px 0; }
h2 { font-size: 22px; line-height: 1.25; margin: 32px 0 12px; }
h3 { font-size: 18px; line-height: 1.3; margin: 24px 0 8px; }
h4, h5, h6 { font-size: 16px; margin: 16px 0 8px; }
p { margin: 0 0 16px; }
ul, ol { margin: 0 0 16px; padding-left: 24px; }
li { margin: 0 0 8px; }
a { color: ${light.link}; text-decoration: underline; }
.meta { color: ${light.secondary}; }
.events li, .requests li, .undated li { margin: 0 0 16px; }
hr { border: 0; border-top: 1px solid ${light.border}; margin: 32px 0 16px; }
blockquote { margin: 0 0 16px; padding-left: 12px; border-left: 4px solid ${light.border}; }
@media (prefers-color-scheme: dark) {
  body, .email { background-color: ${dark.background} !important; color: ${dark.text} !important; }
  a { color: ${dark.link} !important; }
  .meta { color: ${dark.secondary} !important; }
  hr { border-top-color: ${dark.border} !important; }
  blockquote { border-left-color: ${dark.border} !important; }
}
`;

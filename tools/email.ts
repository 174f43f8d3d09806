/**
 * Makes a ready-to-send email file (.eml) of a published bulletin, from the email the
 * build wrote, so it can be opened in a mail program, checked, and sent or imported:
 *
 *   npm run build
 *   npm run email -- 2026-02                     writes 2026-02.eml
 *   npm run email -- 2026-02 --out ~/Desktop/february.eml
 *
 * It sends only when asked, with --to and an SMTP server in the environment:
 *
 *   SMTP_HOST=smtp.example.org SMTP_PORT=587 SMTP_USER=… SMTP_PASS=… \
 *     npm run email -- 2026-02 --to editor@example.org
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { DomUtils, parseDocument } from 'htmlparser2';
import { createTransport } from 'nodemailer';
import MailComposer from 'nodemailer/lib/mail-composer/index.js';
import site from '../site.config.ts';

function stop(message: string): never {
  console.error(message);
  process.exit(1);
}

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { to: { type: 'string' }, out: { type: 'string' } },
});
const [id] = positionals;
if (!id || positionals.length > 1) stop('Say which bulletin, by its file name: npm run email -- 2026-02');

const from = site.email.from;
if (!from) stop('site.config.ts has no email.from. Add the address bulletins are sent from, for example email: { from: { name: "…", address: "…" } }.');

const folder = join(process.env.BUILD_OUT_DIR ?? 'dist', 'bulletins', id);
const htmlFile = join(folder, 'email.html');
const textFile = join(folder, 'email.txt');
if (!existsSync(htmlFile) || !existsSync(textFile)) {
  stop(`There is no email for bulletin "${id}" in ${folder}. Run npm run build first. Drafts and bulletins dated in the future have no email.`);
}
const html = readFileSync(htmlFile, 'utf8');
const text = readFileSync(textFile, 'utf8');
const titleElement = DomUtils.findOne((element) => element.name === 'title', parseDocument(html).children, true);
const subject = titleElement ? DomUtils.textContent(titleElement).trim() : stop(`${htmlFile} has no <title>. Build the site again.`);

// A local or test build links to http://localhost: say so rather than send it unnoticed.
if (new URL(site.url).protocol !== 'https:') {
  console.warn(`Warning: the site address is ${site.url}, so the email's links to the site are not https. Set SITE_URL to the published address and build again before sending.`);
}

const message = { from: { name: from.name, address: from.address }, to: values.to, subject, text, html };
const eml = await new MailComposer(message).compile().build();
const out = resolve(values.out ?? `${id}.eml`);
writeFileSync(out, eml);
console.log(`Wrote ${out} (${subject}).`);

if (values.to) {
  const host = process.env.SMTP_HOST;
  if (!host) stop('Not sent: to send, set SMTP_HOST (and SMTP_PORT, SMTP_USER, SMTP_PASS as your mail server needs).');
  const port = Number(process.env.SMTP_PORT ?? 587);
  const user = process.env.SMTP_USER;
  const transport = createTransport({
    host,
    port,
    secure: port === 465,
    auth: user ? { user, pass: process.env.SMTP_PASS ?? '' } : undefined,
  });
  const sent = await transport.sendMail(message);
  console.log(`Sent to ${values.to} (${sent.messageId}).`);
}

/*
 * Gmail shows only the first 102 KB of a message's HTML and hides the rest behind a
 * "View entire message" link, which takes the footer (and its unsubscribe link) with it.
 * Kilobytes of 1,000 bytes, so the check errs on the safe side.
 */
export const EMAIL_SIZE_LIMIT = 102_000;

export interface EmailFile {
  /** Where the file is in the built site, for example bulletins/2026-02/email.html. */
  path: string;
  bytes: number;
}

function kilobytes(bytes: number): string {
  return `${(bytes / 1000).toFixed(1)} KB`;
}

/** One log line per email: its size against the limit. */
export function emailSizeLines(files: EmailFile[], limit = EMAIL_SIZE_LIMIT): string[] {
  return files.map((file) => `${file.path}: ${kilobytes(file.bytes)} of ${kilobytes(limit)}`);
}

/** Why the build must stop, or undefined when every email fits. */
export function emailSizeProblem(files: EmailFile[], limit = EMAIL_SIZE_LIMIT): string | undefined {
  const tooBig = files.filter((file) => file.bytes >= limit);
  if (tooBig.length === 0) return undefined;
  const list = tooBig.map((file) => `  - ${file.path} is ${kilobytes(file.bytes)}`).join('\n');
  return (
    `These bulletin emails are ${kilobytes(limit)} or more, so Gmail would cut them off before the end:\n${list}\n` +
    'Shorten the bulletin, or move long parts (such as tables of sessions) into their own events or pages and link to them.'
  );
}

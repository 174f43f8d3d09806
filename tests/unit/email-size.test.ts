import { describe, expect, test } from 'vitest';
import { EMAIL_SIZE_LIMIT, emailSizeLines, emailSizeProblem } from '../../src/lib/email/email-size';

describe('the email size check', () => {
  const files = [
    { path: 'bulletins/2026-02/email.html', bytes: 20_512 },
    { path: 'bulletins/2026-03/email.html', bytes: 150_000 },
  ];

  test('is Gmail’s clipping size, in kilobytes of 1,000 bytes', () => {
    expect(EMAIL_SIZE_LIMIT).toBe(102_000);
  });

  test('prints each email’s size', () => {
    expect(emailSizeLines(files)).toEqual([
      'bulletins/2026-02/email.html: 20.5 KB of 102.0 KB',
      'bulletins/2026-03/email.html: 150.0 KB of 102.0 KB',
    ]);
  });

  test('fails an email at or over the limit, naming it and the fix', () => {
    expect(emailSizeProblem(files.slice(0, 1))).toBeUndefined();
    const problem = emailSizeProblem(files);
    expect(problem).toMatch(/Gmail would cut them off/);
    expect(problem).toContain('bulletins/2026-03/email.html is 150.0 KB');
    expect(problem).not.toContain('2026-02');
    expect(problem).toMatch(/Shorten the bulletin/);
  });

  test('a lower limit fails the real-sized email too', () => {
    expect(emailSizeProblem(files.slice(0, 1), 20_000)).toContain('bulletins/2026-02/email.html is 20.5 KB');
    expect(emailSizeProblem([{ path: 'x', bytes: 20_000 }], 20_000)).toBeDefined();
  });
});

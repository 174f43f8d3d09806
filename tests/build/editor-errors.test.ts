import { appendFileSync, copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildWithContent } from '../support/build-fixture';

/** Builds take turns (tests/support/build-lock.ts), so a test may wait for others first. */
const BUILD_TIMEOUT = 180_000;

/*
 * An editor's mistake must stop the build with the file, the field and the fix. These
 * build real broken content (about 3 s each), so each build proves several rules; the
 * unit tests cover every rule one by one.
 */

const WORKSHOP = 'events/2026-01-21-banded-descriptors-workshop-1.md';

function edit(contentDir: string, file: string, change: (text: string) => string): void {
  const path = join(contentDir, file);
  writeFileSync(path, change(readFileSync(path, 'utf8')));
}

/** How the build names a file in the fixture: relative to the project, like content/events/x.md. */
function shown(contentDir: string, file: string): string {
  return relative(process.cwd(), join(contentDir, file));
}

const EVENTS = {
  misspeltTitle: 'events/2026-01-21-banded-descriptors-workshop-2.md',
  pmTime: 'events/2026-01-22-banded-descriptors-workshop-3.md',
  plainLink: 'events/2026-01-22-banded-descriptors-workshop-4.md',
  missingQuote: 'events/2026-02-02-banded-descriptors-workshop-5.md',
  curlyQuotes: 'events/2026-02-02-banded-descriptors-workshop-6.md',
  colonInValue: 'events/2026-02-04-banded-descriptors-workshop-7.md',
};

describe('an editor mistake stops the build with the file, the field and the fix', () => {
  it('one clean block per file: schema rules, misspelt fields, knock-ons, links, YAML lines, curly quotes, two files for one page', () => {
    const build = buildWithContent((content) => {
      edit(content, WORKSHOP, (text) => text.replace(/^summary: .*$/m, 'summary: Workshop 1').replace('date: 2026-01-21', 'date: 2026-01-21\nendDate: 2026-01-20').replace('venue:', 'venu:'));
      edit(content, EVENTS.misspeltTitle, (text) => text.replace(/^title:/m, 'tittle:'));
      edit(content, EVENTS.pmTime, (text) => text.replace('partOfDay: morning', 'startTime: "14:00"\nendTime: 4.00pm'));
      edit(content, EVENTS.plainLink, (text) => text.replace(/  link:\n    title: .*\n/, '  link: https://forms.example.org/book\n'));
      // Line 6 of the file (line 1 is the opening ---).
      edit(content, EVENTS.missingQuote, (text) => text.replace('venue: Council House', 'venue: "Council House'));
      edit(content, EVENTS.curlyQuotes, (text) => text.replace('venue: Council House', 'venue: “Council House: Committee Room 1”'));
      edit(content, EVENTS.colonInValue, (text) => text.replace('venue: Council House', 'venue: Council House: Committee Room 1'));
      copyFileSync(join(content, 'bulletins/2026-02.md'), join(content, 'bulletins/2026-02.mdx'));
    });
    expect(build.ok).toBe(false);
    const block = (file: string, ...lines: string[]) => `${shown(build.contentDir, file)}\n${lines.map((line) => `  ${line}`).join('\n')}\n`;
    expect(build.output).toContain(
      block(
        WORKSHOP,
        'summary: The summary is too short. Write one or two plain-English sentences (at least 20 characters).',
        'venu: venu is not a field: did you mean venue? Check the spelling and capitals.',
        'endDate: endDate (2026-01-20) must be after date (2026-01-21). For a one-day event, leave endDate out.',
      ),
    );
    expect(build.output).toContain(block(EVENTS.misspeltTitle, 'tittle: tittle is not a field: did you mean title? Check the spelling and capitals.'));
    expect(build.output).toContain(block(EVENTS.pmTime, 'endTime: Write the time as HH:MM on the 24-hour clock, for example 14:00 (2pm) or 09:30.'));
    expect(build.output).toContain(`${shown(build.contentDir, EVENTS.plainLink)}\n  booking › link: A link is a name and, if the source gives one, a web address`);
    expect(build.output).toContain(`${shown(build.contentDir, EVENTS.missingQuote)}\n  line 6: This value starts with a quote (") but the line does not end with one.`);
    expect(build.output).toContain(`${shown(build.contentDir, EVENTS.curlyQuotes)}\n  line 6: This value starts with a curly quote (“ or ‘), which Word and Outlook put in.`);
    expect(build.output).toContain(`${shown(build.contentDir, EVENTS.colonInValue)}\n  line 6: This is not valid YAML (bad indentation of a mapping entry).`);
    expect(build.output).toContain('for example venue: "Council House: Room 1"');
    expect(build.output).toContain(
      `${shown(build.contentDir, 'bulletins/2026-02.mdx')}\n  file name: ${shown(build.contentDir, 'bulletins/2026-02.md')} makes the same page. Keep one of the two files.`,
    );
    // Astro's wrapping is for developers: none of it reaches the editor.
    for (const noise of ['InvalidContentEntryDataError', 'Hint:', 'docs.astro.build', 'Location:', 'Stack trace:', ':0:0', '    at ']) {
      expect(build.output).not.toContain(noise);
    }
  }, BUILD_TIMEOUT);

  it('references to a bulletin, area of need or audience that does not exist, and an event written twice', () => {
    const build = buildWithContent((content) => {
      edit(content, WORKSHOP, (text) =>
        text.replace('bulletin: 2025-12', 'bulletin: 2025-13').replace('[communication-and-interaction]', '[autism]').replace('[schools, services]', '[schools, parents]'),
      );
      copyFileSync(join(content, 'events/2026-01-21-banded-descriptors-workshop-2.md'), join(content, 'events/2026-01-21-workshop-2-again.md'));
    });
    expect(build.ok).toBe(false);
    const file = shown(build.contentDir, WORKSHOP);
    expect(build.output).toContain(`${file}\n  bulletin: There is no bulletin called "2025-13". Use the file name of a bulletin in content/bulletins/ without .md or .mdx: 2025-12, 2026-02.`);
    expect(build.output).toMatch(/areasOfNeed: "autism" is not an area of need\. Use ids from content\/areas-of-need\.yaml: .*communication-and-interaction/);
    expect(build.output).toMatch(/audiences: "parents" is not an audience\. Use ids from content\/audiences\.yaml: .*parent-carers/);
    expect(build.output).toContain(`${shown(build.contentDir, 'events/2026-01-21-workshop-2-again.md')}\n  title: ${shown(build.contentDir, 'events/2026-01-21-banded-descriptors-workshop-2.md')} is an event with the same title on the same day.`);
  }, BUILD_TIMEOUT);

  it('a broken internal link in Markdown names the file and the link', () => {
    const build = buildWithContent((content) =>
      appendFileSync(join(content, WORKSHOP), '\nSee [the next workshop](/events/2026-01-21-banded-descriptors-workshop-9/) and [the letter](/bulletins/2026-02/#a-message-from-helen).\n'),
    );
    expect(build.ok).toBe(false);
    expect(build.output).toContain(`${shown(build.contentDir, WORKSHOP)} (the page /events/2026-01-21-banded-descriptors-workshop-1/)`);
    expect(build.output).toContain('/events/2026-01-21-banded-descriptors-workshop-9/: Nothing on the site is at /events/2026-01-21-banded-descriptors-workshop-9/.');
    expect(build.output).toContain('/bulletins/2026-02/#a-message-from-helen: /bulletins/2026-02/ has no part called #a-message-from-helen.');
  }, BUILD_TIMEOUT);
});

describe('raw HTML that could run script is rejected, naming the file', () => {
  it('in Markdown: event handlers and javascript: links, however they are encoded', () => {
    const build = buildWithContent((content) =>
      appendFileSync(join(content, WORKSHOP), '\n<img src="map.png" alt="" onerror="alert(1)">\n\n[Book](jav&#x61;script:alert(1))\n'),
    );
    expect(build.ok).toBe(false);
    expect(build.output).toContain(`${shown(build.contentDir, WORKSHOP)} contains HTML that could run code in a reader's browser:`);
    expect(build.output).toContain('- an onError attribute on <img>. Attributes starting with "on" run code, so remove it.');
    expect(build.output).toContain('- a javascript: address in href on <a>.');
  }, BUILD_TIMEOUT);

  it('in MDX: an iframe element', () => {
    const build = buildWithContent((content) =>
      appendFileSync(join(content, 'bulletins/2025-12.mdx'), '\n<iframe src="https://example.org/form"></iframe>\n'),
    );
    expect(build.ok).toBe(false);
    expect(build.output).toContain(`${shown(build.contentDir, 'bulletins/2025-12.mdx')} contains HTML that could run code in a reader's browser:`);
    expect(build.output).toContain('- a <iframe> element.');
  }, BUILD_TIMEOUT);
});

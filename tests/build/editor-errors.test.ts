import { appendFileSync, copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { shown } from '../support/output-files';
import { buildWithContent, type FixtureBuild } from '../support/build-fixture';

/** Builds take turns (tests/support/build-lock.ts), so a test may wait for others first. */
const BUILD_TIMEOUT = 180_000;

/*
 * An editor's mistake must stop the build with the file, the field and the fix. These
 * build real broken copies of the fixture site (about 3 s each), so each build proves
 * several rules; the unit tests cover every rule one by one.
 */

const WORKSHOP = 'events/2026-01-27-sensory-support-workshop-1.md';
const CONSULTATION = 'consultations/short-breaks-statement.md';

/** Fixture files each given one more mistake in the combined build. */
const EVENTS = {
  misspeltTitle: 'events/2026-01-15-send-information-evening.md',
  pmTime: 'events/2026-02-10-sensory-support-workshop-3.md',
  plainLink: 'events/2025-11-20-autism-awareness-webinar.md',
  missingQuote: 'events/2026-02-03-sensory-support-workshop-2.md',
  curlyQuotes: 'events/2026-06-10-summer-transition-fair.md',
  colonInValue: 'events/2025-12-03-ehcp-drop-in.md',
};

function edit(contentDir: string, file: string, change: (text: string) => string): void {
  const path = join(contentDir, file);
  writeFileSync(path, change(readFileSync(path, 'utf8')));
}


describe('an editor mistake stops the build with the file, the field and the fix', () => {
  it('one clean block per file: schema rules, misspelt fields, knock-ons, links, YAML lines, curly quotes, two files for one page', () => {
    const build = buildWithContent((content) => {
      edit(content, WORKSHOP, (text) => text.replace(/^summary: .*$/m, 'summary: Workshop 1').replace('date: 2026-01-27', 'date: 2026-01-27\nendDate: 2026-01-26').replace('venue:', 'venu:'));
      edit(content, EVENTS.misspeltTitle, (text) => text.replace(/^title:/m, 'tittle:'));
      edit(content, EVENTS.pmTime, (text) => text.replace('partOfDay: morning', 'startTime: "14:00"\nendTime: 4.00pm'));
      edit(content, EVENTS.plainLink, (text) => text.replace(/  link:\n    title: .*\n    url: .*\n/, '  link: https://forms.example.org/book\n'));
      edit(content, EVENTS.missingQuote, (text) => text.replace(/^venue: (.*)$/m, 'venue: "$1'));
      edit(content, EVENTS.curlyQuotes, (text) => text.replace(/^venue: (.*)$/m, 'venue: “$1: Committee Room 1”'));
      edit(content, EVENTS.colonInValue, (text) => text.replace(/^venue: (.*)$/m, 'venue: $1: Committee Room 1'));
      copyFileSync(join(content, 'bulletins/2026-02.md'), join(content, 'bulletins/2026-02.mdx'));
    });
    expect(build.ok).toBe(false);
    const venueLine = (file: string) => readFileSync(join(build.contentDir, file), 'utf8').split('\n').findIndex((line) => line.startsWith('venue:')) + 1;
    const block = (file: string, ...lines: string[]) => `${shown(build.contentDir, file)}\n${lines.map((line) => `  ${line}`).join('\n')}\n`;
    expect(build.output).toContain(
      block(
        WORKSHOP,
        'summary: The summary is too short. Write one or two plain-English sentences (at least 20 characters).',
        'venu: venu is not a field: did you mean venue? Check the spelling and capitals.',
        'endDate: endDate (2026-01-26) must be after date (2026-01-27). For a one-day event, leave endDate out.',
      ),
    );
    expect(build.output).toContain(block(EVENTS.misspeltTitle, 'tittle: tittle is not a field: did you mean title? Check the spelling and capitals.'));
    expect(build.output).toContain(block(EVENTS.pmTime, 'endTime: Write the time as HH:MM on the 24-hour clock, for example 14:00 (2pm) or 09:30.'));
    expect(build.output).toContain(`${shown(build.contentDir, EVENTS.plainLink)}\n  booking › link: A link is a name and, if the source gives one, a web address`);
    expect(build.output).toContain(`${shown(build.contentDir, EVENTS.missingQuote)}\n  line ${venueLine(EVENTS.missingQuote)}: This value starts with a quote (") but the line does not end with one.`);
    expect(build.output).toContain(`${shown(build.contentDir, EVENTS.curlyQuotes)}\n  line ${venueLine(EVENTS.curlyQuotes)}: This value starts with a curly quote (“ or ‘), which Word and Outlook put in.`);
    expect(build.output).toContain(`${shown(build.contentDir, EVENTS.colonInValue)}\n  line ${venueLine(EVENTS.colonInValue)}: This is not valid YAML (bad indentation of a mapping entry).`);
    expect(build.output).toContain('for example venue: "Council House: Room 1"');
    expect(build.output).toContain(
      `${shown(build.contentDir, 'bulletins/2026-02.mdx')}\n  file name: ${shown(build.contentDir, 'bulletins/2026-02.md')} makes the same page. Keep one of the two files.`,
    );
    // Astro's wrapping is for developers: none of it reaches the editor.
    for (const noise of ['InvalidContentEntryDataError', 'Hint:', 'docs.astro.build', 'Location:', 'Stack trace:', ':0:0', '    at ']) {
      expect(build.output).not.toContain(noise);
    }
  }, BUILD_TIMEOUT);

  it('a missing field, and a date written the British way, name the file and the field', () => {
    const build = buildWithContent((content) =>
      edit(content, CONSULTATION, (text) => text.replace(/^kind: .*\n/m, '').replace('closes: 2026-02-27', 'closes: 27/02/2026')),
    );
    expect(build.ok).toBe(false);
    expect(build.output).toContain(`${shown(build.contentDir, CONSULTATION)}\n`);
    expect(build.output).toContain('kind: kind must be one of: consultation, survey, expression-of-interest, nominations.');
    expect(build.output).toContain('closes: Write the date as YYYY-MM-DD, for example 2026-01-21.');
  }, BUILD_TIMEOUT);

  it('references to a bulletin, area of need or audience that does not exist, and an event written twice', () => {
    const build = buildWithContent((content) => {
      edit(content, WORKSHOP, (text) =>
        text.replace('bulletin: "2026-01"', 'bulletin: "2025-13"').replace('[sensory]', '[autism]').replace('[schools]', '[schools, parents]'),
      );
      copyFileSync(join(content, 'events/2026-02-03-sensory-support-workshop-2.md'), join(content, 'events/2026-02-03-workshop-2-again.md'));
    });
    expect(build.ok).toBe(false);
    const file = shown(build.contentDir, WORKSHOP);
    expect(build.output).toContain(`${file}\n  bulletin: There is no bulletin called "2025-13". Use the file name of a bulletin in content/bulletins/ without .md or .mdx: 2025-11, 2025-12, 2026-01, 2026-02.`);
    expect(build.output).toMatch(/areasOfNeed: "autism" is not an area of need\. Use ids from content\/areas-of-need\.yaml: .*sensory/);
    expect(build.output).toMatch(/audiences: "parents" is not an audience\. Use ids from content\/audiences\.yaml: .*parent-carers/);
    expect(build.output).toContain(`${shown(build.contentDir, 'events/2026-02-03-workshop-2-again.md')}\n  title: ${shown(build.contentDir, 'events/2026-02-03-sensory-support-workshop-2.md')} is an event with the same title on the same day.`);
  }, BUILD_TIMEOUT);

  it('a broken internal link in Markdown names the file and the link', () => {
    const build = buildWithContent((content) =>
      appendFileSync(join(content, WORKSHOP), '\nSee [the next workshop](/events/2026-01-27-sensory-support-workshop-9/) and [the letter](/bulletins/2026-01/#a-message-from-helen).\n'),
    );
    expect(build.ok).toBe(false);
    expect(build.output).toContain(`${shown(build.contentDir, WORKSHOP)} (the page /events/2026-01-27-sensory-support-workshop-1/)`);
    expect(build.output).toContain('/events/2026-01-27-sensory-support-workshop-9/: Nothing on the site is at /events/2026-01-27-sensory-support-workshop-9/.');
    expect(build.output).toContain('/bulletins/2026-01/#a-message-from-helen: /bulletins/2026-01/ has no part called #a-message-from-helen.');
  }, BUILD_TIMEOUT);
});

describe('raw HTML that could run script is rejected, naming the file', () => {
  // One build: the build reports every file with such HTML at once.
  let build: FixtureBuild;
  beforeAll(() => {
    build = buildWithContent((content) => {
      appendFileSync(join(content, WORKSHOP), '\n<img src="map.png" alt="" onerror="alert(1)">\n\n[Book](jav&#x61;script:alert(1))\n');
      appendFileSync(join(content, 'bulletins/2026-01.mdx'), '\n<iframe src="https://example.org/form"></iframe>\n');
    });
  }, BUILD_TIMEOUT);

  it('in Markdown: event handlers and javascript: links, however they are encoded', () => {
    expect(build.ok).toBe(false);
    expect(build.output).toContain(`${shown(build.contentDir, WORKSHOP)} has something the site does not allow in its text:`);
    expect(build.output).toMatch(/- line \d+: an onerror attribute on <img>\. Attributes starting with "on" run code, so remove it\./);
    // Lines count from the top of the file the editor opens, frontmatter included.
    const lines = readFileSync(join(build.contentDir, WORKSHOP), 'utf8').split('\n');
    const line = (text: string) => lines.findIndex((candidate) => candidate.includes(text)) + 1;
    expect(build.output).toContain(`- line ${line('onerror')}: an onerror attribute on <img>.`);
    expect(build.output).toContain(`- line ${line('[Book]')}: a javascript: address in the link "Book". It runs code instead of opening a page.`);
  });

  it('in MDX: an iframe element', () => {
    expect(build.ok).toBe(false);
    expect(build.output).toContain(`${shown(build.contentDir, 'bulletins/2026-01.mdx')} has something the site does not allow in its text:`);
    expect(build.output).toMatch(/- line \d+: an <iframe> element, which the site does not allow\. To share a video, form or map, link to it instead\./);
  });
});

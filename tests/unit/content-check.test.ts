import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/content-check';

/*
 * The build's pre-check on a small made-up content folder: every file read as the site
 * reads it, one message per field, and the fix in each message.
 */

const DATA = [
  { path: 'content/areas-of-need.yaml', text: '- id: semh\n  label: Social, emotional and mental health\n  description: Support for feelings and behaviour.\n  broadArea: Social, emotional and mental health\n' },
  { path: 'content/audiences.yaml', text: '- id: parent-carers\n  label: Parent carers\n  description: Parents and carers.\n' },
  { path: 'content/glossary.yaml', text: '- id: SEMH\n  expansion: social, emotional and mental health\n  description: Needs that affect feelings and behaviour.\n' },
];

const BULLETIN = {
  path: 'content/bulletins/2026-03.md',
  text: '---\ntitle: “SEND and Inclusion Update - March 2026”\nissue: 2026-03\nsummary: News about the spring drop-in sessions for parent carers.\ndraft: false\n---\n\nHello.\n',
};

function event(lines: string[]) {
  return { path: 'content/events/2026-03-31-drop-in.md', text: `---\n${lines.join('\n')}\n---\n\nBody.\n` };
}

const GOOD_EVENT = [
  'title: Drop-in session',
  'summary: A drop-in for parent carers to ask about support.',
  'date: 2026-03-31',
  'startTime: 14:00',
  'endTime: "16:00"',
  'areasOfNeed: [semh]',
  'audiences: [parent-carers]',
  'bulletin: 2026-03',
];

function check(...files: { path: string; text: string }[]) {
  return checkContent('content', [...DATA, BULLETIN, ...files]);
}

describe('checkContent', () => {
  it('an "In short" must name one of the bulletin\'s headings, and the message lists them', () => {
    const bulletin = (heading: string) => ({
      path: 'content/bulletins/2026-03.md',
      text: `---\ntitle: March 2026\nissue: 2026-03\nsummary: News about the spring drop-in sessions for parent carers.\ninShort:\n  - heading: ${heading}\n    text: A drop-in for parent carers every week this spring.\n---\n\n## Drop-in sessions\n\n## Training\n`,
    });
    expect(checkContent('content', [...DATA, bulletin('Drop-in sessions')]).problems).toEqual([]);
    expect(checkContent('content', [...DATA, bulletin('Drop in sessions!')]).problems).toEqual([]);
    expect(checkContent('content', [...DATA, bulletin('Dropin')]).problems).toEqual([
      {
        file: 'content/bulletins/2026-03.md',
        field: 'inShort › item 1 › heading',
        message: 'No article in this bulletin has the heading "Dropin". Copy one of its ## headings exactly: "Drop-in sessions", "Training".',
      },
    ]);
  });

  it('"You said, we did" must name a bulletin and a request that exist', () => {
    const feedback = {
      path: 'content/you-said-we-did.yaml',
      text: '- id: drop-ins\n  date: 2026-03\n  theme: Drop-ins\n  youSaid: Parent carers asked for more drop-in sessions.\n  weDid: There is now a drop-in session every week.\n  bulletin: 2026-04\n  consultation: drop-in-survey\n',
    };
    expect(check(feedback).problems.map((problem) => `${problem.field}: ${problem.message.slice(0, 40)}`)).toEqual([
      'item 1 › bulletin: There is no bulletin called "2026-04". U',
      'item 1 › consultation: There is no request called "drop-in-surv',
    ]);
  });

  it('reads good files as the site does: quoted or not, curly quotes around a value dropped', () => {
    const result = check(event(GOOD_EVENT));
    expect(result.problems).toEqual([]);
    expect(result.content?.bulletins[0]).toMatchObject({ id: '2026-03', data: { title: 'SEND and Inclusion Update - March 2026', issue: '2026-03' } });
    expect(result.content?.events[0]).toMatchObject({ id: '2026-03-31-drop-in', data: { startTime: '14:00', endTime: '16:00', bulletin: { id: '2026-03' } } });
  });

  it('a misspelt title is named once, with the field meant', () => {
    const { problems } = check(event(GOOD_EVENT.map((line) => line.replace('title:', 'tittle:'))));
    expect(problems).toEqual([
      { file: 'content/events/2026-03-31-drop-in.md', field: 'tittle', message: 'tittle is not a field: did you mean title? Check the spelling and capitals.' },
    ]);
  });

  it('a time written 4.00pm gives one message, not a knock-on about the start time', () => {
    const { problems } = check(event(GOOD_EVENT.map((line) => line.replace('endTime: "16:00"', 'endTime: 4.00pm'))));
    expect(problems.map((problem) => problem.field)).toEqual(['endTime']);
    expect(problems[0].message).toMatch(/^Write the time as HH:MM on the 24-hour clock/);
  });

  it('a link given as a plain address gets the shape, with an example', () => {
    const { problems } = check(event([...GOOD_EVENT, 'booking:', '  text: Book a place', '  link: https://forms.office.com/e/abc123']));
    expect(problems).toEqual([
      {
        file: 'content/events/2026-03-31-drop-in.md',
        field: 'booking › link',
        message: expect.stringContaining('A link is a name and, if the source gives one, a web address'),
      },
    ]);
    expect(problems[0].message).toContain('url: https://');
  });

  it('names list items from 1, as an editor counts them', () => {
    const { problems } = check({ path: 'content/audiences.yaml', text: '- id: parent-carers\n  label: Parent carers\n' });
    expect(problems).toEqual([
      { file: 'content/audiences.yaml', field: 'item 1 › description', message: "Add a description: one or two sentences for the term's own page." },
    ]);
  });

  it('references between files are checked once every file reads correctly', () => {
    const { problems } = check(event(GOOD_EVENT.map((line) => line.replace('bulletin: 2026-03', 'bulletin: 2026-04'))));
    expect(problems).toEqual([expect.objectContaining({ field: 'bulletin', message: expect.stringContaining('There is no bulletin called "2026-04"') })]);
  });
});

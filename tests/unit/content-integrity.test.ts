import { describe, expect, it } from 'vitest';
import { contentProblems, describeProblems, type ContentSnapshot } from '../../src/lib/content-integrity';

function snapshot(): ContentSnapshot {
  const event = (id: string, title = 'Workshop', date = '2026-01-21') => ({
    id,
    filePath: `content/events/${id}.md`,
    data: { title, date, bulletin: { id: '2026-02' }, areasOfNeed: [{ id: 'sensory' }], audiences: [{ id: 'schools' }] },
  });
  return {
    bulletins: [{ id: '2026-02', filePath: 'content/bulletins/2026-02.md', data: { issue: '2026-02' } }],
    events: [event('workshop-1', 'Workshop 1'), event('workshop-2', 'Workshop 2')],
    consultations: [
      {
        id: 'survey',
        filePath: 'content/consultations/survey.md',
        data: { bulletin: { id: '2026-02' }, events: [{ id: 'workshop-1' }], areasOfNeed: [], audiences: [] },
      },
    ],
    areasOfNeed: [{ id: 'sensory' }],
    audiences: [{ id: 'schools' }],
  };
}

describe('content integrity', () => {
  it('finds nothing wrong in consistent content', () => {
    expect(contentProblems(snapshot())).toEqual([]);
  });

  it('the referenced bulletin must exist', () => {
    const content = snapshot();
    content.events[0].data.bulletin = { id: '2026-13' };
    expect(contentProblems(content)).toEqual([
      {
        file: 'content/events/workshop-1.md',
        field: 'bulletin',
        message: 'There is no bulletin called "2026-13". Use the file name of a bulletin in content/bulletins/ without .md or .mdx: 2026-02.',
      },
    ]);
  });

  it('areas of need must be known', () => {
    const content = snapshot();
    content.consultations[0].data.areasOfNeed = [{ id: 'autism' }];
    expect(contentProblems(content)).toEqual([
      expect.objectContaining({ file: 'content/consultations/survey.md', field: 'areasOfNeed', message: expect.stringMatching(/"autism" is not an area of need.*sensory/) }),
    ]);
  });

  it('audiences must be known', () => {
    const content = snapshot();
    content.events[1].data.audiences = [{ id: 'parents' }];
    expect(contentProblems(content)).toEqual([
      expect.objectContaining({ field: 'audiences', message: expect.stringMatching(/"parents" is not an audience.*schools/) }),
    ]);
  });

  it('events a consultation recruits for must exist', () => {
    const content = snapshot();
    content.consultations[0].data.events = [{ id: 'workshop-9' }];
    expect(contentProblems(content)).toEqual([expect.objectContaining({ field: 'events', message: expect.stringMatching(/no event called "workshop-9"/) })]);
  });

  it('a bulletin file is named after its issue month', () => {
    const content = snapshot();
    content.bulletins[0].data.issue = '2026-03';
    expect(contentProblems(content)).toContainEqual(
      expect.objectContaining({ file: 'content/bulletins/2026-02.md', field: 'issue', message: expect.stringMatching(/Name the file after the issue month \(2026-03\.md\)/) }),
    );
  });

  it('two events with the same title on the same day are one event written twice', () => {
    const content = snapshot();
    content.events[1].data.title = ' workshop 1 ';
    expect(contentProblems(content)).toEqual([
      expect.objectContaining({ file: 'content/events/workshop-2.md', field: 'title', message: expect.stringMatching(/^content\/events\/workshop-1\.md is an event with the same title/) }),
    ]);
  });

  it('the message groups problems by file, each with its field', () => {
    const message = describeProblems([
      { file: 'content/events/a.md', field: 'bulletin', message: 'One.' },
      { file: 'content/events/a.md', field: 'audiences', message: 'Two.' },
      { file: 'content/events/b.md', field: 'title', message: 'Three.' },
    ]);
    expect(message).toBe(
      'The content has 3 mistakes. Fix them and build again.\n\ncontent/events/a.md\n  bulletin: One.\n  audiences: Two.\n\ncontent/events/b.md\n  title: Three.',
    );
  });
});

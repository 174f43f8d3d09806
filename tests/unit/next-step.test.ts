import { describe, expect, it } from 'vitest';
import { askToBookHtml, nextStep, nextStepHtml, nextStepText } from '../../src/lib/next-step';

const helen = { name: 'Helen Ellis', email: 'Helen.Ellis@example.org' };
const team = { email: 'send@example.org' };

describe('nextStep', () => {
  it('links a named thing the source gives an address for', () => {
    expect(nextStep({ title: 'Survey', url: 'https://example.org/s' }, [helen])).toEqual({ kind: 'link', title: 'Survey', url: 'https://example.org/s' });
  });

  it('asks the first contact for a thing without an address, with the subject filled in', () => {
    const step = nextStep({ title: 'Response form' }, [helen, team]);
    expect(step).toMatchObject({ kind: 'ask', contact: helen });
    expect(step.kind === 'ask' && step.mailto).toBe('mailto:Helen.Ellis@example.org?subject=Please%20send%20me%3A%20Response%20form');
  });

  it('says honestly when there is nobody to ask', () => {
    expect(nextStepText({ title: 'Response form' }, [])).toBe('Response form. The bulletin does not link to it or say whom to ask.');
  });
});

describe('nextStepHtml', () => {
  it('ends in an email link whose words say whom it emails and what for, then the address', () => {
    expect(nextStepHtml({ title: 'Response form' }, [helen])).toBe(
      'Response form. The bulletin does not link to it. <a href="mailto:Helen.Ellis@example.org?subject=Please%20send%20me%3A%20Response%20form">Email Helen Ellis to ask for “Response form”</a> (Helen.Ellis@example.org).',
    );
  });

  it('escapes whatever the content gives it', () => {
    const html = nextStepHtml({ title: '<img src=x onerror=alert(1)>' }, [{ name: '<b>Bob</b>', email: 'bob@example.org' }]);
    expect(html).not.toMatch(/<img|<b>/);
    expect(html).toContain('&#60;img src=x onerror=alert(1)&#62;');
  });
});

describe('askToBookHtml', () => {
  it('says whom to email about a booking that names no form or address', () => {
    expect(askToBookHtml('Workshop 1', [team])).toBe(
      '<a href="mailto:send@example.org?subject=Booking%3A%20Workshop%201">Email send@example.org to ask about booking</a>.',
    );
    expect(askToBookHtml('Workshop 1', [])).toBeUndefined();
  });
});

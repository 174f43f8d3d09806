import { describe, expect, test } from 'vitest';
import { expandAbbreviations } from '../../src/lib/expand-abbreviations';

const glossary = [
  { id: 'SEND', expansion: 'special educational needs and disabilities' },
  { id: 'ICB', expansion: 'Integrated Care Board' },
  { id: 'SENCO', expansion: 'special educational needs coordinator' },
  { id: 'SENAR', expansion: 'Special Educational Needs Assessment and Review' },
];

describe('expandAbbreviations', () => {
  test('explains only the first use in running text', () => {
    expect(expandAbbreviations('<p>SEND support and SEND news</p>', glossary)).toBe(
      '<p><abbr title="special educational needs and disabilities">SEND</abbr><span class="expansion"> (special educational needs and disabilities)</span> support and SEND news</p>',
    );
  });

  test('does not repeat an expansion the author already wrote', () => {
    expect(expandAbbreviations('<p>the Integrated Care Board (ICB) and the ICB</p>', glossary)).toBe(
      '<p>the Integrated Care Board (<abbr title="Integrated Care Board">ICB</abbr>) and the ICB</p>',
    );
  });

  test('titles a use in a heading or link without adding brackets there, and explains the next use in text', () => {
    expect(expandAbbreviations('<h1>SEND news</h1><p><a href="/x/">SEND events</a> for SEND families</p>', glossary)).toBe(
      '<h1><abbr title="special educational needs and disabilities">SEND</abbr> news</h1><p><a href="/x/">SEND events</a> for SEND<span class="expansion"> (special educational needs and disabilities)</span> families</p>',
    );
  });

  test('plurals take a plural expansion; possessives wait for a plain use', () => {
    expect(expandAbbreviations('<p>SENCOs met.</p>', glossary)).toBe(
      '<p><abbr title="special educational needs coordinators">SENCOs</abbr><span class="expansion"> (special educational needs coordinators)</span> met.</p>',
    );
    expect(expandAbbreviations('<p>out of SENAR’s control. Contact the SENAR team.</p>', glossary)).toBe(
      '<p>out of <abbr title="Special Educational Needs Assessment and Review">SENAR’s</abbr> control. Contact the SENAR<span class="expansion"> (Special Educational Needs Assessment and Review)</span> team.</p>',
    );
  });

  test('matches whole words only, and never inside existing abbr or code', () => {
    const html = '<p>SENDING UNSEND? <abbr title="x">ICB</abbr></p><code>SEND</code>';
    expect(expandAbbreviations(html, glossary)).toBe(html);
  });
});

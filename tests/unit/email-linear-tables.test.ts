import { load } from 'cheerio';
import { describe, expect, test } from 'vitest';
import { linearTables } from '../../src/lib/email/linear-tables';

const table =
  '<p>Before</p><table><caption>Sessions &amp; venues</caption><thead><tr><th>Workshop</th><th>Date</th><th>Venue</th></tr></thead>' +
  '<tbody><tr><th><a href="https://x.example/1/">Workshop 1</a></th><td>Monday 2 March</td><td>Hall &lt;A&gt;</td></tr>' +
  '<tr><th>Workshop 2</th><td>Tuesday 3 March</td><td>Online</td></tr></tbody></table><p>After</p>';

describe('tables in the email', () => {
  test('become a list with one item per row, each cell named by its column', () => {
    const $ = load(linearTables(table));
    expect($('table')).toHaveLength(0);
    expect($('p').map((_, element) => $(element).text()).get()).toEqual(['Before', 'Sessions & venues', 'After']);
    const rows = $('li').map((_, element) => $(element).html()).get();
    expect(rows).toHaveLength(2);
    expect($('li').first().text()).toBe('Workshop 1Date: Monday 2 MarchVenue: Hall <A>');
    expect($('li a').attr('href')).toBe('https://x.example/1/');
    expect($('li').last().text()).toBe('Workshop 2Date: Tuesday 3 MarchVenue: Online');
  });

  test('leave HTML without tables as it was', () => {
    expect(linearTables('<p>Nothing &amp; more</p>')).toBe('<p>Nothing &amp; more</p>');
  });
});

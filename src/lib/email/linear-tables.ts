import render from 'dom-serializer';
import { DomUtils, parseDocument } from 'htmlparser2';
import { escapeHtml } from '../html-text';

type Element = ReturnType<typeof DomUtils.getElementsByTagName>[number];

/*
 * A five-column timetable cannot fit a 320px phone screen, and an email cannot scroll a
 * table sideways the way the web page does. So in the email each row becomes a list item
 * that names every cell by its column heading: "Date: Wednesday 21 January 2026". Every
 * cell's words stay; the reading order is the table's.
 */

const isTag = (name: string) => (node: unknown): node is Element => DomUtils.isTag(node as Element) && (node as Element).name === name;

function cellsOf(row: Element): Element[] {
  return row.children.filter((child): child is Element => isTag('td')(child) || isTag('th')(child));
}

function linearTable(table: Element): string {
  const caption = DomUtils.findOne(isTag('caption'), [table], true);
  const rows = DomUtils.findAll(isTag('tr'), [table]);
  const headRow = rows.find((row) => row.parent && isTag('thead')(row.parent));
  const headings = headRow ? cellsOf(headRow).map((cell) => DomUtils.textContent(cell).trim()) : [];
  const items = rows
    .filter((row) => row !== headRow)
    .map((row) => {
      const lines = cellsOf(row).map((cell, index) => {
        const value = render(cell.children);
        // The first cell names the row (its own heading), so it needs no label.
        return index === 0 || !headings[index] ? value : `${escapeHtml(headings[index])}: ${value}`;
      });
      return `<li>${lines.join('<br>')}</li>`;
    });
  const title = caption ? `<p><strong>${render(caption.children)}</strong></p>` : '';
  return `${title}<ul>${items.join('')}</ul>`;
}

/** The HTML with every table written as a list, one item per row. */
export function linearTables(html: string): string {
  const document = parseDocument(html);
  const tables = DomUtils.findAll(isTag('table'), document.children);
  if (tables.length === 0) return html;
  for (const table of tables) {
    // A copy: prepending moves each node out of the parsed list.
    for (const node of [...parseDocument(linearTable(table)).children]) DomUtils.prepend(table, node);
    DomUtils.removeElement(table);
  }
  return render(document.children);
}

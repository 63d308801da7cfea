/** One row of the "Requests to other sites" tables: a host, who it belongs to, and example URLs. */
import type { ScannedRequest } from '../report-types';
import { html, type SafeHtml } from './escape';
import { breakable, type Column, passBadges, purposeCell, vendorCell } from './table-parts';

export const requestColumns: readonly Column[] = [
  { label: 'Host', width: 18 },
  { label: 'Vendor', width: 12 },
  { label: 'Purpose', width: 16 },
  { label: 'Tracker', width: 8 },
  { label: 'Requests', width: 8 },
  { label: 'Seen', width: 16 },
  { label: 'Examples', width: 22 },
];

function examples(urls: readonly string[]): SafeHtml {
  const [first, ...rest] = urls;
  if (first === undefined) return html`<span class="muted">none</span>`;
  const more =
    rest.length === 0
      ? ''
      : html`<details><summary>${rest.length} more</summary><ul class="urls">${rest.map((u) => html`<li>${breakable(u)}</li>`)}</ul></details>`;
  return html`<span class="example">${breakable(first)}</span>${more}`;
}

export function requestRow(r: ScannedRequest): SafeHtml {
  return html`<tr>
<th scope="row"><code>${r.host}</code></th>
<td>${vendorCell(r)}</td>
<td>${purposeCell(r.purpose)}</td>
<td>${r.tracker ? html`<span class="tag tag-high">Tracker</span>` : 'No'}</td>
<td class="num">${r.count}</td>
<td>${passBadges(r.passes, r.tracker)}</td>
<td class="url">${examples(r.examples)}</td>
</tr>`;
}

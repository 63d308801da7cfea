/**
 * The cookie, storage and request sections: each item the scan saw, grouped per category, one
 * table per category.
 */
import type {
  ScanCategory,
  ScannedCookie,
  ScannedRequest,
  ScannedStorage,
  ScanReport,
} from '../report-types';
import { html, type SafeHtml } from './escape';
import { count } from './format';
import { CATEGORY_LABELS } from './labels';
import { requestColumns, requestRow } from './request-row';
import {
  breakable,
  byCategory,
  type Column,
  declaredCell,
  passBadges,
  purposeCell,
  sub,
  table,
  vendorCell,
} from './table-parts';

/** Categories that may be used only after consent (an unknown item is not marked: nobody knows yet). */
function needsConsent(category: ScanCategory): boolean {
  return category === 'analytics' || category === 'advertising' || category === 'functional';
}

const COOKIE_COLUMNS: readonly Column[] = [
  { label: 'Name', width: 16 },
  { label: 'Vendor', width: 12 },
  { label: 'Purpose', width: 16 },
  { label: 'Lifetime', width: 8 },
  { label: 'Party', width: 6 },
  { label: 'Seen', width: 16 },
  { label: 'Set by', width: 16 },
  { label: 'Declared by', width: 10 },
];

function cookieRow(c: ScannedCookie): SafeHtml {
  const flags = [c.secure ? 'Secure' : '', c.httpOnly ? 'HttpOnly' : '', `SameSite=${c.sameSite}`];
  const pattern = c.pattern && c.pattern !== c.name ? sub(html`pattern <code>${c.pattern}</code>`) : '';
  const retention = c.retention && c.retention !== c.lifetime ? sub(`database: ${c.retention}`) : '';
  return html`<tr>
<th scope="row"><code>${c.name}</code>${pattern}${sub(`${c.domain}${c.path === '/' ? '' : c.path}`)}${sub(flags.filter(Boolean).join(' · '))}</th>
<td>${vendorCell(c)}</td>
<td>${purposeCell(c.purpose)}</td>
<td>${c.lifetime}${retention}</td>
<td>${c.thirdParty ? 'Third' : 'First'}</td>
<td>${passBadges(c.passes, needsConsent(c.category))}</td>
<td class="url">${c.setBy === null ? html`<span class="muted">unknown</span>` : breakable(c.setBy)}</td>
<td>${declaredCell(c.declaredBy)}</td>
</tr>`;
}

const STORAGE_COLUMNS: readonly Column[] = [
  { label: 'Name', width: 16 },
  { label: 'Type', width: 12 },
  { label: 'Origin', width: 16 },
  { label: 'Vendor', width: 12 },
  { label: 'Purpose', width: 16 },
  { label: 'Seen', width: 16 },
  { label: 'Declared by', width: 12 },
];

function storageRow(s: ScannedStorage): SafeHtml {
  return html`<tr>
<th scope="row"><code>${s.name}</code>${s.pattern && s.pattern !== s.name ? sub(html`pattern <code>${s.pattern}</code>`) : ''}</th>
<td>${s.kind}</td>
<td class="url">${breakable(s.origin)}</td>
<td>${vendorCell(s)}</td>
<td>${purposeCell(s.purpose)}</td>
<td>${passBadges(s.passes, needsConsent(s.category))}</td>
<td>${declaredCell(s.declaredBy)}</td>
</tr>`;
}

interface Inventory<T> {
  readonly id: string;
  readonly title: string;
  readonly noun: [string, string];
  readonly intro: string;
  readonly columns: readonly Column[];
  readonly row: (item: T) => SafeHtml;
}

function inventorySection<T extends { readonly category: ScanCategory }>(
  inv: Inventory<T>,
  items: readonly T[],
): SafeHtml {
  const groups = byCategory(items).map(([category, list]) => {
    const { label, note } = CATEGORY_LABELS[category];
    const id = `${inv.id}-${category}`;
    const caption = `${count(list.length, `${label.toLowerCase()} ${inv.noun[0]}`, `${label.toLowerCase()} ${inv.noun[1]}`)}: ${note}`;
    return html`<section aria-labelledby="${id}-h">
<h3 id="${id}-h">${label} ${inv.noun[1]}</h3>
${table(id, caption, inv.columns, list.map(inv.row))}
</section>`;
  });
  const body = items.length === 0 ? html`<p class="none">None seen.</p>` : groups;
  return html`<section id="${inv.id}" aria-labelledby="${inv.id}-h">
<h2 id="${inv.id}-h">${inv.title} (${items.length})</h2>
<p class="intro">${inv.intro}</p>
${body}
</section>`;
}

/** The cookie, storage and request sections. */
export function renderInventory(report: ScanReport): SafeHtml {
  const seen =
    "'Seen' lists the passes it appeared in: before consent, after 'Reject all', after 'Accept all'.";
  return html`${inventorySection<ScannedCookie>(
    {
      id: 'cookies',
      title: 'Cookies',
      noun: ['cookie', 'cookies'],
      intro: `Every cookie, merged over all pages. ${seen}`,
      columns: COOKIE_COLUMNS,
      row: cookieRow,
    },
    report.cookies,
  )}
${inventorySection<ScannedStorage>(
  {
    id: 'storage',
    title: 'Storage',
    noun: ['storage key', 'storage keys'],
    intro: `localStorage and sessionStorage keys and IndexedDB databases. ${seen}`,
    columns: STORAGE_COLUMNS,
    row: storageRow,
  },
  report.storage,
)}
${inventorySection<ScannedRequest>(
  {
    id: 'requests',
    title: 'Requests to other sites',
    noun: ['host', 'hosts'],
    intro: `Hosts of other sites the pages contacted (failed attempts count too). ${seen}`,
    columns: requestColumns,
    row: requestRow,
  },
  report.requests,
)}`;
}

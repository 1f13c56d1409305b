/** The country panel: its officials, agreements and meetings laid out over time. */
import { h } from '../dom.js';
import { dateSpan, nodeButton, relationName } from '../format.js';

function list(title, items, render) {
  if (!items?.length) return null;
  return h('section', {}, h('h3', { text: `${title} (${items.length})` }), h('ul', { class: 'plain' }, items.map((item) => h('li', {}, render(item)))));
}

/** Groups timeline entries by year, newest first, undated last. */
function byYear(entries) {
  const groups = new Map();
  for (const entry of entries) {
    const year = entry.date ? entry.date.slice(0, 4) : 'Undated';
    if (!groups.has(year)) groups.set(year, []);
    groups.get(year).push(entry);
  }
  return [...groups.entries()].sort(([a], [b]) => (a === 'Undated' ? 1 : b === 'Undated' ? -1 : b.localeCompare(a)));
}

/** Shows a CountryProfile. */
export function openCountryPanel(panel, profile, actions) {
  const timeline = byYear(profile.timeline ?? []);
  const content = h(
    'div',
    { class: 'country' },
    h('h3', { class: 'entity-name', text: profile.country.name }),
    h(
      'p',
      { class: 'muted', text: `${profile.totals?.officials ?? profile.officials.length} officials · ${profile.totals?.meetings ?? profile.meetings.length} meetings · ${profile.totals?.agreements ?? profile.agreements.length} agreements · ${profile.totals?.events ?? profile.events.length} events` },
    ),
    timeline.length
      ? h(
          'section',
          { class: 'timeline' },
          h('h3', { text: 'Over time' }),
          timeline.map(([year, entries]) =>
            h(
              'div',
              { class: 'year' },
              h('h4', { text: year }),
              h(
                'ul',
                { class: 'plain' },
                entries.map((entry) =>
                  h(
                    'li',
                    { class: `tl-${entry.kind}` },
                    h('span', { class: 'tl-date', text: entry.date ?? '—' }),
                    h('span', { class: 'tl-kind', text: entry.kind }),
                    entry.edgeId
                      ? h('button', { type: 'button', class: 'link', text: entry.summary, on: { click: () => actions.openEdge(entry.edgeId, { push: true }) } })
                      : h('span', { text: entry.summary }),
                  ),
                ),
              ),
            ),
          ),
        )
      : null,
    list('Officials', profile.officials, (n) => nodeButton(n, actions.openEntity)),
    list('Agreements', profile.agreements, (a) =>
      h('span', {}, nodeButton({ ...a, label: 'Agreement' }, actions.openEntity), h('span', { class: 'muted', text: ` ${[a.kind, a.status, dateSpan(a.firstSeen, a.lastSeen)].filter(Boolean).join(' · ')}` })),
    ),
    list('Meetings', profile.meetings, (m) =>
      h(
        'span',
        {},
        nodeButton(m.official, actions.openEntity),
        h('span', { text: ` ${relationName('MET')} ` }),
        nodeButton(m.counterpart, actions.openEntity),
        h('span', { class: 'muted', text: ` ${dateSpan(m.firstDate, m.lastDate)} ` }),
        m.edgeIds[0] ? h('button', { type: 'button', class: 'link', text: 'evidence', on: { click: () => actions.openEdge(m.edgeIds[0], { push: true }) } }) : null,
      ),
    ),
    list('Organisations', profile.organizations, (n) => nodeButton(n, actions.openEntity)),
  );
  panel.open({ title: `Country: ${profile.country.name}`, content });
}

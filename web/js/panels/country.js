// @ts-check
/** The country panel: its officials, agreements and meetings laid out over time. */
import { activitySection } from '../activity-chart.js';
import { h } from '../dom.js';
import { dateSpan, relationName } from '../format.js';
import { byYear } from '../timeline.js';
import { nodeButton } from '../widgets.js';

/**
 * A list of the answer's first page, titled with how many there are in all (`10 of 1,234`).
 * @template T
 * @param {string} title
 * @param {readonly T[]} items
 * @param {number | undefined} total
 * @param {(item: T) => import('../dom.js').Child} render
 * @param {import('../dom.js').Child} [more] shown under a list the page cut short
 */
function list(title, items, total, render, more = null) {
  if (!items?.length) return null;
  const cut = total !== undefined && total > items.length;
  const count = cut ? `${items.length} of ${total.toLocaleString('en-US')}` : String(items.length);
  return h('section', {}, h('h3', { text: `${title} (${count})` }), h('ul', { class: 'plain' }, items.map((item) => h('li', {}, render(item)))), cut ? more : null);
}

/** The most rows of each list a country answer gives (the API's page limit). */
const COUNTRY_PAGE_MAX = 500;

/**
 * A link opening an edge's evidence above the country panel, or null when there is no edge.
 * @param {string} text
 * @param {string | undefined} edgeId
 * @param {import('../controller.js').Actions} actions
 */
function evidenceLink(text, edgeId, actions) {
  if (!edgeId) return null;
  return h('button', { type: 'button', class: 'link', text, on: { click: () => actions.openEdge(edgeId, { push: true }) } });
}

/**
 * Shows a CountryProfile.
 * @param {import('../side-panel.js').SidePanel} panel
 * @param {import('../../../src/query/types.js').CountryProfile} profile
 * @param {import('../controller.js').Actions} actions
 * @param {import('../../../src/query/types.js').CountryActivity | null} [activity] drawn as a chart when given
 */
export function openCountryPanel(panel, profile, actions, activity = null) {
  const timeline = byYear(profile.timeline);
  const code = profile.country.id.slice('country:'.length);
  const longest = Math.max(profile.officials.length, profile.agreements.length, profile.meetings.length, profile.organizations.length);
  const next = Math.min(COUNTRY_PAGE_MAX, Math.max(100, longest * 10));
  const showMore = () =>
    longest < COUNTRY_PAGE_MAX ? h('button', { type: 'button', class: 'link show-more', text: `Show up to ${next} of each`, on: { click: () => void actions.showCountry(code, { limit: next }) } }) : null;
  const content = h(
    'div',
    { class: 'country' },
    h('h3', { class: 'entity-name', text: profile.country.name }),
    h(
      'p',
      { class: 'muted', text: `${profile.totals?.officials ?? profile.officials.length} officials · ${profile.totals?.meetings ?? profile.meetings.length} meetings · ${profile.totals?.agreements ?? profile.agreements.length} agreements · ${profile.totals?.events ?? profile.events.length} events` },
    ),
    activity ? activitySection(activity) : null,
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
                    evidenceLink(entry.summary, entry.edgeId, actions) ?? h('span', { text: entry.summary }),
                  ),
                ),
              ),
            ),
          ),
        )
      : null,
    list('Officials', profile.officials, profile.totals?.officials, (n) => nodeButton(n, actions.openEntity), showMore()),
    list('Agreements', profile.agreements, profile.totals?.agreements, (a) =>
      h('span', {}, nodeButton({ ...a, label: 'Agreement' }, (id) => actions.openAgreement(id, { push: true })), h('span', { class: 'muted', text: ` ${[a.kind, a.status, dateSpan(a.firstSeen, a.lastSeen)].filter(Boolean).join(' · ')}` })),
      showMore(),
    ),
    list('Meetings', profile.meetings, profile.totals?.meetings, (m) =>
      h(
        'span',
        {},
        nodeButton(m.official, actions.openEntity),
        h('span', { text: ` ${relationName('MET')} ` }),
        nodeButton(m.counterpart, actions.openEntity),
        h('span', { class: 'muted', text: ` ${dateSpan(m.firstDate, m.lastDate)} ` }),
        // The answer counts the sentences; the edge's panel quotes them.
        evidenceLink(m.evidenceTotal > 1 ? `${m.evidenceTotal} sentences` : 'evidence', m.edgeIds[0], actions),
      ),
      showMore(),
    ),
    // Every occasion, one row each, is the meetings table's job.
    profile.meetings.length
      ? h('p', {}, h('a', { class: 'all-meetings', href: `?view=meetings&country=${encodeURIComponent(code)}`, text: 'Every meeting, one row per occasion, in the Meetings table' }))
      : null,
    list('Organisations', profile.organizations, profile.totals?.organizations, (n) => nodeButton(n, actions.openEntity), showMore()),
  );
  panel.open({ title: `Country: ${profile.country.name}`, content });
}

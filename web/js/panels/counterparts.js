// @ts-check
/**
 * "Whom does this official meet most?": a person's most frequent counterparts from
 * /api/persons/{id}/counterparts (distinct meeting days, first and last day), each name opening
 * that person. Shown in the entity panel, only for a person who met anyone.
 */
import { api } from '../api.js';
import { h } from '../dom.js';
import { dateSpan } from '../format.js';
import { nodeButton } from '../widgets.js';

/** @typedef {import('../../../src/query/types.js').Counterparts} Counterparts */

/** Counterparts listed in the panel; the API ranks them, the total says how many there are. */
export const COUNTERPARTS_SHOWN = 10;

/**
 * A person's counterparts, or null for any other entity and when the request fails (the rest of
 * the panel stands without them).
 * @param {string} id
 * @returns {Promise<Counterparts | null>}
 */
export function fetchCounterparts(id) {
  if (!id.startsWith('person:')) return Promise.resolve(null);
  return api.counterparts(id, { limit: COUNTERPARTS_SHOWN }).catch(() => null);
}

/**
 * The section, or null when the person met no one.
 * @param {Counterparts | null} answer
 * @param {(id: string) => unknown} openEntity
 * @returns {HTMLElement | null}
 */
export function counterpartsSection(answer, openEntity) {
  if (!answer || answer.counterparts.length === 0) return null;
  const shown = answer.counterparts.length;
  return h(
    'section',
    { class: 'counterparts' },
    h('h3', { text: shown < answer.total ? `Met most often (${shown} of ${answer.total})` : `Met most often (${answer.total})` }),
    h(
      'ol',
      { class: 'plain counterparts-list' },
      answer.counterparts.map((c) =>
        h(
          'li',
          { dataset: { id: c.person.id } },
          nodeButton(c.person, openEntity),
          h('span', { class: 'muted counterpart-days', text: ` ${c.meetings} day${c.meetings === 1 ? '' : 's'}, ${dateSpan(c.firstDate ?? undefined, c.lastDate ?? undefined)}` }),
        ),
      ),
    ),
  );
}

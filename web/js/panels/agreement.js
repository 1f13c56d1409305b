// @ts-check
/**
 * The agreement panel: "where does it stand?" as a dated list of the stages of its life (planned,
 * launch, rounds, signing, entry into force, upgrades), each with the sentence that states it and
 * a link to the release. Every string from the data reaches the page as text (dom.js).
 */
import { api, asError } from '../api.js';
import { h } from '../dom.js';
import { plural, webAddress } from '../format.js';
import { DATE_BASES, datedText, STAGE_NAMES } from './agreement-text.js';
import { errorBox, facts, kindBadge, nodeButton } from '../widgets.js';
import { actionsBar } from './actions-bar.js';

/**
 * @typedef {import('../../../src/query/types.js').AgreementLifecycle} AgreementLifecycle
 * @typedef {import('../../../src/query/types.js').LifecycleStage} LifecycleStage
 * @typedef {LifecycleStage['first']} StageEvidence
 */

/**
 * One release stating a stage: its sentence, then a link to the release (the passage marked) and to its original page.
 * @param {string} role `first`, `last` or `only`
 * @param {StageEvidence} item
 * @param {import('../controller.js').Actions} actions
 */
function evidenceBlock(role, item, actions) {
  const { document: doc, evidence } = item;
  return h(
    'div',
    { class: `lc-evidence ${role}` },
    role === 'only' ? null : h('span', { class: 'muted', text: `${role === 'first' ? 'First' : 'Last'}: ${datedText(item.date, item.dateBasis)} ` }),
    h('blockquote', { class: 'lc-sentence', text: evidence.sentence }),
    h(
      'div',
      { class: 'lc-source' },
      h('button', {
        type: 'button',
        class: 'link lc-release',
        text: doc.title,
        title: 'Open the release at this sentence',
        dataset: { doc: doc.id },
        on: { click: () => actions.openDocument(doc.id, { start: evidence.start, end: evidence.end }, { push: true }) },
      }),
      h('span', { class: 'muted', text: ` ${doc.date ?? 'undated'}` }),
      webAddress(doc.url) ? h('a', { href: webAddress(doc.url) ?? '', target: '_blank', rel: 'noopener noreferrer', class: 'lc-url', text: ' original page' }) : null,
    ),
  );
}

/**
 * One stage as a list item: date, name, how many releases, the event it comes from, the evidence.
 * @param {LifecycleStage} stage
 * @param {import('../controller.js').Actions} actions
 */
function stageItem(stage, actions) {
  const repeated = stage.count > 1;
  return h(
    'li',
    { class: `lc-stage lc-${stage.stage}`, dataset: { stage: stage.stage, date: stage.date ?? '' } },
    h(
      'div',
      { class: 'lc-head' },
      h('span', { class: 'lc-date tl-date', text: stage.date ?? 'undated' }),
      ' ',
      h('strong', { class: 'lc-name', text: STAGE_NAMES[stage.stage] }),
      h('span', { class: 'muted', text: ` · ${stage.dateBasis ? DATE_BASES[stage.dateBasis] : 'no date'} · ${plural(stage.count, 'source')}` }),
    ),
    stage.event ? h('div', { class: 'lc-event' }, nodeButton(stage.event, actions.openEntity)) : null,
    evidenceBlock(repeated ? 'first' : 'only', stage.first, actions),
    repeated && stage.last ? evidenceBlock('last', stage.last, actions) : null,
  );
}

/**
 * Shows a fetched lifecycle.
 * @param {AgreementLifecycle} lifecycle
 * @param {import('../controller.js').Actions} actions
 */
export function lifecycleContent(lifecycle, actions) {
  const { agreement, current } = lifecycle;
  return h(
    'div',
    { class: 'agreement' },
    h('h3', { class: 'entity-name', text: agreement.name }),
    kindBadge({ label: 'Agreement', kind: agreement.kind }),
    h(
      'p',
      { class: 'agreement-current' },
      current ? ['Where it stands: ', h('strong', { text: STAGE_NAMES[current.stage] }), ` since ${datedText(current.date, current.dateBasis)}`] : 'The releases only mention it: no stage is stated.',
    ),
    facts([
      ['Kind', agreement.kind],
      ['Parties', agreement.parties],
      ['Latest status', agreement.status],
      ['Mentioned only', lifecycle.mentions > 0 ? plural(lifecycle.mentions, 'release') : null],
    ]),
    lifecycle.upgradeOf ? h('p', { class: 'agreement-upgrade-of' }, 'Upgrades ', nodeButton(lifecycle.upgradeOf, (id) => actions.openAgreement(id, { push: true }))) : null,
    lifecycle.upgrades.length
      ? h('p', { class: 'agreement-upgrades' }, 'Upgraded by ', lifecycle.upgrades.map((u) => nodeButton(u, (id) => actions.openAgreement(id, { push: true }))))
      : null,
    actionsBar(agreement.id, 'Agreement', { name: agreement.name }, actions),
    lifecycle.stages.length
      ? h('section', {}, h('h3', { text: `Lifecycle (${lifecycle.stages.length})` }), h('ol', { class: 'plain lifecycle' }, lifecycle.stages.map((stage) => stageItem(stage, actions))))
      : null,
  );
}

/**
 * Fetches and shows one agreement's lifecycle in the side panel.
 * @param {import('../side-panel.js').SidePanel} panel
 * @param {string} id
 * @param {import('../controller.js').Actions} actions
 * @param {import('../side-panel.js').OpenOptions} [opts]
 */
export async function openAgreementPanel(panel, id, actions, opts) {
  panel.loading('Agreement', opts);
  let lifecycle;
  try {
    lifecycle = await api.agreementLifecycle(id);
  } catch (error) {
    panel.open({ title: 'Agreement', content: errorBox(asError(error)) }, opts);
    return;
  }
  panel.open({ title: 'Agreement', content: lifecycleContent(lifecycle, actions) }, opts);
}

// @ts-check
/**
 * The filter controls: node labels, relationship types and a two-handle time range. They report
 * `{ labels, types, from, to }` (empty lists and null dates mean "everything") on each change.
 */
import { $as, h, replace } from './dom.js';
import { sliderRange, toDay, toIso } from './filter-rules.js';
import { classInfo, nodeClass } from './graph-style.js';
import { relationName } from './format.js';
import { NODE_LABELS as LABELS } from './vocabulary.js';

/** @typedef {{ labels: string[], types: string[], from: string | null, to: string | null }} FilterValue */


/**
 * @param {string} name
 * @param {readonly string[]} values
 * @param {readonly string[]} checked
 * @param {(value: string) => import('./dom.js').Child} describe
 * @param {() => void} onChange
 */
function checkboxGroup(name, values, checked, describe, onChange) {
  return values.map((value) =>
    h(
      'label',
      { class: 'check' },
      h('input', { type: 'checkbox', name, value, checked: checked.length === 0 || checked.includes(value), on: { change: onChange } }),
      describe(value),
    ),
  );
}

/**
 * Builds the filters into `root` (which holds #filter-labels, #filter-types, #time-from,
 * #time-to, #time-label). `types` are the relationship types the data has; `dateRange` its span.
 * @param {HTMLElement} root
 * @param {object} options
 * @param {readonly string[]} options.types
 * @param {{ readonly from: string | null, readonly to: string | null } | undefined} options.dateRange
 * @param {Readonly<import('./url-state.js').ViewState>} options.initial
 * @param {(filter: FilterValue) => void} options.onChange
 */
export function createFilters(root, { types, dateRange, initial, onChange }) {
  const labelsBox = $as(HTMLElement, '#filter-labels', root);
  const typesBox = $as(HTMLElement, '#filter-types', root);
  const fromInput = $as(HTMLInputElement, '#time-from', root);
  const toInput = $as(HTMLInputElement, '#time-to', root);
  const timeLabel = $as(HTMLElement, '#time-label', root);
  // A range needs both ends: stats with one date only (or none) leave the slider off.
  const span = dateRange?.from && dateRange.to ? { min: toDay(dateRange.from), max: toDay(dateRange.to) } : null;

  /** @returns {FilterValue} */
  function read() {
    /** @param {HTMLElement} box */
    const selected = (box) => [...box.querySelectorAll('input:checked')].map((i) => /** @type {HTMLInputElement} */ (i).value);
    /** @param {HTMLElement} box */
    const all = (box) => box.querySelectorAll('input').length;
    const labels = selected(labelsBox);
    const chosenTypes = selected(typesBox);
    const { from, to } = span ? sliderRange(Number(fromInput.value), Number(toInput.value), span.min, span.max) : { from: null, to: null };
    return {
      labels: labels.length === all(labelsBox) ? [] : labels,
      types: chosenTypes.length === all(typesBox) ? [] : chosenTypes,
      from,
      to,
    };
  }

  function showTime() {
    if (!span) {
      timeLabel.textContent = 'No dated documents';
      return;
    }
    const { from, to } = read();
    timeLabel.textContent = `${from ?? toIso(span.min)} → ${to ?? toIso(span.max)}`;
    fromInput.setAttribute('aria-valuetext', from ?? toIso(span.min));
    toInput.setAttribute('aria-valuetext', to ?? toIso(span.max));
  }

  const changed = () => {
    showTime();
    onChange(read());
  };

  replace(
    labelsBox,
    checkboxGroup('label', LABELS, initial.labels ?? [], (label) => {
      const info = classInfo(nodeClass(label, label === 'Organization' ? 'government' : undefined));
      return [h('span', { class: `swatch ${label === 'Organization' ? 'organization' : info.cls}`, 'aria-hidden': 'true' }), label];
    }, changed),
  );
  replace(typesBox, checkboxGroup('type', types, initial.types ?? [], relationName, changed));

  for (const input of [fromInput, toInput]) {
    input.disabled = span === null;
    if (!span) continue;
    input.min = String(span.min);
    input.max = String(span.max);
    input.step = '1';
    input.addEventListener('input', changed);
  }
  if (span) {
    fromInput.value = String(initial.from ? Math.max(span.min, toDay(initial.from)) : span.min);
    toInput.value = String(initial.to ? Math.min(span.max, toDay(initial.to)) : span.max);
  }
  showTime();

  return {
    read,
    /**
     * Sets the time range programmatically (ISO dates or null for the bound) and reports it.
     * @param {string | null} from
     * @param {string | null} to
     */
    setRange(from, to) {
      if (!span) return;
      fromInput.value = String(from ? toDay(from) : span.min);
      toInput.value = String(to ? toDay(to) : span.max);
      changed();
    },
  };
}

/** @typedef {ReturnType<typeof createFilters>} Filters */

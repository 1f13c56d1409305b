/**
 * The filter controls: node labels, relationship types and a two-handle time range. They report
 * `{ labels, types, from, to }` (empty lists and null dates mean "everything") on each change.
 */
import { h, replace } from './dom.js';
import { classInfo, nodeClass } from './graph-style.js';
import { relationName } from './format.js';

const LABELS = ['Person', 'Organization', 'Country', 'Agreement', 'Event', 'Document'];
const DAY = 86_400_000;

const toDay = (iso) => Math.floor(Date.parse(`${iso}T00:00:00Z`) / DAY);
const toIso = (day) => new Date(day * DAY).toISOString().slice(0, 10);

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
 */
export function createFilters(root, { types, dateRange, initial, onChange }) {
  const labelsBox = root.querySelector('#filter-labels');
  const typesBox = root.querySelector('#filter-types');
  const fromInput = root.querySelector('#time-from');
  const toInput = root.querySelector('#time-to');
  const timeLabel = root.querySelector('#time-label');
  const min = dateRange?.from ? toDay(dateRange.from) : null;
  const max = dateRange?.to ? toDay(dateRange.to) : null;

  function read() {
    const selected = (box) => [...box.querySelectorAll('input:checked')].map((i) => i.value);
    const all = (box) => box.querySelectorAll('input').length;
    const labels = selected(labelsBox);
    const chosenTypes = selected(typesBox);
    let from = null;
    let to = null;
    if (min !== null) {
      const a = Math.min(Number(fromInput.value), Number(toInput.value));
      const b = Math.max(Number(fromInput.value), Number(toInput.value));
      if (a > min) from = toIso(a);
      if (b < max) to = toIso(b);
    }
    return {
      labels: labels.length === all(labelsBox) ? [] : labels,
      types: chosenTypes.length === all(typesBox) ? [] : chosenTypes,
      from,
      to,
    };
  }

  function showTime() {
    if (min === null) {
      timeLabel.textContent = 'No dated documents';
      return;
    }
    const { from, to } = read();
    timeLabel.textContent = `${from ?? toIso(min)} → ${to ?? toIso(max)}`;
    fromInput.setAttribute('aria-valuetext', from ?? toIso(min));
    toInput.setAttribute('aria-valuetext', to ?? toIso(max));
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
    input.disabled = min === null;
    if (min === null) continue;
    input.min = String(min);
    input.max = String(max);
    input.step = '1';
    input.addEventListener('input', changed);
  }
  if (min !== null) {
    fromInput.value = String(initial.from ? Math.max(min, toDay(initial.from)) : min);
    toInput.value = String(initial.to ? Math.min(max, toDay(initial.to)) : max);
  }
  showTime();

  return {
    read,
    /** Sets the time range programmatically (ISO dates or null for the bound) and reports it. */
    setRange(from, to) {
      if (min === null) return;
      fromInput.value = String(from ? toDay(from) : min);
      toInput.value = String(to ? toDay(to) : max);
      changed();
    },
  };
}

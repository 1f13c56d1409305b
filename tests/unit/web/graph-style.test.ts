import { describe, expect, it } from 'vitest';
import { NODE_LABELS } from '../../../web/js/vocabulary.js';
import { NODE_CLASSES, classInfo, graphStyle, nodeClass } from '../../../web/js/graph-style.js';

describe('nodeClass', () => {
  it.each([
    ['Person', undefined, 'person'],
    ['Country', undefined, 'country'],
    ['Agreement', 'FTA', 'agreement'],
    ['Event', 'bilateral', 'event'],
    ['Document', undefined, 'document'],
    ['Organization', 'government', 'government'],
    ['Organization', 'company', 'company'],
    ['Organization', 'association', 'organization'],
    ['Organization', undefined, 'organization'],
  ])('draws a %s of kind %s as %s', (label, kind, cls) => {
    expect(nodeClass(label, kind)).toBe(cls);
  });

  it.each([['Ministry'], [''], [null], [undefined], ['government']])('draws an unknown label (%s) as another organisation', (label) => {
    expect(nodeClass(label)).toBe('organization');
  });

  it('has a class for every node label of the graph', () => {
    for (const label of NODE_LABELS) expect(NODE_CLASSES.map((c) => c.cls)).toContain(nodeClass(label));
  });
});

describe('classInfo', () => {
  it('names a class for the legend and search hits', () => {
    expect(classInfo('government')).toMatchObject({ name: 'Government body', shape: 'round-rectangle' });
  });

  it('falls back to the other-organisation entry for an unknown class', () => {
    expect(classInfo('nonsense')).toBe(classInfo('organization'));
  });
});

describe('graphStyle', () => {
  const selectors = graphStyle().map((rule) => ('selector' in rule ? rule.selector : ''));

  it('gives every node class its own colour and shape rule', () => {
    for (const { cls } of NODE_CLASSES) expect(selectors).toContain(`node.${cls}`);
  });

  it.each(['.filtered', '.faded', 'node.on-path', 'edge.on-path', 'node.pinned', 'node.expanded', 'node.root'])('styles the state %s that graph-view.js sets', (selector) => {
    expect(selectors).toContain(selector);
  });

  it('hides filtered elements rather than fading them', () => {
    expect(graphStyle().find((rule) => 'selector' in rule && rule.selector === '.filtered')).toMatchObject({ style: { display: 'none' } });
  });

  it('uses distinct colours for distinct classes, so the legend can tell them apart', () => {
    expect(new Set(NODE_CLASSES.map((c) => c.color)).size).toBe(NODE_CLASSES.length);
  });
});

import { describe, expect, it } from 'vitest';
import { SCHEMA_VERSION, type Evidence, type GraphData, type NodeRecord } from '../../../src/domain/index.js';
import { agreementLifecycle, answerJson, createQueryService, warmAgreementLifecycles } from '../../../src/query/index.js';
import { createEmbeddedStore } from '../../../src/store/embedded/index.js';
import { fixtureEdge as edge } from '../../support/fixture-edge.js';

/**
 * Invented releases following one agreement from launch to an upgrade: the Alpha–Beta FTA (Korea and
 * New Zealand as parties). Each release's MENTIONS edge carries what it states, as build/ writes it.
 */
const RELEASES = [
  ['doc:0000000000000001', '2024-03-04', 'Korea and Beta launch FTA negotiations with Beta', 'Korea and Beta launched negotiations on the Alpha–Beta FTA in Seoul.'],
  ['doc:0000000000000002', '2024-06-10', 'Second round of Alpha–Beta FTA talks', 'Negotiators held talks on the Alpha–Beta FTA in Wellington.'],
  ['doc:0000000000000003', '2024-09-20', 'Third round of Alpha–Beta FTA talks', 'The two sides continued negotiations on the Alpha–Beta FTA.'],
  ['doc:0000000000000004', '2025-01-15', 'Korea and Beta sign the FTA', 'The Alpha–Beta FTA was signed on January 12, 2025.'],
  ['doc:0000000000000005', '2025-02-01', 'Trade ministers review the Alpha–Beta FTA', 'The Alpha–Beta FTA was signed in January, the minister recalled.'],
  ['doc:0000000000000006', '2025-07-01', 'The Alpha–Beta FTA enters into force', 'The Alpha–Beta FTA entered into force on July 1, 2025.'],
  ['doc:0000000000000007', '2025-10-01', 'Talks to upgrade the FTA', 'The two sides agreed to launch negotiations to upgrade the Alpha–Beta FTA.'],
  ['doc:0000000000000008', '2025-11-01', 'Beta exports grow', 'Exports to Beta grew under the Alpha–Beta FTA.'],
  ['doc:0000000000000009', '2025-12-01', 'Upgrade protocol talks', 'Negotiators discussed the Alpha–Beta FTA Upgrade Protocol.'],
] as const;

const FTA = 'agreement:alpha-beta-fta';
const UPGRADE = 'agreement:alpha-beta-fta-upgrade-protocol';
const ROUND = 'event:2024-06-10-second-round';
const SIGNING = 'event:2025-01-12-signing';

function evidenceOf(index: number, phrase = 'Alpha–Beta FTA'): Evidence {
  const [docId, date, , text] = RELEASES[index] as (typeof RELEASES)[number];
  const start = text.indexOf(phrase);
  return { docId, date, sentence: text, sentenceStart: 0, start, end: start + phrase.length };
}

function node(id: string, attributes: Omit<NodeRecord['attributes'], 'aliases'>): NodeRecord {
  return { id, attributes: { aliases: [], ...attributes } };
}

function lifecycleGraph(): GraphData {
  const docs = RELEASES.map(([id, date, title, text]) => node(id, { label: 'Document', name: title, date, text }));
  const statuses = ['negotiating', 'negotiating', 'negotiating', 'signed', 'signed', 'in_force', 'negotiating', 'mentioned'] as const;
  const mentions = statuses.map((status, i) =>
    edge('MENTIONS', RELEASES[i]![0], FTA, [evidenceOf(i)], { status, ...(i === 3 ? { date: '2025-01-12' } : i === 5 ? { date: '2025-07-01' } : {}) }),
  );
  return {
    schemaVersion: SCHEMA_VERSION,
    nodes: [
      ...docs,
      node(FTA, { label: 'Agreement', name: 'Alpha–Beta FTA', kind: 'FTA', status: 'negotiating', parties: ['KR', 'NZ'] }),
      node(UPGRADE, { label: 'Agreement', name: 'Alpha–Beta FTA Upgrade Protocol', kind: 'FTA', status: 'negotiating', parties: ['KR', 'NZ'] }),
      node('agreement:alpha-beta-mou', { label: 'Agreement', name: 'Alpha–Beta MOU', kind: 'MOU', status: 'signed', parties: ['KR', 'NZ'] }),
      node(ROUND, { label: 'Event', name: 'Second round', kind: 'negotiation_round', date: '2024-06-10' }),
      node(SIGNING, { label: 'Event', name: 'Signing', kind: 'signing', date: '2025-01-12' }),
    ],
    edges: [
      ...mentions,
      edge('MENTIONS', RELEASES[8][0], UPGRADE, [evidenceOf(8, 'Alpha–Beta FTA Upgrade Protocol')], { status: 'negotiating' }),
      edge('ABOUT', ROUND, FTA, [evidenceOf(1)]),
      edge('ABOUT', SIGNING, FTA, [evidenceOf(4)]),
    ].sort((a, b) => (a.id < b.id ? -1 : 1)),
  };
}

describe('agreementLifecycle', () => {
  const store = createEmbeddedStore(lifecycleGraph());

  it('lists each stage once, dated and in order: launch, rounds, negotiating, signing, entry into force, upgrade', async () => {
    const { stages } = await agreementLifecycle(store, FTA);
    expect(stages.map((s) => [s.stage, s.date, s.dateBasis, s.count])).toEqual([
      ['launch', '2024-03-04', 'release', 1],
      ['negotiating', '2024-06-10', 'release', 2],
      ['round', '2024-06-10', 'event', 1],
      ['signed', '2025-01-12', 'stated', 3],
      ['in_force', '2025-07-01', 'stated', 1],
      ['upgrade_negotiating', '2025-10-01', 'release', 1],
    ]);
  });

  it('collapses repeats of a stage into its first and last evidence, each with its release', async () => {
    const signed = (await agreementLifecycle(store, FTA)).stages.find((s) => s.stage === 'signed');
    expect(signed?.first).toMatchObject({ date: '2025-01-12', dateBasis: 'stated', document: { id: 'doc:0000000000000004', title: 'Korea and Beta sign the FTA' } });
    expect(signed?.first.evidence.sentence).toBe('The Alpha–Beta FTA was signed on January 12, 2025.');
    expect(signed?.last).toMatchObject({ date: '2025-02-01', dateBasis: 'release', document: { id: 'doc:0000000000000005' } });
    expect(signed?.event).toMatchObject({ id: SIGNING, label: 'Event' });
  });

  it('dates a stage by the day the text gives over the release date, and says which', async () => {
    const inForce = (await agreementLifecycle(store, FTA)).stages.find((s) => s.stage === 'in_force');
    expect(inForce).toMatchObject({ date: '2025-07-01', dateBasis: 'stated' });
  });

  it('quotes a stage stated once as its first evidence only, leaving last empty', async () => {
    const inForce = (await agreementLifecycle(store, FTA)).stages.find((s) => s.stage === 'in_force');
    expect(inForce).toMatchObject({ count: 1, first: { date: '2025-07-01' }, last: null });
  });

  it('calls the furthest stage reached current, and counts releases that only mention it', async () => {
    const lifecycle = await agreementLifecycle(store, FTA);
    expect(lifecycle.current).toEqual({ stage: 'upgrade_negotiating', date: '2025-10-01', dateBasis: 'release' });
    expect(lifecycle.mentions).toBe(1);
    expect(lifecycle.agreement).toMatchObject({ id: FTA, name: 'Alpha–Beta FTA', kind: 'FTA' });
  });

  it('links an upgrade named as such to the one agreement of the same parties it upgrades, both ways', async () => {
    const upgrade = await agreementLifecycle(store, UPGRADE);
    expect(upgrade.upgradeOf).toMatchObject({ id: FTA });
    expect(upgrade.stages.map((s) => s.stage)).toEqual(['upgrade_negotiating']);
    expect((await agreementLifecycle(store, FTA)).upgrades.map((u) => u.id)).toEqual([UPGRADE]);
    expect((await agreementLifecycle(store, 'agreement:alpha-beta-mou')).upgradeOf).toBeNull();
  });

  it('links no upgrade when two agreements could be the one it upgrades', async () => {
    const graph = lifecycleGraph();
    const twin = node('agreement:alpha-beta-fta@2', { label: 'Agreement', name: 'FTA Alpha–Beta', kind: 'FTA', parties: ['KR', 'NZ'] });
    const lifecycle = await agreementLifecycle(createEmbeddedStore({ ...graph, nodes: [...graph.nodes, twin].sort((a, b) => (a.id < b.id ? -1 : 1)) }), UPGRADE);
    expect(lifecycle.upgradeOf).toBeNull();
  });

  it('writes every agreement’s lifecycle as the text JSON.stringify writes, asked again from the kept texts', async () => {
    const ids = (await store.listNodes(['Agreement'])).map((agreement) => agreement.id);
    for (let round = 0; round < 2; round++) {
      for (const id of ids) {
        const lifecycle = await agreementLifecycle(store, id);
        expect(answerJson(lifecycle)).toBe(JSON.stringify(lifecycle));
      }
    }
    // Stages stated by several releases and stages of events are among those written.
    const fta = await agreementLifecycle(store, FTA);
    expect(fta.stages.some((s) => s.last !== null) && fta.stages.some((s) => s.event !== null) && fta.upgrades.length > 0).toBe(true);
  });

  it('has no current stage for an agreement releases only mention', async () => {
    const lifecycle = await agreementLifecycle(store, 'agreement:alpha-beta-mou');
    expect(lifecycle).toMatchObject({ current: null, stages: [], mentions: 0 });
  });

  it.each([
    ['agreement:nothing-of-the-kind', 'AGREEMENT_NOT_FOUND'],
    [ROUND, 'AGREEMENT_NOT_FOUND'],
  ])('refuses %s with %s', async (id, code) => {
    await expect(agreementLifecycle(store, id)).rejects.toMatchObject({ code });
  });

  it('answers the same once every agreement’s stages are built at start, and afresh after a load', async () => {
    const ids = lifecycleGraph().nodes.filter((n) => n.attributes.label === 'Agreement').map((n) => n.id);
    const cold = await Promise.all(ids.map((id) => agreementLifecycle(createEmbeddedStore(lifecycleGraph()), id)));
    const warmed = createQueryService(createEmbeddedStore(lifecycleGraph()));
    await warmAgreementLifecycles(warmed.store, () => undefined);
    expect(await Promise.all(ids.map((id) => warmed.agreementLifecycle(id)))).toEqual(cold);
    // A release stating the FTA is signed again, later: the kept stages are dropped with the load.
    const later = { ...evidenceOf(3), docId: 'doc:000000000000000a', date: '2026-01-05' };
    const release = node(later.docId, { label: 'Document', name: 'The FTA signed again', date: later.date, text: later.sentence });
    await warmed.load({ ...lifecycleGraph(), nodes: [release], edges: [edge('MENTIONS', later.docId, FTA, [later], { status: 'signed' })] });
    const signed = (await warmed.agreementLifecycle(FTA)).stages.find((s) => s.stage === 'signed')!;
    expect(signed.count).toBe(cold[ids.indexOf(FTA)]!.stages.find((s) => s.stage === 'signed')!.count + 1);
  });
});

import { describe, expect, it } from 'vitest';
import { extract } from '../../../../src/extract/index.js';
import { STATUS_PHRASINGS, type StatusPhrasing } from '../../../../src/extract/agreements/status-phrasings.js';
import { localStatus } from '../../../../src/extract/agreements/local-status.js';
import type { Document, LocalAgreement } from '../../../../src/domain/index.js';

const doc = (body: string): Document => ({ id: 'doc_t', title: 'T', body, date: '2024-05-02', category: null, url: null, sources: [] });

const statusOf = (body: string, name = 'Alpha Agreement'): string | undefined =>
  extract(doc(body)).entities.find((e): e is LocalAgreement => e.label === 'Agreement' && e.name.includes(name))?.status;

/** The agreement a row's sentences name: `ALPHA FTA` for a row kept to trade agreements. */
const nameOf = (p: StatusPhrasing): string => (p.kinds === undefined ? 'Alpha Agreement' : 'ALPHA FTA');

// Each row of STATUS_PHRASINGS is a phrasing: its example gives its status, its neighbours do not.
describe('agreement status from the words beside the name', () => {
  it.each(STATUS_PHRASINGS.map((p) => [p.example, p.status, nameOf(p)] as const))('%s → %s', (example, status, name) => {
    expect(statusOf(example, name)).toBe(status);
  });

  // The neighbours may still get the status from a sentence-wide cue; the phrasing itself must not fire.
  it.each(STATUS_PHRASINGS.flatMap((p) => p.mustNot.map((n) => [n, p.status, p] as const)))('must not: %s → %s', (neighbour, status, p) => {
    const name = nameOf(p);
    const at = neighbour.indexOf(name);
    expect(localStatus(neighbour, at, at + name.length, p.kinds === undefined ? null : 'FTA')).not.toBe(status);
  });

  it('keeps a row of trade agreements from other kinds: an MOU concluded is signed', () => {
    expect(statusOf('The two coast guards concluded an MOU on maritime cooperation in Manila.', 'MOU on maritime cooperation')).toBe('signed');
  });

  it.each([
    ['The measures follow the “Alpha Agreement” released on November 14.', 'signed'],
    ['At the ceremony the two ministers also adopted the “Alpha Agreement”.', 'signed'],
  ])('reads through quotes around the name: %s → %s', (body, status) => {
    const at = body.indexOf('Alpha Agreement');
    expect(localStatus(body, at, at + 'Alpha Agreement'.length)).toBe(status);
  });

  it('reads talks on a proposed agreement as its negotiation', () => {
    const body = 'Negotiators closed three days of talks on the proposed Alpha Agreement in Seoul.';
    const at = body.indexOf('Alpha Agreement');
    expect(localStatus(body, at, at + 'Alpha Agreement'.length)).toBe('negotiating');
  });

  it('still stops at a quote that closes another clause', () => {
    const body = 'He said “we value the talks” and the Alpha Agreement, “signed in 2015 by others”, was noted.';
    const at = body.indexOf('Alpha Agreement');
    expect(localStatus(body, at, at + 'Alpha Agreement'.length)).toBeNull();
  });

  it('lets two agreements of one sentence differ', () => {
    const body = 'The ministers discussed the ratification of the Alpha Agreement and upgrading the Beta Agreement.';
    const statuses = extract(doc(body)).entities.filter((e): e is LocalAgreement => e.label === 'Agreement').map((a) => `${a.name}: ${a.status}`);
    expect(statuses).toEqual(expect.arrayContaining(['Alpha Agreement: signed', 'Beta Agreement: in_force']));
  });
});

describe('a trade agreement named in passing', () => {
  const statusOfRim = (body: string): string | undefined =>
    extract(doc(body)).entities.find((e): e is LocalAgreement => e.label === 'Agreement' && e.name === 'Pacific Rim Partnership')?.status;

  it('is one in force when nothing beside it says otherwise', () => {
    expect(statusOfRim('Ruritania will support Korea’s work under the Pacific Rim Partnership (PRP).')).toBe('in_force');
  });

  it('stays mentioned when the words beside it say it is only wanted', () => {
    expect(statusOfRim('Ruritania will support Korea’s interest in the Pacific Rim Partnership (PRP).')).toBe('mentioned');
    expect(statusOfRim('Ruritania will help as Korea considers joining the Pacific Rim Partnership (PRP).')).toBe('mentioned');
  });
});

describe('agreement status from the cues of its sentence', () => {
  it('reads the negotiators of an agreement as its negotiation, not as an agreement in force', () => {
    expect(statusOf('Negotiators on the Alpha Agreement will take up goods, services and investment.')).toBe('negotiating');
  });
});

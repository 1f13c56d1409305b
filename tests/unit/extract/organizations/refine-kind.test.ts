import { describe, expect, it } from 'vitest';
import { refineKind } from '../../../../src/extract/organizations/refine-kind.js';
import { orgsOf } from '../helpers.js';

describe('refineKind', () => {
  it.each([
    ['Ministry of Mines and Energy', 'company', false, 'government'],
    ['Federal Ministry for Economic Affairs', 'other', false, 'government'],
    ['Velmar-Korea Business Council', 'other', true, 'association'],
    ['Kanto Economic Federation', 'other', false, 'association'],
    ['Business Council of Velmar', 'other', false, 'association'],
    ['Korea–Ruritania Business Committee', 'government', true, 'association'],
    // a council, alliance, network or partnership named for one country and an industry is an association
    ['Canadian Hydrogen Council', 'other', false, 'association'],
    ['Japan Power Industry Alliance', 'other', false, 'association'],
    ['Norwegian Shipbuilding Partners', 'other', false, 'association'],
    // …but not one of no country, one named for a goal, or one of two parties
    ['Hydrogen Alliance', 'other', false, 'other'],
    // the private sector's or business's own alliance is an association, country or not
    ['Velmar Private Sector Alliance', 'other', false, 'association'],
    ['Ostland Business Alliance', 'other', false, 'association'],
    // another language's word for a group of companies or a company
    ['Velska Grupa Energetyczna', 'other', false, 'company'],
    ['Grupo Alder', 'other', false, 'company'],
    ['Groupe de travail', 'international', false, 'international'],
    ['Korea–Global Innovation Investment Alliance', 'other', false, 'other'],
    ['Korea–Japan Energy Council', 'other', true, 'other'],
    ['Korea–Norway Joint Economic Commission', 'government', true, 'international'],
    ['Export Promotion Agency', 'other', false, 'government'],
    // a joint committee with its complement after the head
    ['Korea–Norway Joint Committee on Energy Cooperation', 'government', true, 'international'],
    // the Union's institutions are not one government's
    ['European Commission', 'government', false, 'international'],
    ['European Parliament', 'government', false, 'international'],
    // an `Organization` named for one country is its agency or, saying research, its research body
    ['Ruritania External Trade Organization', 'international', false, 'international'],
    ['Japan Export Promotion Organization', 'international', false, 'government'],
    ['Netherlands Organisation for Marine Research', 'international', false, 'research'],
    // an institute that promotes, plans or evaluates is a public agency
    ['Velmar Institute for Advancement of Technology', 'research', false, 'government'],
    ['Velmar Planning & Evaluation Institute of Industrial Technology', 'research', false, 'government'],
    ['Korea Institute of Energy Technology Evaluation and Planning', 'research', false, 'government'],
    // a corporation named for its country that insures, polices safety or manages is a public agency
    ['Korea Export Insurance Corporation', 'company', false, 'government'],
    ['Japan Gas Safety Corporation', 'company', false, 'government'],
    ['Korea Energy Management Corporation', 'company', false, 'government'],
    ['Korea Industrial Complex Corporation', 'company', false, 'government'],
    // …but one that sells a product, or one not named for a country, stays a company
    ['Korea Electric Power Corporation', 'company', false, 'company'],
    ['Korea Gas Corporation', 'company', false, 'company'],
    ['Velmar Fire & Marine Insurance Corporation', 'company', false, 'company'],
    // a development bank is a state policy bank
    ['Velmar Development Bank', 'company', false, 'government'],
    ['Central Bank of Velmar', 'company', false, 'government'],
    ['Reserve Bank of Ostland', 'company', false, 'government'],
    ['Export-Import Bank of Velmar', 'company', false, 'government'],
    ['Velmar Exim Bank', 'company', false, 'government'],
    ['Velmar Commercial Bank', 'company', false, 'company'],
    // a state agency named as a `City for` its field
    ['King Velmar City for Atomic and Renewable Energy', 'company', false, 'government'],
    // a bank named only for its country is its monetary authority
    ['Bank of Japan', 'company', false, 'government'],
    ["People's Bank of China", 'company', false, 'government'],
    ['Bank of America', 'company', false, 'company'],
    // a group of states coordinating export controls or trade, named for its members or where it first met
    ['Velmar Suppliers Group', 'company', false, 'international'],
    ['Missile Velmar Control Regime', 'company', false, 'international'],
    ['Wassenaar Arrangement', 'company', false, 'international'],
    ['Australia Group', 'company', false, 'international'],
    ['Ottawa Group', 'company', false, 'international'],
    // a council for the promotion of trade is a chamber of commerce
    ['Velmar Council for the Promotion of International Trade', 'other', false, 'association'],
    // a body of kind other whose name says study or research
    ['Velmar Centre for Research and Analysis', 'other', false, 'research'],
    ['Velmar Advanced Institute of Science and Technology', 'other', false, 'research'],
    // a think tank named for the studies it does
    ['Center for Strategic and Velmar Studies', 'other', false, 'research'],
    // a fund named without a legal form is a state's
    ['Velmar Public Investment Fund', 'other', false, 'government'],
    ['Ostland Economic Cooperation Fund', 'other', false, 'government'],
    // a hospital a university runs is a hospital, not a body of study
    ['Velmar National University Hospital', 'other', false, 'other'],
    // a council of business bodies
    ['Council of Velmar Chambers', 'other', false, 'association'],
    ['Federation of Velmar Industry Associations', 'other', false, 'association'],
    // a council named for a region, or the Union's own, is its members' body
    ['Arctic Council', 'other', false, 'international'],
    ['Pacific Velmar Cooperation Council', 'other', false, 'international'],
    ['Council of the European Union', 'other', false, 'international'],
    ['IPEF Velmar Council', 'other', false, 'international'],
    // a committee an agreement sets up is the parties' joint body
    ['Korea–Velmar FTA Joint Committee', 'government', false, 'international'],
    ['RCEP Trade Negotiating Committee', 'government', false, 'international'],
    // a listed international body, or an organ whose name opens with one
    ['ASEAN Secretariat', 'government', false, 'international'],
    ['APEC Business Advisory Council', 'other', false, 'international'],
    ['United Nations Security Council', 'other', false, 'international'],
    ['Gulf Cooperation Council', 'other', false, 'international'],
    ['ASEAN-Velmar Centre', 'other', false, 'international'],
    // a network an agreement sets up is the parties' body
    ['IPEF Supply Chain Crisis Response Network', 'other', false, 'international'],
    // a corporation named for its country that invests is the state's fund
    ['Japan Investment Corporation', 'other', false, 'government'],
    ['Korea Venture Investment Corporation', 'company', false, 'government'],
    // a state's council by its name
    ['National Energy Dominance Council', 'other', false, 'government'],
    // a body of many nations, whoever hosts or heads it
    ['International Velmar Committee', 'government', false, 'international'],
    ['Neutral Nations Oversight Commission', 'government', false, 'international'],
    ['Multilateral Provisional Secretariat', 'government', false, 'international'],
    // a fund for development cooperation is the donor state's
    ['Ostland Economic Development Cooperation Fund', 'international', false, 'government'],
    // home's name taken into a bloc's span leaves the bloc
    ['Korea–Gulf Cooperation Council', 'other', false, 'international'],
    ['Korea-Ottava Group', 'company', false, 'international'],
  ] as const)('%s (%s) is %s', (name, kind, twoParties, expected) => {
    expect(refineKind(name, kind, twoParties)).toBe(expected);
  });

  it.each([
    // one party in the name: a national committee
    ['Korea Fair Trade Commission', 'government', false, 'government'],
    // a national secretariat (`Secretariat of Economy`) or one of an unlisted acronym stays government
    ['Secretariat of Economy', 'government', false, 'government'],
    ['VTPA Secretariat', 'government', false, 'government'],
    // a listed acronym inside a longer word opens nothing (`UNION` is not `UN`)
    ['Unionville Trade Council', 'other', false, 'other'],
    // a committee after an acronym that names no agreement stays national
    ['VTP Trade Negotiating Committee', 'government', false, 'government'],
    // a council with no listed head kind stays other
    ['Artificial Intelligence Council', 'other', false, 'other'],
    // a private investor: no country in its name, or the plural
    ['Alder Investment Corporation', 'company', false, 'company'],
    ['Saudi Arabian Industrial Investments Company', 'company', false, 'company'],
    // a centre named for two countries is one side's facility, not a joint body
    ['Korea–Norway Critical Minerals Supply Chain Center', 'other', true, 'other'],
    // a committee with one party named stays national even with a complement
    ['Korea Committee on Energy Cooperation', 'government', false, 'government'],
    // international bodies not named for a country stay international
    ['World Trade Organization', 'international', false, 'international'],
    ['International Organization for Standardization', 'international', false, 'international'],
    // an institute that studies is research
    ['Velmar Institute of Applied Materials', 'research', false, 'research'],
    ['Velmar Institute for Industrial Economics and Trade', 'research', false, 'research'],
    // a commercial bank stays a company
    ['Velmar Commercial Bank', 'company', false, 'company'],
    // a company's group stays a company
    ['Alder Motor Group', 'company', false, 'company'],
    ['Velmar Group', 'company', false, 'company'],
    ['Korean Group', 'company', false, 'company'],
    // a centre that neither studies nor researches stays other
    ['Velmar Trade Support Center', 'other', false, 'other'],
    // a council named for one country's sector, not a region, stays other
    ['Velmar Hydrogen Council', 'other', false, 'other'],
    // a council of people, not of business bodies
    ['Council of Economic Advisers', 'other', false, 'other'],
    // a state's trade agency named `International Trade …`
    ['International Trade Commission', 'government', false, 'government'],
    // a company named `International` stays a company; a listed fund of many states stays theirs
    ['International Velmar Bank', 'company', false, 'company'],
    ['International Monetary Fund', 'international', false, 'international'],
    // a group after a word that names no country is no pair's side
    ['Velmar-Alder Motor Group', 'company', false, 'company'],
  ] as const)('must not: %s (%s) stays %s', (name, kind, twoParties, expected) => {
    expect(refineKind(name, kind, twoParties)).toBe(expected);
  });

  it.each([
    ['KOVA will support exporters, the ministry said.', 'KOVA', 'government'],
  ])('reads a K… acronym named nowhere in full as a public agency: %s', (body, name, kind) => {
    expect(orgsOf(body).find((o) => o.name === name)?.kind).toBe(kind);
  });

  it.each([
    // an acronym the text spells out takes the kind of its full name
    ['The Velmar Exporters Association (KVEA) met. KVEA will support exporters.', 'Velmar Exporters Association', 'association'],
  ])('must not: a K… acronym spelled out keeps its full name’s kind: %s', (body, name, kind) => {
    expect(orgsOf(body).find((o) => o.name === name)?.kind).toBe(kind);
  });

  it.each([
    ['The European Council endorsed the deal, the minister said in Brussels, Belgium.', 'European Council'],
    ['Belgium holds the presidency of the Council of the European Union this year.', 'Council of the European Union'],
  ])('ties an institution of the Union to it (EU), not to where it sits: %s', (body, name) => {
    const org = orgsOf(body).find((o) => o.name === name);
    expect([org?.kind, org?.country]).toEqual(['international', 'EU']);
  });

  it('reads a committee named for two countries as a joint, international body', () => {
    const orgs = orgsOf('The 5th Korea–Norway Joint Economic Commission was held in Oslo.');
    expect(orgs.find((o) => o.name.endsWith('Joint Economic Commission'))?.kind).toBe('international');
  });
});

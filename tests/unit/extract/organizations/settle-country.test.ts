import { describe, expect, it } from 'vitest';
import { extract } from '../../../../src/extract/index.js';
import type { Document, LocalOrganization } from '../../../../src/domain/index.js';

const doc = (body: string): Document => ({ id: 'doc_t', title: 'T', body, date: '2024-05-02', category: null, url: null, sources: [] });

/** `name → country` of every body extraction finds in the text. */
function countriesOf(body: string, homeCountry: string | null = 'KR'): string[] {
  return extract(doc(body), { homeCountry })
    .entities.filter((e): e is LocalOrganization => e.label === 'Organization')
    .map((o) => `${o.name} → ${o.country ?? '-'}`);
}

describe('the country of a body', () => {
  it.each([
    // the name or a possessive says it
    ['Officials of Chile’s Ministry of Foreign Affairs attended.', 'Ministry of Foreign Affairs → CL'],
    // the release's own bodies are the home country's
    ['The Ministry of Trade, Industry and Energy announced the figures on Monday.', 'Ministry of Trade, Industry and Energy → KR'],
    ['Orvantis Electronics and Belmora Chemical will invest in the new plant.', 'Orvantis Electronics → KR'],
    // the people holding a post there say it
    [
      'Minister Park met Polish Secretary of State Tomasz Kowalczyk of the Ministry of Energy Transition in Warsaw.',
      'Ministry of Energy Transition → PL',
    ],
    // a country word heading a list of companies
    ['Japanese companies such as Tervalo Logistics, Minaka Shipping and Sorelia Port Services attended the forum.', 'Minaka Shipping → JP'],
    ['Germany’s automakers Brandwerk Motors and Kessler Automobile joined the call.', 'Kessler Automobile → DE'],
    // a city the name holds
    ['He met the head of the Executive Affairs Authority of Abu Dhabi on Monday.', 'Executive Affairs Authority of Abu Dhabi → AE'],
    ['KOTRA signed MOUs with Business Sweden and Invest Stockholm in Canada.', 'Invest Stockholm → SE'],
    // a country closing a list of companies
    [
      'Leaders of Orvantis Electronics and Belmora Chemical from Korea and Tarvik Systems, Quenlo Motors and Dravo Pharma from the United States attended.',
      'Quenlo Motors → US',
    ],
    ['Executives of Halvard Steel from Sweden signed the MOU.', 'Halvard Steel → SE'],
    // an appositive opening with a country's possessive, or a country-based compound
    ['KOGAS holds a stake alongside Tarvik and Ostragaz, Mozambique’s national hydrocarbon company.', 'Ostragaz → MZ'],
    ['KNOC agreed to acquire Tarvik Holdings, the U.S.-registered parent company of Ostragaz.', 'Tarvik Holdings → US'],
    // a country word, then lower-case words ending in a noun for a company
    ['KORES signed an MOU with Bolivia’s state mining company Andoria on lithium.', 'Andoria → BO'],
    ['KOGAS signed an agreement with the Uzbek state gas company Tashgazneft on the field.', 'Tashgazneft → UZ'],
    ['KEXIM also signed an interbank credit with the Mexican development bank Velbanco.', 'Velbanco → MX'],
    // a coined one-word name built on a country's name
    ['At the forum, Orvik Daewoo and VelmarCHILE signed an LNG memorandum.', 'VelmarCHILE → CL'],
    // a legal form of one country's law, or of the one of several the release names
    ['Minister Park visited Oslo, where Velnor ASA and Korea Southern Power Co. signed an MOU.', 'Velnor ASA → NO'],
    ['Minister Park met Dutch officials; Ostmark Holding N.V. will open a centre in Korea.', 'Ostmark Holding N.V. → NL'],
    ['KEPCO signed a deal with Atomvelt JSC of Russia on turbines in Egypt.', 'Atomvelt JSC → RU'],
    // letters only some languages write: the one of their countries the release names, else the only one
    ['Korea and the Czech Republic signed four MOUs. Velmar Škvorec Power and KHNP signed one of them.', 'Velmar Škvorec Power → CZ'],
    ['KHNP toured the plant of Velmařice Power on Friday.', 'Velmařice Power → CZ'],
    ['Minister Park met Spanish officials, and Velmarés Ibérica Energy presented its plan.', 'Velmarés Ibérica Energy → ES'],
    // an appositive right after the name
    ['Tervalo Logistics, a Japanese logistics consulting firm, also shared its cases.', 'Tervalo Logistics → JP'],
    ['Orvantis Chemical signed an MOU with Quenlo Industries Holdings Inc., a U.S. ammonia producer.', 'Quenlo Industries Holdings Inc. → US'],
    // `of` a country right after the name
    ['The consortium includes Orvantis Electronics and Tarvik Power of the United States.', 'Tarvik Power → US'],
    // a country word inside an earlier item's name gives way to the one heading the list
    ['They met major Japanese logistics companies such as Nippon Tervalo, Minaka Shipping and Sorelia Port.', 'Minaka Shipping → JP'],
    // a demonym before the verb that introduces the list, and a country's name modifying a noun for bodies
    ['Korean participants included Orvantis Electronics, while British participants included Tarvik Energy and Quenlo Partners.', 'Quenlo Partners → GB'],
    ['UAE institutions such as Velmar Investment Company are reviewing projects.', 'Velmar Investment Company → AE'],
    // a signing partner of a release about one foreign country, though a list named it first
    [
      'Minister Park visited the Czech Republic. The body will include the heads of VDX II and Korea Velmar Power (KVP). KVP signed the contract for two units with VDX II in June.',
      'VDX II → CZ',
    ],
    // a list of companies that `other <demonym> exporters` closes, however long its rates run
    ['The rates are 27.91 percent for Dorvang Iron & Steel, 29.62 percent for Linqiao Steel, and 38.02 percent for Tarnhu Valley Iron and Steel, with 31.69 percent for other Chinese exporters.', 'Dorvang Iron & Steel → CN'],
    // a partner paired with a body the text ties to home, in a release about one foreign country
    ['Korea and Norway held talks. The Korea Velgas Corporation (KVGC) and Ostragaz signed an MOU on supply.', 'Ostragaz → NO'],
    ['Korea and Norway held talks. It builds on cooperation between Korea Velm Power (KVP) and Tarvik Energy.', 'Tarvik Energy → NO'],
    // `its` before a government body stands for the last country named before it in the sentence
    ['Korea and Peru agreed that the Peruvian government will place staff in its Ministry of Production.', 'Ministry of Production → PE'],
    ['Officials met Japan’s Ministry of Finance on Friday and its Ministry of Industry and Trade on Monday.', 'Ministry of Industry and Trade → JP'],
    // a possessive scopes over a list of bodies with no second determiner; a body sits under a named one
    ['The committee involves Mexico’s Secretariat of Energy (SENER) and Secretariat of Economy.', 'Secretariat of Economy → MX'],
    ['Aiko Tanaka of Japan’s Agency for Natural Resources and Energy under the Ministry of Economy, Trade and Industry (METI) spoke.', 'Ministry of Economy, Trade and Industry → JP'],
    // a country's name heading a noun phrase that ends in a noun for a company
    ['The petition had been filed by U.S. appliance maker Orvantis Corporation.', 'Orvantis Corporation → US'],
    // a state's company named with no country word: the release's foreign partner's
    ['Korea and Turkmenistan signed eight agreements. The state gas company Velmgaz will work with Orvantis Engineering.', 'Velmgaz → TM'],
    // a legislature named by its own name, or by a generic name after a country's possessive
    ['President Park addressed the State Duma on June 21.', 'State Duma → RU'],
    ['The pact was approved by Colombia’s Congress in June.', 'Congress → CO'],
    ['Arch Velmo, a member of Australia’s House of Representatives, spoke.', 'House of Representatives → AU'],
    // a bracketed acronym and lower-case state words inside the list
    ['They joined Chilean companies Velmar Minera (VM) and the national mining company Andoria.', 'Andoria → CL'],
    // `of` a country after a state body and its bracketed acronym
    ['Orvantis Electronics signed an MOU with the Public Velmar Fund (PVF) of Saudi Arabia on hydrogen.', 'Public Velmar Fund → SA'],
    // a department named bare in a release about a government of departments
    ['Korea and the United States held talks in Washington. Minister Park also met officials of the Department of Energy.', 'Department of Energy → US'],
  ])('%s', (body, expected) => {
    expect(countriesOf(body)).toContain(expected);
  });

  it.each([
    // a country word that is the object of a verb or a place does not qualify the company after it
    ['Korean exporters met officials in Japan and Orvantis Electronics presented its plan.', 'Orvantis Electronics → KR'],
    // a country after lower-case words (the object of a verb) closes no list
    ['Orvantis Electronics imported parts from Japan.', 'Orvantis Electronics → KR'],
    ['Orvantis Electronics and its suppliers from Japan attended.', 'Orvantis Electronics → KR'],
    // `of` a country ties it to the name right before it, not to the list before that
    ['The consortium includes Orvantis Electronics and Tarvik Power of the United States.', 'Orvantis Electronics → KR'],
    // a possessive appositive whose noun goes on to name another company
    ['KOGAS met Tarvik Gas, Japan’s utility company Ostragaz and others.', 'Tarvik Gas → KR'],
    // an appositive that does not open with the country names another thing
    ['Orvantis Electronics, a partner of Japanese firms, attended.', 'Orvantis Electronics → KR'],
    // a plain country name then a function word qualifies no company
    ['Korean exporters shipped to Japan and maker Orvantis Electronics grew.', 'Orvantis Electronics → KR'],
    // `its` standing for a company or a list with a determiner leaves a home body home's
    ['The Ministry of Trade, Industry and Energy and the Ministry of Foreign Affairs met Japan’s delegation.', 'Ministry of Foreign Affairs → KR'],
    ['Japan’s Ministry of Finance and the Ministry of Economy and Finance held talks.', 'Ministry of Economy and Finance → KR'],
    // members of one side: a consortium of home and another body, or co-signers with a partner after `with`
    ['Korea and Norway held talks. A consortium of Korea Velm Power (KVP) and Tarvik Energy signed the deal.', 'Tarvik Energy → KR'],
    ['Korea and Norway held talks. Korea Velm Power (KVP) and Tarvik Energy signed an MOU with Ostragaz.', 'Tarvik Energy → KR'],
    // …or others named as rivals
    ['Linqiao Steel competes with other Chinese exporters.', 'Linqiao Steel → KR'],
    // …or a pair that was chosen, or belongs to one consortium
    ['Korea and Norway held talks on a plant for which Korea Velm Power (KVP) and Tarvik Energy have been selected.', 'Tarvik Energy → KR'],
    ['Korea and Norway held talks. Tarvik Energy and Korea Velm Power (KVP) are members of the consortium.', 'Tarvik Energy → KR'],
    // a legal form of several countries' law, none of them named, says no country, not the home one
    ['KEPCO signed a contract with Ostmark GmbH on turbines.', 'Ostmark GmbH → -'],
    // accents many languages write, none of whose countries the release names, say nothing
    ['KEPCO signed a contract with Velmarés Energy on turbines.', 'Velmarés Energy → KR'],
    // a city in an international body's name says nothing; a capital that also names places elsewhere (Guyana's) is no cue
    ['Officials of the Shanghai Cooperation Organisation met.', 'Shanghai Cooperation Organisation → -'],
    ['Researchers of Georgetown University attended.', 'Georgetown University → KR'],
    // …nor the country of the person who heads it
    ['Chinese Finance Minister Bo Lin and Chinese diplomat Ma Ren, Secretary-General of the Multilateral Provisional Secretariat, attended.', 'Multilateral Provisional Secretariat → -'],
    // an international body takes no home country
    ['The World Trade Organization (WTO) published its outlook.', 'World Trade Organization → -'],
    // a department in a release about a government of ministries is no foreign government's
    ['Korea and Japan held talks in Tokyo. The Department of Trade Policy briefed them.', 'Department of Trade Policy → KR'],
    // a state body is closed by `of` a country, not by a list's `from`
    ['Officials of the Velmar Tariff Commission from the United States attended.', 'Velmar Tariff Commission → KR'],
  ])('must not: %s', (body, expected) => {
    expect(countriesOf(body)).toContain(expected);
  });

  it('breaks a tie for the partner country with the headline: a partner paired with a home body is that country\'s', () => {
    const body = 'Minister Park met the Norwegian minister. Tarvik Energy and Korea Velm Power (KVP) reviewed a pipeline via North Korea.';
    const named = (title: string): string[] =>
      extract({ ...doc(body), title }, { homeCountry: 'KR' })
        .entities.filter((e): e is LocalOrganization => e.label === 'Organization')
        .map((o) => `${o.name} → ${o.country ?? '-'}`);
    expect(named('Korea and Norway Discuss Energy')).toContain('Tarvik Energy → NO');
    // a headline that names neither tied country breaks no tie
    expect(named('Energy Talks Held')).toContain('Tarvik Energy → KR');
  });

  it('reads a country\'s possessive before a body\'s name in the headline', () => {
    const body = 'The Korea National Oil Corporation (KNOC) secured 64 percent of the shares of Tarvik Petroleum, an oil company listed in London.';
    const named = (title: string): string[] =>
      extract({ ...doc(body), title }, { homeCountry: 'KR' })
        .entities.filter((e): e is LocalOrganization => e.label === 'Organization')
        .map((o) => `${o.name} → ${o.country ?? '-'}`);
    expect(named("KNOC Secures Majority Stake in UK's Tarvik Petroleum")).toContain('Tarvik Petroleum → GB');
    // a possessive before another name, or a longer name that only starts with the body's, says nothing of it
    expect(named("KNOC Secures Stake as UK's Regulator Approves Tarvik Petroleum Deal")).toContain('Tarvik Petroleum → KR');
    expect(named("KNOC Buys UK's Tarvik Petroleumworks Stake")).toContain('Tarvik Petroleum → KR');
  });

  it('leaves a body without a cue countryless when the home country is not set and the text names none', () => {
    expect(countriesOf('The Orvantis Electronics plant opened.', null)).toContain('Orvantis Electronics → -');
  });
});

import { describe, expect, it } from 'vitest';
import { analyse } from '../../../../src/extract/nlp/index.js';
import { findAgreements } from '../../../../src/extract/passes/agreements.js';
import { findCountryMentions } from '../../../../src/extract/passes/countries.js';

const agreements = (body: string) => {
  const text = analyse(body);
  // The releases are Korea's: the home country every pass is given.
  return findAgreements(text, findCountryMentions(text), 'KR');
};

describe('findAgreements', () => {
  it.each([
    [
      'Minister Kim signed the Korea–UAE Comprehensive Economic Partnership Agreement (CEPA) in Seoul.',
      { name: 'Korea–UAE Comprehensive Economic Partnership Agreement', kind: 'CEPA', status: 'signed', parties: ['AE', 'KR'] },
    ],
    [
      // A doubled acronym is a slip of the release: one FTA, named once.
      'Both sides sought an early conclusion of the Korea–Norway FTA FTA amendment negotiations.',
      { name: 'Korea–Norway FTA', kind: 'FTA', parties: ['KR', 'NO'] },
    ],
    [
      'Korea and Japan will discuss the Korea-Japan EPA next year.',
      { name: 'Korea-Japan EPA', kind: 'EPA', parties: ['JP', 'KR'] },
    ],
    [
      'The first round of negotiations for a Comprehensive Economic Partnership Agreement (CEPA) between Korea and Serbia was held in Seoul.',
      { name: 'Korea–Serbia Comprehensive Economic Partnership Agreement', kind: 'CEPA', status: 'negotiating', parties: ['KR', 'RS'] },
    ],
    ['Korea signed its first FTA with Chile in 2004. Korea has since expanded its FTA network.', { name: 'Korea–Chile FTA', kind: 'FTA', parties: ['CL', 'KR'] }],
    [
      'The two sides signed the Memorandum of Understanding (MOU) on Strengthening Service Trade Cooperation.',
      { name: 'Memorandum of Understanding on Strengthening Service Trade Cooperation', kind: 'MOU', status: 'signed' },
    ],
    ['The two companies signed the MOU on Nuclear New Technologies, AI, and Global Market Cooperation.', { name: 'MOU on Nuclear New Technologies, AI, and Global Market Cooperation', kind: 'MOU' }],
    [
      'The Korean agency signed a Memorandum of Understanding (MOU) on September 30 with the Uzbek agency.',
      { name: 'Korea–Uzbekistan MOU', kind: 'MOU', status: 'signed', parties: ['KR', 'UZ'] },
    ],
    ['The council signed the Strategic AI Cooperation Framework, agreeing to deepen cooperation.', { name: 'Strategic AI Cooperation Framework', kind: 'framework' }],
    ['The two associations also issued a joint statement committing to promote exchanges.', { kind: 'joint_statement' }],
    ['The Korea–China FTA entered into force in 2015.', { name: 'Korea–China FTA', status: 'in_force' }],
    ['The members back the Investment Facilitation for Development (IFD) Agreement.', { aliases: ['IFD Agreement'] }],
    [
      'The two ministers signed a Memorandum of Understanding on the Establishment of a Korea-Chile Lithium Research Center.',
      { name: 'Memorandum of Understanding on the Establishment of a Korea-Chile Lithium Research Center', kind: 'MOU' },
    ],
    [
      'Korea applied to join the Comprehensive Agreement for Pacific Digital Trade (CAPDT) last year.',
      { name: 'Comprehensive Agreement for Pacific Digital Trade', aliases: ['CAPDT'] },
    ],
    ['Ministers launched the Atlantic Economic Framework for Resilience on May 3.', { name: 'Atlantic Economic Framework for Resilience', kind: 'framework' }],
    [
      'The 3rd round of negotiations for a Korea-Mexico-Chile free trade agreement (FTA) took place in Lima.',
      { name: 'Korea-Mexico-Chile FTA', kind: 'FTA', parties: ['CL', 'KR', 'MX'], aliases: ['Korea-Mexico-Chile free trade agreement'] },
    ],
    ['Hanbit Steel signed an MOU with the Oman Investment Authority (OIA) on green steel and hydrogen, expanding ties.', { name: 'MOU on green steel and hydrogen', kind: 'MOU' }],
    [
      'The institute signed a memorandum of understanding with Brazil’s Institute of Applied Economics on joint research into trade policy at a hotel in Seoul.',
      { name: 'MOU on joint research into trade policy' },
    ],
    ['Minister Kim and the Omani minister signed a Korea-Oman Hydrogen Cooperation MOU.', { name: 'Korea-Oman Hydrogen Cooperation MOU', parties: ['KR', 'OM'] }],
    // a joint statement named by its topic, up to the word that starts another clause
    [
      'The two ministers signed a joint declaration on the conclusion of the negotiations to upgrade the Alpha Agreement.',
      { name: 'joint declaration on the conclusion of the negotiations', aliases: ['joint declaration'] },
    ],
    // written out, the name stays as written, with the `MOU on` form beside it
    [
      'The two ministers signed a memorandum of understanding on energy cooperation in Busan.',
      { name: 'memorandum of understanding on energy cooperation', aliases: ['MOU on energy cooperation'], kind: 'MOU' },
    ],
    [
      'The ministers signed the MOU on the Operation of the Korea–Chile Free Trade Agreement (FTA) Joint Committee.',
      { name: 'MOU on the Operation of the Korea–Chile Free Trade Agreement (FTA) Joint Committee', kind: 'MOU' },
    ],
    // a side of two words, or a trade bloc, in a compound with the kind spelled out
    [
      'The two leaders agreed to resume negotiations on a Korea-New Zealand free trade agreement, which began in 2009.',
      { name: 'Korea-New Zealand FTA', aliases: ['Korea-New Zealand free trade agreement'], kind: 'FTA', parties: ['KR', 'NZ'] },
    ],
    ['Negotiators met in Riyadh to settle differences over the Korea-GCC free trade agreement.', { name: 'Korea-GCC FTA', kind: 'FTA', parties: ['KR'] }],
    // an acronym of its own before the kind, and in brackets after the written-out name
    ['The two sides held a special session of the ALBEX FTA Joint Committee in Seoul.', { name: 'ALBEX FTA', kind: 'FTA', status: 'in_force' }],
    ['The Korea-Alphania Free Trade Agreement (ALBEX FTA) entered into force on March 15.', { name: 'Korea-Alphania Free Trade Agreement', aliases: ['ALBEX FTA', 'Korea-Alphania FTA'] }],
    // a trade agreement named in passing, with no word of its stage, stands in force; an MOU stays mentioned
    ['Exports of cars grew fastest to partners of the Alpha–Beta FTA.', { name: 'Alpha–Beta FTA', status: 'in_force' }],
    ['Exports of cars grew fastest to partners of the Alpha–Beta MOU.', { name: 'Alpha–Beta MOU', status: 'mentioned' }],
    // talks concluded: the agreement is still being negotiated; an agreement concluded is signed
    ['The members of the Alpha–Beta FTA concluded text-based negotiations earlier this month.', { name: 'Alpha–Beta FTA', status: 'negotiating' }],
    ['Officials said the Alpha–Beta FTA was concluded in Lima.', { name: 'Alpha–Beta FTA', status: 'signed' }],
    // a partnership is an agreement's name with its acronym; a head after it still ends the name
    ['Korea expressed interest in the Alpha-Pacific Partnership (APP), concluded by twelve countries.', { name: 'Alpha-Pacific Partnership', aliases: ['APP'], kind: 'FTA' }],
    ['Korea and Singapore signed the Korea-Singapore Digital Partnership Agreement (KSDX).', { name: 'Korea-Singapore Digital Partnership Agreement', kind: 'other' }],
    // a list of agreements said to be `all in force`, beside one signed and awaiting ratification
    [
      'Betania would be the newest partner after the Alpha–Gamma FTA and the Alpha–Delta FTA, all in force, while the Alpha–Epsilon FTA signed last year awaits ratification.',
      { name: 'Alpha–Gamma FTA', status: 'in_force' },
    ],
    // a signing of several documents watched: each MOU named among them is signed
    [
      'The two leaders witnessed the signing of seven MOUs in areas including health, among them an MOU on cooperation in electric power.',
      { name: 'MOU on cooperation in electric power', status: 'signed' },
    ],
    // after a compound of parties, a lower-case trade agreement is their FTA
    ['The ministers agreed to launch negotiations on a Korea-SACU trade agreement.', { name: 'Korea-SACU FTA', aliases: ['Korea-SACU trade agreement'], kind: 'FTA' }],
  ])('reads the agreement in %j', (body, expected) => {
    expect(agreements(body)[0]).toMatchObject(expected);
  });

  it.each([
    [
      'after the place and day',
      'Minister Han Ji-su and Secretary General Omar Haddad signed a joint statement in Seoul on Thursday, December 28, declaring the conclusion of negotiations on the Alpha–Beta FTA.',
      'joint statement declaring the conclusion of negotiations on the Alpha–Beta FTA',
    ],
    [
      'after the other signatory and the day',
      'Minister Han Ji-su signed a joint statement with Omar Haddad, Minister of Trade of Beta, on November 25 declaring the conclusion of the Alpha–Beta CEPA negotiations.',
      'joint statement declaring the conclusion of the Alpha–Beta CEPA negotiations',
    ],
    ['after a word before the noun', 'The two governments adopted a ten-point joint statement on deepening cooperation in energy and aerospace.', 'joint statement on deepening cooperation in energy and aerospace'],
    ['up to the next clause', 'Minister Han Ji-su signed a joint statement in Lima on May 2 launching negotiations on a trade agreement, and agreed to meet again.', 'joint statement launching negotiations on a trade agreement'],
  ])('names a joint statement by its purpose %s', (_case, body, name) => {
    expect(agreements(body).map((a) => a.name)).toContain(name);
  });

  it.each([
    ['with its kind words', 'In the presence of the two ministers, Alder Power signed a turbine supply contract with Birch Energy.', 'turbine supply contract'],
    [
      'by its purpose after the other party',
      'Alder Nuclear signed the final contract with Birch Utility, a subsidiary of the state-owned Cedar Group, to build two new reactors at the Ostrava site on June 4.',
      'contract to build two new reactors at the Ostrava site',
    ],
    ['by what it is for, not the party and day after', 'Alder Nuclear signed the contract for two AX900 units with Birch Utility in June 2025.', 'contract for two AX900 units'],
    ['a letter of intent by its purpose', 'The two utilities signed a letter of intent to develop a plan for the new plant, officials said.', 'letter of intent to develop a plan for the new plant'],
  ])('finds a signed document known by its lower-case kind, named %s', (_case, body, name) => {
    expect(agreements(body).map((a) => a.name)).toContain(name);
  });

  it.each([
    ['a contract only talked of', 'The two sides will keep in close communication until the final contract is signed.'],
    ['a contract of the past', 'The Supreme Court ruled that the public interest in the contract should take precedence.'],
  ])('finds no signed document in %s', (_case, body) => {
    expect(agreements(body).filter((a) => /contract/.test(a.name))).toEqual([]);
  });

  it('reads an MOU named after a batch signing as one of the batch, signed', () => {
    const body = 'The two ministers signed three memorandums of understanding in Seoul on December 5. The MOU on electric power cooperation covers wind power.';
    expect(agreements(body).find((a) => a.name.startsWith('MOU on electric power'))?.status).toBe('signed');
  });

  it('reads the documents whose exchange the leaders witnessed as signed', () => {
    const body = 'The two leaders witnessed the exchange of 12 agreements and MOUs, including a memorandum of understanding on forestry cooperation.';
    expect(agreements(body).find((a) => a.kind === 'MOU')?.status).toBe('signed');
  });

  it('leaves documents merely exchanged of views on, with no count of documents, as read', () => {
    const body = 'The two ministers witnessed the exchange of views on the MOU on forestry cooperation.';
    expect(agreements(body).find((a) => a.kind === 'MOU')?.status).toBe('mentioned');
  });

  it('leaves an MOU merely named, with no batch signed, mentioned', () => {
    const body = 'The two ministers met in Seoul on December 5. The MOU on electric power cooperation covers wind power.';
    expect(agreements(body).find((a) => a.name.startsWith('MOU on electric power'))?.status).toBe('mentioned');
  });

  it('reads `under the X` as the stage of X alone, not of the other documents of its sentence', () => {
    const found = agreements('The documents include an MOU on space cooperation and an MOU on the committee under the Korea–UAE CEPA.');
    expect(found.find((a) => a.name === 'MOU on space cooperation')?.status).toBe('mentioned');
    expect(found.find((a) => a.kind === 'CEPA')?.status).toBe('in_force');
  });

  it('names several MOUs signed together by their whole list of topics', () => {
    const body = 'Ministers of both countries who attended the talks signed memoranda of understanding on cooperation in fisheries, tourism and the environment.';
    expect(agreements(body).map((a) => a.name)).toEqual(['memoranda of understanding on cooperation in fisheries, tourism and the environment']);
  });

  it('ends one MOU’s topic at its comma', () => {
    const body = 'The agencies signed an MOU on port logistics, and the ministers agreed to meet again.';
    expect(agreements(body).map((a) => a.name)).toEqual(['MOU on port logistics']);
  });

  it('keeps a bare joint statement when no topic follows', () => {
    expect(agreements('The two ministers adopted a joint statement, welcoming the progress.').map((a) => a.name)).toEqual(['joint statement']);
  });

  it.each([
    'After the talks the two leaders issued a joint statement and adopted an action plan.',
    'In a joint statement, the three ministers reaffirmed their support for open trade.',
    'In a joint statement issued after the talks, the two leaders said they would meet again.',
  ])('reads no agreement in a bare joint statement only reported: %s', (body) => {
    expect(agreements(body).filter((a) => a.kind === 'joint_statement')).toEqual([]);
  });

  it.each([
    ['signed by its authors', 'In a joint statement signed by the two ministers, the sides pledged closer ties.'],
    ['known by what it commits them to', 'The two associations issued a joint statement committing to promote exchanges.'],
    ['named by its topic', 'In a joint statement on supply chain resilience, the two leaders agreed to deepen ties.'],
  ])('keeps a reported joint statement %s', (_case, body) => {
    expect(agreements(body).filter((a) => a.kind === 'joint_statement')).toHaveLength(1);
  });

  it.each([
    ['Traditional FTAs focused largely on market opening.'],
    ['The ministry announced the Modular Trade Agreement Initiative.'],
    ['Recipients will sign project agreements with the agency.'],
    ['The agreements reached at the summit were reviewed.'],
    ['Regulatory frameworks will be improved.'],
    ['Kim, Director-General for FTA Policy, attended.'],
    // a country's acronym before the kind is no agreement's own name
    ['Exporters asked about the UAE CEPA rules.'],
    ['The two leaders raised their ties to a Special Strategic Partnership.'],
    // a tally of a network of FTAs, not agreements the release tells of
    ['Korea now has FTAs in force with Chile, Singapore, Peru, India and the EU.'],
  ])('finds no agreement in %j', (body) => {
    expect(agreements(body)).toEqual([]);
  });

  it('merges the written-out name, the compound acronym and a bare acronym into one agreement', () => {
    const found = agreements(
      'They signed the Korea–UAE Comprehensive Economic Partnership Agreement (CEPA) in 2024. The Korea–UAE CEPA awaits ratification. The committee starts once CEPA takes effect.',
    );
    expect(found).toHaveLength(1);
    expect(found[0]?.aliases).toEqual(expect.arrayContaining(['Korea–UAE CEPA', 'CEPA']));
    expect(found[0]?.mentions).toHaveLength(3);
  });

  it.each([
    ['Korea signed two MOUs with the UAE. The first, the MOU on Nuclear Fuel Cooperation, was signed by KEPCO.', ['MOU on Nuclear Fuel Cooperation']],
    [
      'Members discussed the Regional Comprehensive Economic Partnership (RCEP). The trilateral FTA would go further.',
      ['Regional Comprehensive Economic Partnership'],
    ],
    [
      'Korea joined the Comprehensive and Progressive Agreement for Trans-Pacific Partnership (CPTPP). The CPTPP has 12 members.',
      ['Comprehensive and Progressive Agreement for Trans-Pacific Partnership'],
    ],
    [
      // A head that leads its own name: `the Agreement on` a capitalised topic.
      'The conference closed with the adoption of the Agreement on Fisheries Subsidies, the first of its kind.',
      ['Agreement on Fisheries Subsidies'],
    ],
    ['The ministers reached an Agreement on Tuesday after long talks.', []],
    ['The two sides welcomed the Agreement on the matter.', []],
  ])('names each agreement once, with no stray acronym or count, in %j', (body, names) => {
    const found = agreements(body);
    expect(found.map((a) => a.name)).toEqual(names);
    expect(found.flatMap((a) => a.aliases)).not.toContain('FTA');
  });

  it.each([
    ['The agency signed an MOU with the port authority on Monday.'],
    ['The agency signed an MOU with the port authority, and the two agreed on closer ties.'],
    ['The agency signed an MOU with the authority on the 20th anniversary of ties.'],
  ])('reads no lower-case topic from a date or another clause in %j', (body) => {
    expect(agreements(body).map((a) => a.name)).not.toContainEqual(expect.stringMatching(/^MOU on /));
  });

  it.each([
    // the acronym defined earlier, alone with its own verb, states the status
    [
      'A hearing was held on joining the Pacific Digital Economy Agreement (PDEA) in Seoul. The PDEA, which entered into force in 2019, has 9 members.',
      'in_force',
    ],
    // a sentence cue about something else does not reach a recurring acronym
    ['A hearing was held on joining the Pacific Digital Economy Agreement (PDEA) in Seoul. Korea signed a loan deal, and experts discussed PDEA.', 'mentioned'],
  ])('reads a recurring defined acronym by its own words only, in %j', (body, status) => {
    const found = agreements(body).find((a) => a.name === 'Pacific Digital Economy Agreement');
    expect(found?.status).toBe(status);
    // its sentence's countries never become parties: only the sentence that named it in full is a mention
    expect(found?.mentions).toHaveLength(1);
  });

  it('reads each partner of FTAs with two partners, a partner of two words among them', () => {
    const found = agreements('The National Assembly approved the agreement, together with the FTAs with New Zealand and Vietnam.');
    expect(found.map((a) => a.name)).toEqual(['Korea–New Zealand FTA', 'Korea–Vietnam FTA']);
  });

  it('reads an MOU reported without a name as the one MOU the release names by its topic', () => {
    const found = agreements('Alder Mining signed an MOU with Chile’s Birch Corp in Seoul. Under the MOU on lithium refining, the two will share data.');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ name: 'MOU on lithium refining', kind: 'MOU', status: 'signed', parties: ['CL', 'KR'] });
    expect(found[0]!.aliases).toEqual(expect.arrayContaining(['Korea–Chile MOU', 'memorandum of understanding on lithium refining']));
  });

  it('reads a bare joint statement as the one joint statement the release names by its purpose', () => {
    const found = agreements(
      'The two ministers signed a joint statement in Seoul on Monday declaring the conclusion of the Alpha–Beta FTA negotiations. In the joint statement, the two ministers noted the progress.',
    );
    expect(found.filter((a) => a.kind === 'joint_statement').map((a) => a.name)).toEqual(['joint statement declaring the conclusion of the Alpha–Beta FTA negotiations']);
  });

  it('keeps an MOU reported without a name apart when the release names two MOUs by topic', () => {
    const found = agreements('Alder Mining signed an MOU with Chile’s Birch Corp. The MOU on lithium refining and the MOU on port logistics were also signed.');
    expect(found.map((a) => a.name)).toEqual(['Korea–Chile MOU', 'MOU on lithium refining', 'MOU on port logistics']);
  });

  it.each([
    ['Korea-SACU Free Trade Agreement', 'Korea-SACU FTA'],
    ['Korea-Southern Alpha Union (SAU) Free Trade Agreement', 'Korea-SAU FTA'],
  ])('reads the written-out %s and its compound acronym as one agreement', (written, short) => {
    const found = agreements(`The ministers concluded negotiations on the ${written}. The ${short} will cut tariffs on cars.`);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ name: written });
    expect(found[0]!.aliases).toContain(short);
  });

  it('keeps two MOUs signed with different countries apart', () => {
    const found = agreements('Korea signed MOUs with standardization bodies in Canada and Italy.');
    expect(found.map((a) => a.name)).toEqual(['Korea–Canada MOU', 'Korea–Italy MOU']);
  });
});

describe('findAgreements: MOUs signed between bodies', () => {
  it('names an MOU the release gives no name by the bodies that signed it', () => {
    const [mou] = agreements('Zentral Hydro Power Corp (ZHP) signed a memorandum of understanding on May 3 with Gridwell Corporation in Lima.');
    expect(mou).toMatchObject({ name: 'ZHP–Gridwell Corporation MOU', kind: 'MOU', status: 'signed' });
    expect(mou!.aliases).toContain('Zentral Hydro Power Corp–Gridwell Corporation memorandum of understanding');
  });

  it('keeps the topic name of an MOU between bodies and adds their names', () => {
    const [mou] = agreements('ZHP signed an MOU on grid maintenance with Gridwell Corporation in Lima.');
    expect(mou).toMatchObject({ name: 'MOU on grid maintenance' });
    expect(mou!.aliases).toEqual(expect.arrayContaining(['ZHP–Gridwell Corporation MOU', 'ZHP–Gridwell Corporation MOU on grid maintenance']));
  });

  it('leaves an MOU between people to its countries', () => {
    const [mou] = agreements('Minister Kim signed an MOU with Chilean Minister Rosa Diaz in Santiago.');
    expect(mou).toMatchObject({ name: 'Korea–Chile MOU' });
  });
});

import { describe, expect, it } from 'vitest';
import { extract } from '../../../../src/extract/index.js';
import type { Document, LocalAgreement } from '../../../../src/domain/index.js';

const doc = (body: string): Document => ({ id: 'doc_t', title: 'T', body, date: '2024-05-02', category: null, url: null, sources: [] });

/** `name → parties` of every agreement extraction finds in the text. */
function partiesOf(body: string): string[] {
  return extract(doc(body))
    .entities.filter((e): e is LocalAgreement => e.label === 'Agreement')
    .map((a) => `${a.name} → ${a.parties.join(',') || '-'}`);
}

describe('the parties of an agreement', () => {
  it.each([
    // the name says them
    ['Korea and Norway reviewed the Korea–Norway FTA on Monday.', 'Korea–Norway FTA → KR,NO'],
    // an MOU with no foreign side named is with the partner the release names most; a language area names none
    [
      'Korea and Chile held a summit in Santiago after visits to Peru. Chile is Korea’s oldest FTA partner. They witnessed the signing of an MOU on youth exchanges, the first with a Spanish-speaking country.',
      'MOU on youth exchanges → CL,KR',
    ],
    // the signatories' countries
    [
      'Vice Minister Park Sun-ho met Polish Secretary of State Tomasz Kowalczyk in Warsaw, and the two signed a Memorandum of Understanding on Cooperation in Grid Equipment.',
      'Memorandum of Understanding on Cooperation in Grid Equipment → KR,PL',
    ],
    // the countries of a signer's itinerary are places, not sides: the partner the release names most
    [
      'Korea and Kenya held a summit in Nairobi. Kenya is the largest economy in East Africa. Minister Joo, who accompanied the President on her visit to Ethiopia, Uganda and Kenya, signed the MOU on cooperation in electric power with the Kenyan Cabinet Secretary.',
      'MOU on cooperation in electric power → KE,KR',
    ],
    // a document a forum adopted, with no country beside it, is the home country's when the release speaks for it
    [
      'Korea hosted the Third Alpha–Beta Forum in Seoul with ministers from twenty countries. The forum adopted the Gammaville Declaration 2012.',
      'Gammaville Declaration 2012 → KR',
    ],
    // the countries named beside it
    ['Korea, Japan and Australia signed the Pacific Supply Chain Agreement on Tuesday.', 'Pacific Supply Chain Agreement → AU,JP,KR'],
    // a bilateral release gives an agreement named without parties both sides
    ['Korea and Turkey held the 5th joint committee. The two sides reviewed the Maritime Services Agreement signed last year.', 'Maritime Services Agreement → KR,TR'],
    // `the two countries` in a release naming others too: the foreign country it names most
    [
      'Korea and Malaysia agreed in Seoul to deepen ties. Both welcomed Malaysia’s growth despite U.S. tariffs. In a separate event, the two countries signed a memorandum of understanding on cooperation in carbon capture.',
      'memorandum of understanding on cooperation in carbon capture → KR,MY',
    ],
    // the same at the head of a sentence: `The two governments signed …`
    [
      'Korea and Malaysia agreed in Seoul to deepen ties. Malaysia’s exports to Brazil and Chile grew. The two governments signed a memorandum of understanding on cooperation in carbon capture.',
      'memorandum of understanding on cooperation in carbon capture → KR,MY',
    ],
    // so does a framework named without sides
    [
      "Korea and Turkey signed the Korea-Turkey Free Trade Agreement in Ankara. The two ministers also signed the Framework Agreement, which sets out the institutional provisions. Korea's exports to Turkey, its first FTA partner in Europe outside the EU and EFTA, reached USD 5 billion.",
      'Framework Agreement → KR,TR',
    ],
    // `a bilateral X` in a release naming others too: the foreign country it names most
    [
      'Korea and Malaysia met in Seoul. Malaysia’s exports to Brazil and Chile grew. The ministers discussed concluding a bilateral Digital Trade Promotion Framework (DTPF) as a new channel.',
      'Digital Trade Promotion Framework → KR,MY',
    ],
    // a joint statement naming only the other side by its demonym is the home country's too
    [
      'Korea and Georgia launched negotiations. Minister Ahn and Georgian Deputy Minister Beridze signed a joint statement on the launch of the negotiations.',
      'joint statement on the launch of the negotiations → GE,KR',
    ],
    // an MOU a home body signs with one foreign body, the home country never named, is the home country's too
    [
      'The Ministry of Knowledge Economy (MKE) signed a memorandum of understanding on green technology with Natural Resources Canada, whose representatives visited Seoul this month.',
      'memorandum of understanding on green technology → CA,KR',
    ],
    // a joint statement read with the home side alone (a company named after it) has the partner as its other side
    [
      'President Kim welcomed Peruvian President Ruiz in Seoul. In a joint statement adopted on Thursday, the two leaders noted that Korea Electric Power Corporation had built four plants.',
      'Korea–Peru joint statement → KR,PE',
    ],
    // a joint statement signed with counterparts of several countries is the home country's too
    [
      'Korea and three partners met in Seoul. Minister Kim and his counterparts from Norway, Sweden and Finland signed a joint statement launching the talks.',
      'joint statement launching the talks → FI,KR,NO,SE',
    ],
    // a region side stands for its countries named beside the name, not for one named elsewhere
    [
      'Minister Kim signed the Korea–Central America Digital MOU with ministers from Panama and Honduras. Guatemala may join later.',
      'Korea–Central America Digital MOU → HN,KR,PA',
    ],
    // a member to join later is no party, though the signing sentence names none
    [
      'Minister Kim signed the Korea–Central America FTA with ministers of five Central American countries in Seoul. Costa Rica, El Salvador, Honduras, Nicaragua and Panama will cut tariffs. Guatemala, which took part in the negotiations, will be able to join the agreement later.',
      'Korea–Central America FTA → CR,HN,KR,NI,PA,SV',
    ],
    // the sides counted outnumber the member named beside it: the members the release names
    [
      'The Korea–Central America FTA will be in force with all five partner countries from March 1, now that Panama has completed its procedures. It took effect for Honduras and Nicaragua in 2019, for Costa Rica in November 2019 and for El Salvador in 2020.',
      'Korea–Central America FTA → CR,HN,KR,NI,PA,SV',
    ],
    // a joint statement of an occasion of three countries is theirs, not the home's and the one named most
    [
      "Trade ministers of Korea, China and Japan met in Beijing on May 12. Minister for Trade Park Sun-ho met Japan's Minister of Economy, Trade and Industry Sato Kenji and China's Minister of Commerce Wang Lei at the Diaoyutai State Guesthouse. In a joint statement adopted there, the ministers said a trilateral FTA would boost trade.",
      'joint statement → CN,JP,KR',
    ],
    // an agreement among several takes the members the release lists after its acronym
    [
      'Korea took part in the ministerial meeting of the Indo-Pacific Economic Framework (IPEF) in Detroit with Singapore. The IPEF partners are the United States, Korea, Japan and Brunei.',
      'Indo-Pacific Economic Framework → BN,JP,KR,US',
    ],
    // a country named as the venue is no party; a trade agreement with one foreign side is the home country's
    [
      'President Han Ji-su and Indian Prime Minister Arun Mehta agreed on July 8 to quicken the pace of negotiations on a bilateral Comprehensive Economic Partnership Agreement (CEPA), meeting in Sapporo, Japan, where both were attending the G8 summit.',
      'Comprehensive Economic Partnership Agreement → IN,KR',
    ],
    // a bloc's members and the others, the bloc one side: the others listed are the parties
    [
      'The first round of negotiations on the Regional Comprehensive Economic Partnership (RCEP) ended in Brunei on May 13. Sixteen countries take part: the ten member states of ASEAN together with Korea, China, Japan, India, Australia and New Zealand.',
      'Regional Comprehensive Economic Partnership → AU,CN,IN,JP,KR,NZ',
    ],
    // or a list with no name, right after the sentence that names it
    [
      'Korea joined the launch of the Indo-Pacific Economic Framework (IPEF) in Tokyo with India. The founding members are the United States, Korea, Japan and Brunei.',
      'Indo-Pacific Economic Framework → BN,JP,KR,US',
    ],
    // an acronym name spells its two sides, whatever country the release is about
    ['Korea and Canada signed their FTA in Ottawa. It is Korea’s second with a North American country, after the KORUS FTA.', 'KORUS FTA → KR,US'],
    ['Korea and Peru reviewed the KORPE FTA.', 'KORPE FTA → KR,PE'],
  ])('%s', (body, expected) => {
    expect(partiesOf(body)).toContain(expected);
  });

  it.each([
    // an acronym two partners fit equally (`KOR` + `CHI`le, `KOR` + `CHI`na) spells no side of its own
    ['Korea and Canada signed their FTA in Ottawa. It follows the KORCHI FTA.', 'KORCHI FTA → CA,KR'],
    // a bloc in the name is a party: the sentence's other countries do not join
    ['Korea and Norway discussed the Korea–EFTA FTA in Oslo.', 'Korea–EFTA FTA → KR'],
    // a joint statement on a bloc's agreement keeps the bloc as its other side
    [
      'Minister Kim and Secretary General Nasser signed a joint statement declaring the conclusion of the Korea-GCC FTA negotiations. Saudi Arabia hosted the last round.',
      'joint statement declaring the conclusion of the Korea-GCC FTA negotiations → KR',
    ],
    // so does one named by its topic whose other name gives the bloc
    [
      "Trade Minister Park Jin-ho and Secretary General of the Gulf Cooperation Council Omar Nasser signed a joint statement in Riyadh, under which Korea and the GCC will resume negotiations on a free trade agreement. The signing took place during the President's visit to Saudi Arabia. Both sides aim to hold the first round of the resumed Korea-GCC FTA negotiations in 2022.",
      'joint statement on a free trade agreement → KR',
    ],
    // a bloc stays one party where the release names members without giving the bloc's make-up
    ['Korea and the GCC reviewed the Korea–GCC FTA. Ministers of Oman, Qatar and Kuwait attended.', 'Korea–GCC FTA → KR'],
    // a bloc side stays one party, whatever members the release lists
    [
      'The fifth round of negotiations on a trade agreement between Korea and the Southern Common Market (MERCOSUR) opened today in Montevideo. Korea and the four MERCOSUR members, Brazil, Argentina, Paraguay and Uruguay, launched the negotiations in 2018.',
      'Korea–MERCOSUR trade agreement → KR',
    ],
    // an MOU between two foreign bodies stays theirs
    ['Natural Resources Canada signed a memorandum of understanding on carbon capture with the Norwegian Petroleum Directorate in Oslo this month.', 'memorandum of understanding on carbon capture → CA,NO'],
    // a member list is no party list of an agreement whose name gives its sides
    ['Korea and Japan reviewed the Korea–Japan Digital Partnership Agreement. Its partners include the United States, Canada and Japan.', 'Korea–Japan Digital Partnership Agreement → JP,KR'],
  ])('must not: %s', (body, expected) => {
    expect(partiesOf(body)).toContain(expected);
  });

  it.each([
    // a trade agreement with a bloc whose make-up the release gives is the members'
    ['Korea and the GCC reviewed the Korea–GCC FTA. The GCC comprises Oman, Qatar and Kuwait.', 'Korea–GCC FTA → KR,KW,OM,QA'],
    ['Korea and the GCC concluded talks on the Korea–GCC FTA. The GCC, made up of Oman, Qatar and Kuwait, is a major partner.', 'Korea–GCC FTA → KR,KW,OM,QA'],
  ])('a bloc made up as the release says: %s', (body, expected) => {
    expect(partiesOf(body)).toContain(expected);
  });
});

describe('an agreement known by an acronym the release never spells out', () => {
  const names = (body: string): string[] =>
    extract(doc(body)).entities.filter((e): e is LocalAgreement => e.label === 'Agreement').map((a) => a.name);

  it.each([
    ['Korea will seek to join the PACER next year.'],
    ['The ministers agreed to conclude the PACER talks within the year.'],
    ['Exports grew under the Korea–EFTA FTA and the PACER.'],
    ['The two sides will cooperate under regional frameworks including APEC and PACER.'],
  ])('reads PACER as an agreement in %j', (body) => {
    expect(names(body)).toContain('PACER');
  });

  it.each([['Korea will host the APEC talks next year.'], ['Officials of KOTRA joined the PACER Summit.']])('must not: %j', (body) => {
    expect(names(body)).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { analyse } from '../../../../src/extract/nlp/index.js';
import { findCountryMentions, findPlaceMentions, tiedCountries } from '../../../../src/extract/passes/countries.js';

const codes = (text: string): string[] => findCountryMentions(analyse(text)).map((m) => m.code);

describe('findCountryMentions', () => {
  it.each([
    ['Minister Kim met the Deputy Prime Minister of Kazakhstan.', ['KZ']],
    ['Exports to the United States fell 4.0 percent.', ['US']],
    ['The Embassy of the Republic of Korea opened.', ['KR']],
    ['Slower shipments to the U.S. weighed on exports.', ['US']],
    ['The UAE and the UK issued a statement.', ['AE', 'GB']],
    ['The US and Japan agreed to talk again.', ['US', 'JP']],
    ['The Korea-US FTA awaits ratification.', ['KR', 'US']],
    ['He requested the Kazakh government’s support.', ['KZ']],
    ['An Emirati delegation visited the plant.', ['AE']],
    ['Korean companies invest abroad.', ['KR']],
    ['The Czech nuclear investigation was raised.', ['CZ']],
    ['Exports to the EU surged, and the European Union welcomed it.', ['EU', 'EU']],
    ['The assembly was held in Kigali, Rwanda.', ['RW']],
    ['Exports to China, including Hong Kong, rose.', ['CN', 'HK']],
    ['Trade with Türkiye and Turkey grew.', ['TR', 'TR']],
    ['North Korea and South Korea met.', ['KP', 'KR']],
    // the country's own name before its bracketed short form
    ['Aid to the Democratic Republic of the Congo (DRC) rose.', ['CD', 'CD']],
    ['The Jordanian minister arrived; Jordan is a partner.', ['JO', 'JO']],
    ['Georgia and Armenia signed the accord.', ['GE', 'AM']],
    // the side of a compound after a country, though a capitalised word follows
    ['They will negotiate a Korea-Georgia Investment Promotion Agreement.', ['KR', 'GE']],
    // the short name a country took (`Cabo Verde`, not the data's `Cape Verde`) and its demonym
    ['Minister Park visited Cabo Verde and met the Cabo Verdean prime minister.', ['CV', 'CV']],
    ['Officials of the Hellenic Velmar Commission took part.', ['GR']],
    // a demonym before a noun that is no language still names the state
    ['The Spanish government and Portuguese exporters met in Lisbon.', ['ES', 'PT']],
  ])('finds the countries named in %j', (text, expected) => {
    expect(codes(text)).toEqual(expected);
  });

  it.each([
    ['Let us work together.'],
    ['CONTACT US FOR DETAILS'],
    ['Prices are quoted in US$ terms.'],
    ['Two-way trade passed 10 billion US dollars last year.'],
    ['The bonds were issued in U.S. dollars.'],
    ['The event took place in May.'],
    ['Michael Jordan gave a speech.'],
    ['Chad Smith, CEO of the firm, attended.'],
    ['Hyundai built a plant in the state of Georgia.'],
    ['Georgia Power supplies the site.'],
    ['The Atlanta-Georgia Power line opened.'],
    ['The IT sector and IN-house teams grew.'],
    ['Exports to Latin America and Latin American markets rose.'],
    ['Exports to ASEAN and the Middle East rose.'],
    ['The china plates were on display.'],
    // a demonym that names a language, not its state
    ['It is the first such arrangement with a Spanish-speaking country.'],
    ['Translation into Portuguese and Spanish follows before the signing.'],
    ['The French text of the agreement was published.'],
    // a name holding a country form that names a region or a body, not the country
    ['Officials of the Inter-American Development Bank attended.'],
    ['LNG projects in British Columbia were discussed.'],
    ['It also takes part in the Missile Technology Control Regime and the Australia Group.'],
    // a body's acronym that is also a country's short form
    ['It joined the Development Research Center of the State Council (DRC) in the study.'],
  ])('finds no country in %j', (text) => {
    expect(codes(text)).toEqual([]);
  });

  it.each([
    ['the Korea–UAE CEPA', ['Korea', 'UAE']],
    ['the Korea-U.S. FTA', ['Korea', 'U.S.']],
    ['the Korea-Japan-China summit', ['Korea', 'Japan', 'China']],
  ])('marks each country in the dash compound %j as a compound', (text, names) => {
    const mentions = findCountryMentions(analyse(text));
    expect(mentions.map((m) => [m.text, m.form])).toEqual(names.map((n) => [n, 'compound']));
  });

  it.each([
    ['Kazakhstan', 'name'],
    ['UAE', 'short'],
    ['Kazakh', 'demonym'],
  ] as const)('labels %s as a %s', (form, kind) => {
    expect(findCountryMentions(analyse(`They discussed ${form} issues.`))[0]?.form).toBe(kind);
  });

  it('gives offsets into the text and the sentence holding each mention', () => {
    const text = 'Trade grew. Exports to Vietnam rose.';
    const [mention] = findCountryMentions(analyse(text));
    expect(mention).toMatchObject({ code: 'VN', sentenceIndex: 1 });
    expect(text.slice(mention!.start, mention!.end)).toBe('Vietnam');
  });
});

describe('findPlaceMentions', () => {
  const places = (text: string, bodies: { mentions: { text: string; start: number; end: number; sentenceIndex: number }[] }[] = []): [string, string][] =>
    findPlaceMentions(analyse(text), bodies).map((p) => [p.text, p.code]);

  it.each([
    ['The panel ruled in Geneva on September 7.', [['Geneva', 'CH']]],
    ['On Wednesday he moves to Geneva to meet the Director-General.', [['Geneva', 'CH']]],
    ['The framework was launched in Tokyo, with the President joining by video.', [['Tokyo', 'JP']]],
    ['The last round was held in Washington, D.C. in May.', [['Washington', 'US']]],
    ['The ministers announced the talks in Phnom Penh last November.', [['Phnom Penh', 'KH']]],
    ['The minister visited Ho Chi Minh City and Hanoi.', [['Ho Chi Minh City', 'VN']]],
    // an occasion of the past is held where the release is
    ['The second round was held in Hanoi on May 3.', [['Hanoi', 'VN']]],
  ] as const)('places %j in the country of its city', (text, expected) => {
    expect(places(text)).toEqual(expected);
  });

  it.each([
    ['He was quoted in the Washington Post.'],
    ['The minister met executives of Tokyo Electron.'],
    ['Victoria is a state; the office in Victoria opened.'],
    ['Lavinia Geneva spoke at the event.'],
    // the seat of the EU's institutions stands for them
    ['The two sides initialled the agreement in Brussels on October 15.'],
    // a diplomatic post's seat, and where a ruling's paper went round
    ['The request was delivered through the Korean mission in Geneva.'],
    ['The panel report was circulated to WTO members in Geneva on March 11.'],
    // the place of an occasion at another time than the release's
    ['The dates were fixed at preparatory talks in Vienna earlier this month.'],
    ['Both had attended the G20 meeting in Washington the week before.'],
    ['The members meet in Bangkok next month for another round.'],
    ['He attended the summit in Kuala Lumpur before arriving in Korea.'],
    // the place of an occasion still to come
    ['The third round will be held in Hanoi in January.'],
    ['The next meeting is scheduled to take place in Hanoi.'],
  ])('finds no place in %j', (text) => {
    expect(places(text)).toEqual([]);
  });

  it('leaves a city inside a body’s name to the body: `the Permanent Mission … in Geneva`', () => {
    const text = 'Officials of the Permanent Mission of Korea in Geneva attended.';
    const start = text.indexOf('Permanent');
    const mission = { text: 'Permanent Mission of Korea in Geneva', start, end: start + 36, sentenceIndex: 0 };
    expect(places(text, [{ mentions: [mission] }])).toEqual([]);
  });
});

describe('tiedCountries', () => {
  const at = (text: string, start: number) => ({ text, start, end: start + text.length, sentenceIndex: 0 });
  const named = (code: string) => ({ code, text: code, start: 0, end: 2, sentenceIndex: 0, form: 'name' as const });

  it('gives a country only a body, person, meeting or agreement is tied to, with the first tying span', () => {
    const tied = tiedCountries(
      [named('KZ')],
      [
        { codes: ['KR'], mentions: [at('Ministry of Harbours', 4), at('the ministry', 90)] },
        { codes: ['KR', 'KZ'], mentions: [at('Mira Tole', 40)] },
        { codes: ['ID'], mentions: [at('talks in Jakarta', 60)] },
      ],
    );
    expect(tied).toEqual([
      { code: 'KR', mention: at('Ministry of Harbours', 4) },
      { code: 'ID', mention: at('talks in Jakarta', 60) },
    ]);
  });

  it('adds nothing for a country the text names, an unknown country or a tie without a span', () => {
    expect(tiedCountries([named('KR')], [{ codes: ['KR', null], mentions: [at('Ministry of Harbours', 4)] }, { codes: ['JP'], mentions: [] }])).toEqual([]);
  });
});

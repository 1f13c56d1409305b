import { describe, expect, it } from 'vitest';
import { personsOf } from '../helpers.js';

const names = (body: string): string[] => personsOf(body).map((p) => p.name);

describe('findPersons', () => {
  it.each([
    ['Trade Minister Yeo Han-koo of the Ministry of Trade, Industry and Resources spoke.', 'Yeo Han-koo'],
    ['Kang Gam-chan, Director General for Trade and Investment, attended.', 'Kang Gam-chan'],
    ['He joined Kevin Engel, COO of Amkor Technology, for the ceremony.', 'Kevin Engel'],
    ['In the presence of President Lee Jae Myung’s delegation, they signed.', 'Lee Jae Myung'],
    ['MOTIR Minister Kim Jung-kwan and Thani bin Ahmed Al Zeyoudi, the UAE Minister of State for Foreign Trade, signed.', 'Thani bin Ahmed Al Zeyoudi'],
    ['Maroš Šefčovič, European Commissioner for Trade, arrived.', 'Maroš Šefčovič'],
    ['Moon Shin-hak met Crown Princess Victoria in Seoul.', 'Crown Princess Victoria'],
    ['Minister Kim Jung-kwan met Deputy Prime Minister Kanat Bozumbayev.', 'Kanat Bozumbayev'],
    ['Director General for Middle Market Enterprise Policy Choi Yeon-woo stated the aim.', 'Choi Yeon-woo'],
    ['Minister of Trade, Industry and Energy Sung Yun-mo visited the plant.', 'Sung Yun-mo'],
    ['Deputy Minister for Trade Negotiations Ahn Duk-geun held talks.', 'Ahn Duk-geun'],
    ['The ministry (MOTIR, Minister JK Kim) announced the data.', 'JK Kim'],
    ['Dato’ Mohd Zamruni bin Khalid, Ambassador of Malaysia to the Republic of Korea, spoke.', 'Dato’ Mohd Zamruni bin Khalid'],
    ['Kevin Engel said the plant would open in May.', 'Kevin Engel'],
    ['He met Japanese Minister of Economy, Trade and Industry Taro Yamada on Monday.', 'Taro Yamada'],
    ['She then met Canadian Minister for Trade and Export Promotion Mary Smith and agreed.', 'Mary Smith'],
    ['He also met Thai Minister of Commerce Jurin Laksanawisit and discussed tariffs.', 'Jurin Laksanawisit'],
    ['Qatari Energy Minister Prince Faisal bin Nasser Al Thani attended.', 'Faisal bin Nasser Al Thani'],
    // The Crown's representative in a Commonwealth realm: a title before the name.
    ['Earlier in the day, the President called on Governor-General Dana Holt in Auckland.', 'Dana Holt'],
    ['MOTIE Minister Park Minsoo and Omani Energy Minister Salim Al Aufi attended.', 'Park Minsoo'],
    ['He met Park Ji-won, Chairman of Doosan Group, and Kim Hyun-soo, President of Hanwha Group.', 'Kim Hyun-soo'],
    ['The German side was headed by Hanna van der Berg, Director-General for Trade Policy.', 'Hanna van der Berg'],
    ['The other side was led by Joao Pedro da Rocha e Melo, Secretary of Foreign Trade.', 'Joao Pedro da Rocha e Melo'],
    ['Chilean Minister of Finance Mario E. Marcel Cullell said it would help.', 'Mario E. Marcel Cullell'],
    ['Deputy Prime Minister Hyun Ji-ho met Australian Treasurer Joe Hale on the sidelines.', 'Joe Hale'],
    ['The luncheon was attended by Senate Minority Leader Moses Ogola.', 'Moses Ogola'],
    ['Lee Yu-jin and his Colombian counterpart Javier Ortiz confirmed each page of the text.', 'Javier Ortiz'],
    ['Minister Yoo and Truss’s predecessor Liam Hale had agreed on the deal in principle.', 'Liam Hale'],
    ['Chair Ann Palmer and Business Council board member John Denby discussed the G20.', 'John Denby'],
    ['Arch Bevan, a member of Australia’s House of Representatives, congratulated Korea.', 'Arch Bevan'],
    ['They met in the presence of President Jose P. Laurel Jr. on Friday.', 'Jose P. Laurel Jr.'],
    ['Earlier in the day, President Han called on Governor-General Tom Hale in Wellington.', 'Tom Hale'],
    ['He met Vietnamese Minister of Industry and Trade Nguyen Van An in Hanoi.', 'Nguyen Van An'],
    ['Jean-Baptiste Morel, Director General of Morel Industries, said so.', 'Jean-Baptiste Morel'],
    ['He met Nguyen Van An, Vietnam’s Minister of Industry and Trade.', 'Nguyen Van An'],
    // Japan's ranks below a minister, hyphened
    ['It was signed by Minister Kim and Taro Sato, Japan’s Parliamentary Senior Vice-Minister for Foreign Affairs.', 'Taro Sato'],
    ['He met Senior Vice-Minister of Economy Hana Ito in Tokyo.', 'Hana Ito'],
    // an Arabic article joined to the family name, written lower case
    ['Minister Park met Iraqi Oil Minister Karim al-Rashidi in Seoul.', 'Karim al-Rashidi'],
    // the country an envoy is posted to, between title and name
    ['Minister Park received U.S. Ambassador to Korea Dana Holt on May 22.', 'Dana Holt'],
    ['He met Norwegian Ambassador to the United Kingdom Erik Lund in London.', 'Erik Lund'],
    // a portfolio word ends the title, not the name
    ['He also met Minister of State for Defence Procurement Paul Weiss in Ottawa.', 'Paul Weiss'],
    // a lower-case post in apposition, after qualifiers
    ['He discussed tariffs with Dana Holt, chief trade counsel of the Alder Committee, on Monday.', 'Dana Holt'],
    // a surname prefix with a capital after it
    ['He asked Representative Ann McBride for support.', 'Ann McBride'],
    ['Trade Minister Tom MacDowell said so.', 'Tom MacDowell'],
    ['Trade Minister Kim Ji-ho and Representative Dana Holt met on Monday.', 'Dana Holt'],
    // a family name that is also a royal title, after a given name
    ['He asked the Minister for Resources, Laura King, for her support.', 'Laura King'],
    // a portfolio that goes on past a listed title, then the name set off by commas
    ['New Zealand’s Minister for Trade and Export Growth, Tom Hale, and Ann Roe, CEO of the Alder Association, attended.', 'Tom Hale'],
    // a bare name made a person by the words around it
    ['Ed Marsh, who heads the Peruvian delegation, described the week as positive.', 'Ed Marsh'],
    ['The committee began in 2013, when Paul Weiss was President of France.', 'Paul Weiss'],
    ['The Alder Trade Association, chaired by Dana Holt, will hold the ceremony.', 'Dana Holt'],
    ['Alder Norway chief Erik Lund spoke at the signing.', 'Erik Lund'],
    ['At the ceremony, Ivan Petrov, Atomgaz’s Director for International Business, said so.', 'Ivan Petrov'],
    ['The team is led by Omar Haddad, chief economic adviser of Oman, in Riyadh.', 'Omar Haddad'],
    ['The talks came shortly before President-elect Paul Weiss took office.', 'Paul Weiss'],
    ['It was envisioned by the Paul Weiss administration.', 'Paul Weiss'],
    ['It follows talks between former finance minister Han Ji-su and his counterpart.', 'Han Ji-su'],
  ])('finds the person in %j', (body, expected) => {
    expect(names(body)).toContain(expected);
  });

  it.each([
    ['Korean companies welcomed the decision.'],
    ['MOTIR will consult relevant ministries next week.'],
    ['The Minister stressed the need for cooperation.'],
    ['Minister Yeo stressed the need for cooperation.'],
    ['The Ministry of Trade, Industry and Resources held the Korea–Japan Economic Forum in Seoul.'],
    ['Samsung Electronics and LG Electronics signed deals in October.'],
    ['The Korea International Trade Association (KITA) said exports rose.'],
    ['Exports to the United Arab Emirates rose in November.'],
    ['The UAE Minister of State for Artificial Intelligence signed an MOU.'],
    ['The Minister of Economy, Trade and Industry spoke on Monday.'],
    ['Omani Energy Minister Prince spoke.'],
    ['The plan covers phase A. Exports rose again.'],
    ['An agreement followed the talks.'],
    ['An official of the Ministry said so.'],
    ['The forum, chaired by Alder Group, will open in May.'],
    ['Exports to Peru, which leads the region, rose.'],
    ['The Korea Trade administration said so.'],
  ])('finds no person in %j', (body) => {
    expect(names(body)).toEqual([]);
  });

  it.each([
    ['Minister Kim met Canada’s Minister of International Trade, Jane Doe, in Ottawa.', ['Jane Doe'], 'Minister of International Trade'],
    ['He met the Minister of Economy, Trade and Industry, Taro Sato.', ['Taro Sato'], 'Minister of Economy, Trade and Industry'],
    ['Minister Kim held talks with John Roe, New Zealand’s Minister for Trade, in Seoul.', ['John Roe'], 'Minister for Trade'],
    ['Minister Kim met Mary Major, Kenya’s Cabinet Secretary for Trade, on Monday.', ['Mary Major'], 'Cabinet Secretary for Trade'],
    ['Go also met Alex Poe, the United States Trade Representative, in Washington.', ['Alex Poe'], 'Trade Representative'],
    ['He met U.S. Trade Representative, Dana Kline, in Paris.', ['Dana Kline'], 'Trade Representative'],
    ['Kim met Japan’s trade minister, Canada’s envoy and U.S. Trade Representative Dana Kline in Paris.', ['Dana Kline'], 'Trade Representative'],
    ['Delegates came from the Ministry of Energy, and Raj Kumar, Director General of Trade, spoke.', ['Raj Kumar'], 'Director General of Trade'],
  ])('finds the person after a comma and a possessive or national title in %j', (body, expected, title) => {
    const people = personsOf(body);
    expect(people.map((p) => p.name)).toEqual(expected);
    expect(people[0]!.contexts.map((c) => c.title)).toContain(title);
  });

  it.each([
    ['The Minister of Trade, Industry and Energy, Ahn Duk-geun, spoke.', 'Ahn Duk-geun'],
    ['The Minister of Trade, Industry and Energy and Jane Doe spoke.', null],
    ['The Minister of Foreign Affairs, and Jane Doe of the embassy, spoke.', null],
  ])('reads no company or list item as the name after a title in %j', (body, expected) => {
    expect(names(body)).toEqual(expected ? [expected] : []);
  });

  it.each([
    ['He met Kim Min-su, Chairman of Northern Equity Ventures, in Seoul.', ['Kim Min-su']],
    ['Offshore Wind said it would invest in the port.', []],
    ['Zachodnia Energia signed an MOU with the utility.', []],
    ['Minister Kim met Datuk Seri Tengku Ahmad, Minister of Investment, in Seoul.', ['Datuk Seri Tengku Ahmad']],
    ['Minister Kim met Sheikh Abdulrahman bin Saud Al Thani, Minister of Commerce, in Doha.', ['Sheikh Abdulrahman bin Saud Al Thani']],
    ['Dato’ Lim Kah Seng said so.', ['Dato’ Lim Kah Seng']],
    ["Dato' Lim Kah Seng said so.", ["Dato' Lim Kah Seng"]],
    ['Tan Sri Dato’ Sri Ahmad Zaki said so.', ['Tan Sri Dato’ Sri Ahmad Zaki']],
    ['Prince Daniel attended the dinner.', ['Prince Daniel']],
  ])('reads companies as no one and honorific chains as one person in %j', (body, expected) => {
    expect(names(body)).toEqual(expected);
  });

  it.each([
    ['Presidents Han Ji-su and Paul Weiss agreed to open talks.', ['Han Ji-su', 'Paul Weiss']],
    ['He also met Senators Laura Grant, Omar Haddad and Ana Ruiz in Ottawa.', ['Laura Grant', 'Omar Haddad', 'Ana Ruiz']],
    ['He spoke with former Representatives Tom Hale, Ed Marsh and Dan Oren.', ['Tom Hale', 'Ed Marsh', 'Dan Oren']],
    // each name followed by the state or country it comes from
    ['Kim met U.S. Representatives Laura Grant of Ohio and Omar Haddad of Texas.', ['Laura Grant', 'Omar Haddad']],
  ])('takes every name of a list a plural title shares: %j', (body, expected) => {
    expect(names(body)).toEqual(expected);
  });

  it.each([
    ['President Han Ji-su and the prime ministers of the three Alder Group (AG) countries, Ana Ruiz of Peru, Paul Weiss of the Czech Republic and Omar Haddad of Oman, held a summit.', ['Han Ji-su', 'Ana Ruiz', 'Paul Weiss', 'Omar Haddad']],
    ['The leaders of the region, Ana Ruiz of Peru and Paul Weiss of Chile, met in Lima.', ['Ana Ruiz', 'Paul Weiss']],
  ])('takes every name `of` a country listed after a lower-case plural post: %j', (body, expected) => {
    expect(names(body)).toEqual(expected);
  });

  it('gives each name of such a list the singular post and the country it is `of`', () => {
    const people = personsOf('The prime ministers of the two countries, Ana Ruiz of Peru and Paul Weiss of Chile, met in Lima.');
    expect(people.map((p) => [p.name, p.contexts[0]?.title])).toEqual([['Ana Ruiz', 'Prime Minister'], ['Paul Weiss', 'Prime Minister']]);
  });

  it.each([
    // no plural post before the list
    ['The plants, Alder Works of Peru and Birch Mills of Chile, opened in May.'],
    // one name `of` a country is no list
    ['The prime ministers of the region, Ana Ruiz of Peru, met in Lima.'],
  ])('takes no one from a list without a plural post or with one item: %j', (body) => {
    expect(names(body)).toEqual([]);
  });

  it('takes no one after a plural title that no list of names follows', () => {
    expect(names('Ministers from ten countries attended the meeting in Geneva.')).toEqual([]);
  });

  it('joins a title and surname to the only person of that surname in the document', () => {
    const [yeo] = personsOf('Trade Minister Yeo Han-koo chaired the meeting. Minister Yeo said it went well. Trade Minister Yeo left.');
    expect(yeo!.aliases).toEqual(['Minister Yeo', 'Trade Minister Yeo']);
    expect(yeo!.mentions).toHaveLength(3);
  });

  it('joins `Prince Faisal` to the fuller royal name that starts with it', () => {
    const people = personsOf('Qatari Energy Minister Prince Faisal bin Nasser Al Thani attended. Minister Kim and Prince Faisal signed an MOU.');
    expect(people.map((p) => p.name)).toEqual(['Faisal bin Nasser Al Thani']);
    expect(people[0]!.aliases).toContain('Prince Faisal');
  });

  it.each([
    ['The President was welcomed by King Tomas IV at the Royal Palace.', 'King Tomas IV', 'Tomas IV'],
    ['On February 8 the President met King Omar bin Faisal in Riyadh.', 'King Omar bin Faisal', 'Omar bin Faisal'],
  ])('knows a monarch by the name without the title too: %j', (body, full, untitled) => {
    const people = personsOf(body);
    expect(people.map((p) => p.name)).toEqual([full]);
    expect(people[0]!.aliases).toContain(untitled);
  });

  it.each([
    ['Minister Kim and Sheikh Omar bin Saud Al Rashed, Minister of Commerce, co-chaired it. Sheikh Omar welcomed it.', 'Sheikh Omar bin Saud Al Rashed', 'Sheikh Omar'],
    ['It came during the visit of President Sheikh Omar bin Saud Al Rashed. President Kim and President Omar bin Saud held talks.', 'Omar bin Saud Al Rashed', 'Omar bin Saud'],
    ['Minister Kim met Sheikh Omar bin Saud Al Rashed, Crown Prince of Velmar, in Doha. Crown Prince Omar bin Saud welcomed it.', 'Sheikh Omar bin Saud Al Rashed', 'Crown Prince Omar bin Saud'],
    ['President Kim met His Highness Sheikh Omar bin Saud Al Rashed, Crown Prince of Alder. Crown Prince Omar bin Saud thanked her.', 'Sheikh Omar bin Saud Al Rashed', 'Crown Prince Omar bin Saud'],
  ])('joins a shorter form that opens the fuller name, a royal title aside: %j', (body, full, short) => {
    const people = personsOf(body).filter((p) => p.name !== 'Kim');
    expect(people.map((p) => p.name)).toEqual([full]);
    expect(people[0]!.aliases).toContain(short);
  });

  it('keeps two fuller names apart when a shorter name opens both', () => {
    const people = personsOf('Sheikh Omar bin Saud Al Rashed and Sheikh Omar bin Saud Al Amin met. President Omar bin Saud spoke.');
    expect(people.map((p) => p.name)).toHaveLength(3);
  });

  it('joins a title and a hyphenated family name to the person with that name', () => {
    const people = personsOf('Omani Minister of Commerce Qais A. Al-Yousef said so. Minister Al-Yousef added a remark.');
    expect(people.map((p) => p.name)).toEqual(['Qais A. Al-Yousef']);
    expect(people[0]!.aliases).toContain('Minister Al-Yousef');
  });

  it('joins `JK Kim` to the Kim whose given name has those initials', () => {
    const people = personsOf('Minister Kim Jung-kwan spoke. Later JK Kim added a remark.');
    expect(people).toHaveLength(1);
    expect(people[0]!.aliases).toContain('JK Kim');
  });

  it('reads the full name out of `JK (Jung-Kwan) Kim`', () => {
    const [kim] = personsOf('MOTIR Minister JK (Jung-Kwan) Kim stated the goal.');
    expect(kim!.name).toBe('Kim Jung-Kwan');
  });

  it('numbers people by first mention and cites every mention exactly', () => {
    const body = 'Yun Won-sok, Commissioner of the authority, greeted Kang Gam-chan, Director General for Trade.';
    const people = personsOf(body);
    expect(people.map((p) => [p.localId, p.name])).toEqual([
      ['p1', 'Yun Won-sok'],
      ['p2', 'Kang Gam-chan'],
    ]);
    for (const p of people) for (const m of p.mentions) expect(body.slice(m.start, m.end)).toBe(m.text);
  });
});

describe('a country inside a post’s remit', () => {
  it.each([
    ['The Velmaran side was headed by Jan Roe, Director General for EU Affairs at the Undersecretariat for Foreign Trade.'],
    ['Jan Roe, Director for Japan Affairs at the Velmar Foreign Office, attended.'],
  ])('is the post’s subject, not the holder’s country, in %j', (body) => {
    const [person] = personsOf(body);
    expect(person!.contexts.flatMap((c) => c.countryAt)).toEqual([]);
  });

  it('still gives the holder a country the title names before the post', () => {
    const [person] = personsOf('Jan Roe, Kenya’s Cabinet Secretary for Trade, attended.');
    expect(person!.contexts.flatMap((c) => c.countryAt)).not.toEqual([]);
  });
});

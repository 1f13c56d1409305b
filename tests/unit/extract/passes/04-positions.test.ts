import { describe, expect, it } from 'vitest';
import { extract } from '../../../../src/extract/index.js';
import type { Document, LocalOrganization, LocalPerson } from '../../../../src/domain/index.js';

const doc = (body: string): Document => ({ id: 'doc_t', title: 'T', body, date: '2025-11-20', category: null, url: null, sources: [] });

/** `Name → title @ organisation` for every post extraction finds. */
function posts(body: string): string[] {
  const { entities } = extract(doc(body));
  const orgs = new Map(entities.filter((e): e is LocalOrganization => e.label === 'Organization').map((o) => [o.localId, o.name]));
  return entities
    .filter((e): e is LocalPerson => e.label === 'Person')
    .flatMap((p) => p.positions.map((pos) => `${p.name} → ${pos.title} @ ${pos.orgLocalId ? orgs.get(pos.orgLocalId) : '-'}`));
}

/** As posts, for a release of the given date. */
function postsOn(body: string, date: string): string[] {
  const { entities } = extract({ ...doc(body), date });
  const orgs = new Map(entities.filter((e): e is LocalOrganization => e.label === 'Organization').map((o) => [o.localId, o.name]));
  return entities
    .filter((e): e is LocalPerson => e.label === 'Person')
    .flatMap((p) => p.positions.map((pos) => `${p.name} → ${pos.title} @ ${pos.orgLocalId ? orgs.get(pos.orgLocalId) : '-'}`));
}

describe('findPositions', () => {
  it.each([
    ['The forum was co-hosted by the Velmaran Trade Promotion Agency (VelmaTrade). The signing was witnessed by Ana Ruiz, President of VelmaTrade.', 'Ana Ruiz → President @ Velmaran Trade Promotion Agency'],
    ['The minister also met Tom Hale, chief executive of Orvagen, the joint venture behind the plant.', 'Tom Hale → Chief executive @ Orvagen'],
    ['He met Grace Lin, Vice President of Orvik Battery USA, in Atlanta.', 'Grace Lin → Vice President @ Orvik Battery USA'],
  ])('gives a company post the body named after it: %s', (body, post) => {
    expect(posts(body)).toContain(post);
  });

  it.each([
    ['2018-03-26', 'Trade Minister Roh Seung-min announced the result.', 'Roh Seung-min → Trade Minister @ Ministry of Trade, Industry and Energy'],
    ['2025-12-11', 'Trade Minister Roh Seung-min held a roundtable.', 'Roh Seung-min → Trade Minister @ Ministry of Trade, Industry and Resources'],
    ['2013-12-05', 'Assistant Minister for Trade Roh Seung-min led the talks.', 'Roh Seung-min → Assistant Minister for Trade @ Ministry of Trade, Industry and Energy'],
    // The trade portfolio sat in the foreign ministry until 2013-03-23 (see persons/title-bodies.ts).
    ['2009-03-06', 'Trade Minister Roh Seung-min met his counterpart.', 'Roh Seung-min → Trade Minister @ Ministry of Foreign Affairs and Trade'],
  ])('gives a home trade official of a release dated %s the home ministry under its name of that day', (date, body, post) => {
    expect(postsOn(body, date)).toContain(post);
  });

  it.each([
    // The industry ministry of 2009 held no trade portfolio, nor any other body an industry title implies.
    ['2009-03-06', 'Industry Minister Roh Seung-min met his counterpart.', 'Roh Seung-min → Industry Minister @ -'],
    // Energy left the ministry in October 2025.
    ['2025-12-11', 'Energy Minister Roh Seung-min spoke.', 'Roh Seung-min → Energy Minister @ -'],
  ])('leaves a home title without body when the ministry of %s holds no such portfolio', (date, body, post) => {
    expect(postsOn(body, date)).toEqual([post]);
  });

  it('gives a head of state no post at a state company named for the country (`President X of Kazakhstan` beside `Kazakhstan Railways`)', () => {
    const found = posts('President Arman Seitov of Kazakhstan welcomed the deal. Velmar Rotem signed a contract with Kazakhstan Railways to supply trains.');
    expect(found.filter((p) => p.endsWith('@ Kazakhstan Railways'))).toEqual([]);
  });

  it('gives a state railway’s officer a post there', () => {
    expect(posts('Vadim Orlov, First Vice-President of Mongolian Railways, said the deal mattered.')).toContain('Vadim Orlov → Vice-President @ Mongolian Railways');
  });

  it('gives two foreign ministers of two countries two ministries, each of its own country, the partner’s named with it', () => {
    const { entities } = extract(doc('Foreign Minister Roh Seung-min held talks in Seoul with Uzbek Foreign Minister Timur Aliyev.'));
    const ministries = entities.filter((e): e is LocalOrganization => e.label === 'Organization' && e.name.startsWith('Ministry of Foreign Affairs'));
    expect(new Map(ministries.map((o) => [o.country, o.name]))).toEqual(
      new Map([
        ['KR', 'Ministry of Foreign Affairs'],
        ['UZ', 'Ministry of Foreign Affairs of Uzbekistan'],
      ]),
    );
  });

  it('does not give the issuing ministry to a cabinet minister of another portfolio', () => {
    expect(postsOn('The meeting was attended by Minister for Government Policy Coordination Roh Seung-min.', '2020-10-12')).toEqual([
      'Roh Seung-min → Minister for Government Policy Coordination @ -',
    ]);
  });

  it.each([
    ['2009-03-06', 'Trade Minister Roh Seung-min met his counterpart. The Ministry of Foreign Affairs and Trade said so.', 'by-title'],
    ['2025-11-20', 'Foreign Minister Ana Ruiz of Velmar met him.', 'by-title'],
    ['2025-11-20', 'Ana Ruiz, Minister of Energy of Velmar, met him at the Ministry of Energy.', undefined],
    ['2025-11-20', 'The Velmar Trade Agency (VTA) hosted it. VTA President Ana Ruiz spoke.', undefined],
  ])('marks a post whose body a title row names (release of %s): %s', (date, body, mark) => {
    const { relations } = extract({ ...doc(body), date });
    expect(relations.find((r) => r.type === 'HOLDS_POSITION')?.props['body']).toBe(mark);
  });

  it('keeps a `Foreign Minister` at the foreign ministry when the text later calls them `Minister`', () => {
    expect(postsOn('Foreign Minister Roh Seung-min held talks in Seoul. Minister Roh said trade would grow.', '2021-07-30')).toEqual([
      'Roh Seung-min → Foreign Minister @ Ministry of Foreign Affairs',
    ]);
  });

  it('keeps a home `Minister for Trade` of 2009 at the foreign ministry when the text later calls them `Minister`', () => {
    expect(postsOn('Minister for Trade Roh Seung-min met his counterpart in Washington on May 14. Minister Roh told reporters that beef was not discussed.', '2009-05-15')).toEqual([
      'Roh Seung-min → Minister for Trade @ Ministry of Foreign Affairs and Trade',
    ]);
  });

  it('gives each `Title Name of Body` of a list the body after the name, not the previous item’s', () => {
    const body = 'Among those attending were Vice President Omar Haddad of Alder Motor Group, President Lena Brandt of Birch Group and President Kim Sung-ho of Cedar Heavy Industries.';
    expect(posts(body)).toEqual([
      'Omar Haddad → Vice President @ Alder Motor Group',
      'Lena Brandt → President @ Birch Group',
      'Kim Sung-ho → President @ Cedar Heavy Industries',
    ]);
  });

  it('still takes the body before a comma when the name is of none: `(MOTIR, Minister …)`', () => {
    expect(posts('The Ministry of Trade, Industry and Resources (MOTIR, Minister Park Hae-won) announced it.')).toContain(
      'Park Hae-won → Minister @ Ministry of Trade, Industry and Resources',
    );
  });

  it.each([
    [
      'Kang Gam-chan, Director General for Trade and Investment at the Ministry of Trade, Industry and Resources, attended.',
      'Kang Gam-chan → Director General for Trade and Investment @ Ministry of Trade, Industry and Resources',
    ],
    ['He joined Kevin Engel, COO of Amkor Technology, at the site.', 'Kevin Engel → COO @ Amkor Technology'],
    [
      'Trade Minister Yeo Han-koo of the Ministry of Trade, Industry and Resources (MOTIR) spoke.',
      'Yeo Han-koo → Trade Minister @ Ministry of Trade, Industry and Resources',
    ],
    [
      'The Ministry of Science and ICT (MSIT, Deputy Prime Minister and Minister Bae Kyung-hoon) and the Ministry of Oceans and Fisheries (MOF, Minister Chun Jae-soo) announced it.',
      'Chun Jae-soo → Minister @ Ministry of Oceans and Fisheries',
    ],
    [
      'Delegates included Wang Liping, Director General of the Department of Asian Affairs of China’s Ministry of Commerce.',
      'Wang Liping → Director General of the Department of Asian Affairs @ Ministry of Commerce',
    ],
    [
      'He was accompanied by Sayasat Nurbek, Minister of Science and Higher Education.',
      'Sayasat Nurbek → Minister of Science and Higher Education @ Ministry of Science and Higher Education',
    ],
    [
      'The Ministry of Trade, Industry and Energy (MOTIE) said Deputy Minister for Trade Negotiations Ahn Duk-geun would attend.',
      'Ahn Duk-geun → Deputy Minister for Trade Negotiations @ Ministry of Trade, Industry and Energy',
    ],
    [
      'The Uzbek Agency for Technical Regulation (Director Akmal Jumanazarov) signed an MOU.',
      'Akmal Jumanazarov → Director @ Uzbek Agency for Technical Regulation',
    ],
    ['He met Park Ji-won, Chairman of Doosan Group, and Kim Hyun-soo, President of Hanwha Group.', 'Kim Hyun-soo → President @ Hanwha Group'],
    ['The FTA was signed by Minister for Trade Ahn Duk-geun in Jakarta. MOTIE will seek ratification.', 'Ahn Duk-geun → Minister for Trade @ MOTIE'],
    [
      'Minister of Trade, Industry and Energy Sung Yun-mo spoke. MOTIE will act.',
      'Sung Yun-mo → Minister of Trade, Industry and Energy @ Ministry of Trade, Industry and Energy',
    ],
    [
      'Dr. Lim Ji-hoon, Senior Research Fellow at the Korea Energy Economics Institute (KEEI), presented it.',
      'Lim Ji-hoon → Senior Research Fellow @ Korea Energy Economics Institute',
    ],
    ['Speakers included Yoon Da-eun, a researcher at the Hana Finance Institute, and others.', 'Yoon Da-eun → Researcher @ Hana Finance Institute'],
    [
      'KEPCO signed an MOU with the Qatari Ministry of Energy. Qatari Energy Minister Saad Al Kaabi attended.',
      'Saad Al Kaabi → Energy Minister @ Qatari Ministry of Energy',
    ],
    [
      'The forum was co-hosted by the Omani Ministry of Investment (MOI). Omani Minister of Investment Qais Al Yousef spoke.',
      'Qais Al Yousef → Minister of Investment @ Omani Ministry of Investment',
    ],
    // A foreign portfolio minister heads that portfolio's ministry, though the text never names it.
    ['Qatari Energy Minister Hamad Al Sayed attended the forum.', 'Hamad Al Sayed → Energy Minister @ Ministry of Energy'],
    // A US secretary heads the department of the portfolio (see persons/title-bodies.ts).
    ['He met U.S. Commerce Secretary Jane Porter in Washington.', 'Jane Porter → Commerce Secretary @ Department of Commerce'],
  ])('reads the post in %j', (body, expected) => {
    expect(posts(body)).toContain(expected);
  });

  it.each([
    ['MOTIR Minister Kim Jung-kwan met Thani bin Ahmed Al Zeyoudi, the UAE Minister of State for Foreign Trade.', 'Thani bin Ahmed Al Zeyoudi'],
    ['The ministry welcomed President Lee Jae Myung’s visit.', 'Lee Jae Myung'],
    // a rank, not a portfolio
    ['Qatari Prime Minister Hamad Al Sayed attended the forum.', 'Hamad Al Sayed'],
    ['Qatari State Minister Hamad Al Sayed attended the forum.', 'Hamad Al Sayed'],
  ])('ties no body to a foreign or head-of-state title in %j', (body, name) => {
    expect(posts(body).filter((p) => p.startsWith(name) && !p.endsWith('@ -'))).toEqual([]);
  });

  it.each([
    [
      'Kim held talks with Ravi Kumar, India’s Minister of Commerce and Industry, on tariffs.',
      'Ravi Kumar → Minister of Commerce and Industry @ Ministry of Commerce and Industry',
      'IN',
    ],
    [
      'He met Vietnamese Minister of Industry and Trade Nguyen Van Binh in Hanoi.',
      'Nguyen Van Binh → Minister of Industry and Trade @ Ministry of Industry and Trade',
      'VN',
    ],
    [
      'He met Japan’s Minister of Economy, Trade and Industry Sato Kenji in Tokyo.',
      'Sato Kenji → Minister of Economy, Trade and Industry @ Ministry of Economy, Trade and Industry',
      'JP',
    ],
    [
      'He met India’s Minister of Commerce and Industry Ravi Kumar in Delhi.',
      'Ravi Kumar → Minister of Commerce and Industry @ Ministry of Commerce and Industry',
      'IN',
    ],
    [
      'He met Ravi Kumar, Minister of Commerce and Industry of India.',
      'Ravi Kumar → Minister of Commerce and Industry of India @ Ministry of Commerce and Industry',
      'IN',
    ],
  ])('ties a foreign minister to the ministry the title implies, in that country, in %j', (body, expected, country) => {
    expect(posts(body)).toEqual([expected]);
    const orgs = extract(doc(body)).entities.filter((e): e is LocalOrganization => e.label === 'Organization');
    expect(orgs.map((o) => [o.name, o.kind, o.country])).toEqual([[expected.split(' @ ')[1], 'government', country]]);
  });

  it('ties a foreign minister to the ministry the text names rather than one alike in words', () => {
    const body = 'The Ministry of Trade, Industry and Energy (MOTIE) said Minister Ahn met Tran Van Binh, Vietnam’s Minister of Industry and Trade.';
    expect(posts(body)).toContain('Tran Van Binh → Minister of Industry and Trade @ Ministry of Industry and Trade');
  });

  it('gives a home official with a bare ministerial title the ministry that issued the release', () => {
    const body = 'The Ministry of Trade, Industry and Resources (MOTIR) held talks. Trade Minister Yeo Han-koo chaired them.';
    expect(posts(body)).toEqual(['Yeo Han-koo → Trade Minister @ Ministry of Trade, Industry and Resources']);
  });
});

describe('a portfolio title before a name', () => {
  it.each([
    ['Minister Park met Agriculture Minister Jorge Alvarez. Alvarez said the Agriculture Ministry would help.', 'Jorge Alvarez → Agriculture Minister @ Agriculture Ministry'],
    ['Minister Park met Land and Transport Minister Erik Holm, whose Ministry of Land and Transport leads the project.', 'Erik Holm → Land and Transport Minister @ Ministry of Land and Transport'],
    ['Minister Park met Housing Secretary Claire Dunn in London.', 'Claire Dunn → Housing Secretary @ -'],
  ])('%s', (body, expected) => {
    expect(posts(body)).toContain(expected);
  });
});

describe('a royal title', () => {
  it.each([
    ['Minister Park called on King Harald of Norway in Oslo.', 'King Harald → King @ -'],
    ['Minister Park met Crown Princess Ingrid of Sweden in Stockholm.', 'Crown Princess Ingrid → Crown Princess @ -'],
  ])('is the post of %s', (body, expected) => {
    expect(posts(body)).toContain(expected);
  });
});

describe('rank and remit around a portfolio title', () => {
  it.each([
    ['Japan’s Deputy Foreign Minister for Economic Affairs Taro Mori led the Japanese side.', 'Taro Mori → Deputy Foreign Minister for Economic Affairs @ Ministry of Foreign Affairs'],
    ['Seo Ji-an, Deputy Foreign Minister for Economic Affairs, opened the committee.', 'Seo Ji-an → Deputy Foreign Minister for Economic Affairs @ Ministry of Foreign Affairs'],
    ['Chinese Assistant Commerce Minister Wang Lei led the Chinese side.', 'Wang Lei → Assistant Commerce Minister @ Ministry of Commerce'],
    // the ministry's acronym in brackets between the portfolio and the name
    ['Minister of Trade, Industry and Resources (MOTIR) Seo Ji-an (JA Seo) met the chamber.', 'Seo Ji-an → Minister of Trade, Industry and Resources @ Ministry of Trade, Industry and Resources'],
    // Kenya's ministers are cabinet secretaries; a portfolio word no name holds
    ['Minister Seo met Jane Roe, Kenya’s Cabinet Secretary for Energy and Petroleum, in Nairobi.', 'Jane Roe → Cabinet Secretary for Energy and Petroleum @ Ministry of Energy and Petroleum'],
    ['Minister Seo held talks with Bolivian Minister of Mining and Metallurgy Juan Roe Vargas in Seoul.', 'Juan Roe Vargas → Minister of Mining and Metallurgy @ Ministry of Mining and Metallurgy'],
    // a post at the office a head of government's title names
    ['Han Ji-su, Chief of Staff for Policy at the Office of the President, announced the deal.', 'Han Ji-su → Chief of Staff for Policy @ Office of the President'],
  ])('gives the ministry of the portfolio in %j', (body, post) => {
    expect(posts(body)).toContain(post);
  });
});

describe('a head of state at a place', () => {
  it('gives a president met `at` a body no post there', () => {
    const found = posts('Minister Seo met Ruritanian President Jan Novak at the Alder Palace Office in Seoul.');
    expect(found).toContain('Jan Novak → President @ -');
  });

  it('still gives a researcher the body he works at', () => {
    expect(posts('Paul Weiss, a senior researcher at the Alder Institute, said so.').some((p) => p.startsWith('Paul Weiss → ') && p.endsWith('@ Alder Institute'))).toBe(true);
  });
});

describe('the bodies titles imply', () => {
  it('numbers them in the order the text implies them, not the order the people were read in', () => {
    const { entities } = extract(doc('Minister for Trade Seo Ji-an and Kenyan Cabinet Secretary for Investments, Trade and Industry Jane Roe met in Nairobi.'));
    const orgs = entities.filter((e): e is LocalOrganization => e.label === 'Organization');
    expect(orgs.map((o) => o.name)).toEqual(['Ministry of Trade, Industry and Resources', 'Ministry of Investments, Trade and Industry']);
  });

  it('reads no post off a clause after a place: `at the Green House, where Minister …`', () => {
    const found = posts('The deal was reached on July 30 at the Green House, where Deputy Prime Minister and Minister of Economy and Finance Seo Ji-an, Minister of Trade Han Min-su and Minister Yoo Jin-ho met President Jan Roe.');
    expect(found.some((p) => p.startsWith('Green House'))).toBe(false);
    expect(found).toContain('Seo Ji-an → Deputy Prime Minister and Minister of Economy and Finance @ Ministry of Economy and Finance');
  });
});

describe('a body a title implies, named in the text with its country before it', () => {
  it.each([
    [
      'Philippine Trade Secretary Dana Reyes led the delegation. The ministry will work with the Philippine Department of Trade and Industry on the projects.',
      'Dana Reyes → Trade Secretary @ Philippine Department of Trade and Industry',
      'Department of Trade and Industry',
    ],
    [
      'U.S. Commerce Secretary Dana Holt attended. The talks were held at the U.S. Department of Commerce.',
      'Dana Holt → Commerce Secretary @ U.S. Department of Commerce',
      'Department of Commerce',
    ],
  ])('is the one body the post names, not a second one under the bare name: %s', (body, post, bare) => {
    const { entities } = extract(doc(body));
    expect(posts(body)).toContain(post);
    expect(entities.filter((e) => e.label === 'Organization').map((o) => o.name)).not.toContain(bare);
  });
});

describe('posts written in lower case in apposition', () => {
  it('gives a party leader the party: `X, the leader of the Y`', () => {
    expect(posts('The President met Dana Holt, the leader of the National League for Reform, in Yangon.')).toContain('Dana Holt → Leader @ National League for Reform');
  });
});

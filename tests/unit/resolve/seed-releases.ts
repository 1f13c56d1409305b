/**
 * Releases mirroring sentences of the seed dumps (seeds/*.txt), as the extractor would read them:
 * the same officials under several spellings, two Kims, one meeting reported twice.
 */
import { Release } from './fixtures.js';

const MOTIR = 'Ministry of Trade, Industry and Resources';

export function tradeBarriersMeeting(): Release {
  return new Release(
    'doc_a1barriers',
    '2025-11-18',
    'Public-Private Meeting on Strengthening Responses to Trade Barriers',
    `Trade Minister Yeo Han-koo of the ${MOTIR} (MOTIR) delivered opening remarks while presiding over the Public-Private Meeting on Strengthening Responses to Trade Barriers held on Tuesday, November 18, at the Korea International Trade Association (KITA) conference room in Seoul. The meeting brought together KOTRA, KITA, and representatives from relevant ministries. Minister Yeo emphasized that the government will respond to trade barriers.`,
  )
    .person('p1', 'Yeo Han-koo', { aliases: ['Minister Yeo'], titles: ['Trade Minister'], positions: [{ title: 'Trade Minister', org: 'o1' }], country: 'KR', said: ['Yeo Han-koo', 'Minister Yeo'] })
    .org('o1', MOTIR, { acronym: 'MOTIR', aliases: ['MOTIR'], said: [MOTIR] })
    .org('o2', 'Korea International Trade Association', { acronym: 'KITA', aliases: ['KITA'], kind: 'association', said: ['Korea International Trade Association', 'KITA'] })
    .event('e1', 'Public-Private Meeting on Strengthening Responses to Trade Barriers', { kind: 'conference', date: '2025-11-18', location: 'KITA conference room in Seoul', country: 'KR' })
    .relate('HOLDS_POSITION', 'p1', 'o1', 'Trade Minister Yeo Han-koo', { title: 'Trade Minister' })
    .relate('ATTENDED', 'p1', 'e1', 'presiding over the Public-Private Meeting', { role: 'chair' });
}

export function nteReport(): Release {
  return new Release(
    'doc_b2nte',
    '2025-11-19',
    'Korea to Develop its Own NTE Report',
    `Trade Minister Yeo Han-koo of the ${MOTIR} (MOTIR, Minister Kim Jung-kwan) chaired the Public-Private Meeting on Strengthening Responses to Trade Barriers on Tuesday, November 18, at Seoul Trade Tower. The meeting was attended by representatives from the government and industry associations.`,
  )
    .person('p1', 'Yeo Han-koo', { titles: ['Trade Minister'], positions: [{ title: 'Trade Minister', org: 'o1' }], country: 'KR' })
    .person('p2', 'Kim Jung-kwan', { titles: ['Minister'], positions: [{ title: 'Minister', org: 'o1' }], country: 'KR' })
    .org('o1', MOTIR, { acronym: 'MOTIR', aliases: ['MOTIR'] })
    .event('e1', 'Public-Private Meeting on Strengthening Responses to Trade Barriers', { kind: 'conference', date: '2025-11-18', location: 'Seoul Trade Tower', country: 'KR' })
    .relate('HOLDS_POSITION', 'p1', 'o1', 'Trade Minister Yeo Han-koo', { title: 'Trade Minister' })
    .relate('HOLDS_POSITION', 'p2', 'o1', 'Minister Kim Jung-kwan', { title: 'Minister' })
    .relate('ATTENDED', 'p1', 'e1', 'chaired the Public-Private Meeting', { role: 'chair' });
}

export function stargate(): Release {
  return new Release(
    'doc_c3stargate',
    '2025-11-19',
    'Korea and the UAE to Jointly Advance the UAE Stargate Project',
    `The Ministry of Climate, Energy and Environment (MCEE, Minister Kim Sung-whan) and the ${MOTIR} (MOTIR, Minister Kim Jung-kwan) announced cooperation with the UAE. The Korea–UAE CEPA will support the project.`,
  )
    .person('p1', 'Kim Sung-whan', { titles: ['Minister'], positions: [{ title: 'Minister', org: 'o1' }], country: 'KR' })
    .person('p2', 'Kim Jung-kwan', { titles: ['Minister'], positions: [{ title: 'Minister', org: 'o2' }], country: 'KR' })
    .org('o1', 'Ministry of Climate, Energy and Environment', { acronym: 'MCEE', aliases: ['MCEE'] })
    .org('o2', MOTIR, { acronym: 'MOTIR', aliases: ['MOTIR'] })
    .country('AE', 'UAE')
    .agreement('a1', 'Korea–UAE CEPA', { kind: 'CEPA', status: 'signed', parties: ['KR', 'AE'] })
    .relate('HOLDS_POSITION', 'p1', 'o1', 'Minister Kim Sung-whan', { title: 'Minister' })
    .relate('HOLDS_POSITION', 'p2', 'o2', 'Minister Kim Jung-kwan', { title: 'Minister' });
}

export function uaeMou(): Release {
  return new Release(
    'doc_d4uaemou',
    '2025-11-20',
    'Korea and the UAE Establish CEPA Economic Cooperation Committee',
    `The ${MOTIR} (MOTIR, Minister Kim Jung-kwan) announced that in the presence of President Lee Jae Myung the two countries signed two MOUs. The Korea–UAE Comprehensive Economic Partnership Agreement is currently under ratification.`,
  )
    .person('p1', 'Kim Jung-kwan', { titles: ['Minister'], positions: [{ title: 'Minister', org: 'o1' }], country: 'KR' })
    .person('p2', 'Lee Jae Myung', { titles: ['President'], country: 'KR' })
    .org('o1', MOTIR, { acronym: 'MOTIR', aliases: ['MOTIR'] })
    .country('AE', 'UAE')
    .agreement('a1', 'Korea–UAE Comprehensive Economic Partnership Agreement', { kind: 'CEPA', status: 'negotiating', parties: ['AE', 'KR'] })
    .relate('HOLDS_POSITION', 'p1', 'o1', 'Minister Kim Jung-kwan', { title: 'Minister' })
    .relate('PARTY_TO', 'c:AE', 'a1', 'Korea–UAE Comprehensive Economic Partnership Agreement', { status: 'negotiating' });
}

export function canadaTalks(): Release {
  return new Release(
    'doc_e5canada',
    '2025-12-01',
    'Korea and Canada Discuss Economic and Trade Issues',
    `Park Jung-sung, Deputy Minister for Trade at the ${MOTIR} (MOTIR, Minister JK Kim), met with Alexandra Dostal in Seoul on Monday, December 1. Deputy Minister Park noted the importance of steel.`,
  )
    .person('p1', 'Park Jung-sung', { aliases: ['Deputy Minister Park'], titles: ['Deputy Minister for Trade'], positions: [{ title: 'Deputy Minister for Trade', org: 'o1' }], country: 'KR', said: ['Park Jung-sung', 'Deputy Minister Park'] })
    .person('p2', 'JK Kim', { titles: ['Minister'], positions: [{ title: 'Minister', org: 'o1' }], country: 'KR' })
    .person('p3', 'Alexandra Dostal', { country: 'CA' })
    .org('o1', MOTIR, { acronym: 'MOTIR', aliases: ['MOTIR'] })
    .relate('MET', 'p3', 'p1', 'met with Alexandra Dostal')
    .relate('HOLDS_POSITION', 'p2', 'o1', 'Minister JK Kim', { title: 'Minister' });
}

export function novemberExports(): Release {
  return new Release(
    'doc_f6exports',
    '2025-12-01',
    'Korea’s Exports Hit Record High in November',
    `Exports to ASEAN increased 6.3 percent. MOTIR Minister JK (Jung-Kwan) Kim stated that exports continued their upward trajectory.`,
  )
    .person('p1', 'JK (Jung-Kwan) Kim', { titles: ['Minister'], positions: [{ title: 'Minister', org: 'o1' }], country: 'KR' })
    .org('o1', 'MOTIR', { acronym: 'MOTIR', said: ['MOTIR'] })
    .relate('HOLDS_POSITION', 'p1', 'o1', 'MOTIR Minister JK (Jung-Kwan) Kim', { title: 'Minister' });
}

export function amkorCeremony(): Release {
  return new Release(
    'doc_g7amkor',
    '2025-11-21',
    'Groundbreaking Ceremony for Amkor Korea’s New Test Facility in Incheon',
    `Kang Gam-chan, Director General for Trade and Investment at the ${MOTIR}, attended the groundbreaking ceremony on Wednesday, November 19. In his congratulatory remarks, Director General Kang expressed gratitude.`,
  )
    .person('p1', 'Kang Gam-chan', { aliases: ['Director General Kang'], titles: ['Director General'], positions: [{ title: 'Director General for Trade and Investment', org: 'o1' }], country: 'KR', said: ['Kang Gam-chan', 'Director General Kang'] })
    .org('o1', MOTIR, { acronym: null })
    .relate('HOLDS_POSITION', 'p1', 'o1', 'Director General for Trade and Investment', { title: 'Director General for Trade and Investment' });
}

/** A later release that names the director-general by title and surname only. */
export function kangFollowUp(): Release {
  return new Release(
    'doc_h8kang',
    '2025-12-10',
    'Investment Briefing',
    `Director General Kang of MOTIR met investors at the briefing.`,
  )
    .person('p1', 'Kang', { titles: ['Director General'], positions: [{ title: 'Director General', org: 'o1' }], country: 'KR', said: ['Kang'] })
    .org('o1', 'MOTIR', { acronym: 'MOTIR', said: ['MOTIR'] });
}

/** `Minister Kim` at MOTIR, with no full name in the release: the industry minister. */
export function kazakhMeeting(): Release {
  return new Release(
    'doc_i9kazakh',
    '2025-10-15',
    'MOTIR Minister Meets Kazakh Deputy Prime Minister',
    `The MOTIR minister met Deputy Prime Minister Kanat Bozumbayev. Minister Kim proposed expanding collaboration in manufacturing.`,
  )
    .person('p1', 'Kim', { aliases: ['Minister Kim'], titles: ['Minister'], positions: [{ title: 'Minister', org: 'o1' }], country: 'KR', said: ['Minister Kim'] })
    .person('p2', 'Kanat Bozumbayev', { titles: ['Deputy Prime Minister'], country: 'KZ' })
    .org('o1', 'MOTIR', { acronym: 'MOTIR', said: ['MOTIR'] })
    .relate('MET', 'p1', 'p2', 'The MOTIR minister met Deputy Prime Minister Kanat Bozumbayev');
}

/** A bare `Minister Kim` with nothing to say which of the two minister Kims it is. */
export function bareMinisterKim(): Release {
  return new Release('doc_j10bare', '2025-11-25', 'Ministers Discuss Energy', `Minister Kim emphasized cooperation.`).person('p1', 'Kim', {
    titles: ['Minister'],
    country: 'KR',
    said: ['Kim'],
  });
}

/** `Minister Kim` six years earlier: whoever held the post then, not today's minister. */
export function ministerKimIn2019(): Release {
  return new Release('doc_k11old', '2019-05-02', 'Minister Visits Factory', `Minister Kim of MOTIE visited a factory.`)
    .person('p1', 'Kim', { titles: ['Minister'], positions: [{ title: 'Minister', org: 'o1' }], country: 'KR', said: ['Kim'] })
    .org('o1', 'MOTIE', { acronym: 'MOTIE', said: ['MOTIE'] });
}

/** The ministry under its former name, before the 2025 reorganisation. */
export function motieRelease(): Release {
  return new Release(
    'doc_l12motie',
    '2024-05-20',
    'Korea Hosts Trade Forum',
    `The Ministry of Trade, Industry and Energy (MOTIE) hosted a trade forum in Seoul.`,
  ).org('o1', 'Ministry of Trade, Industry and Energy', { acronym: 'MOTIE', aliases: ['MOTIE'], said: ['Ministry of Trade, Industry and Energy', 'MOTIE'] });
}

/** Every release above, in a fixed order. */
export function seedReleases(): Release[] {
  return [
    tradeBarriersMeeting(),
    nteReport(),
    stargate(),
    uaeMou(),
    canadaTalks(),
    novemberExports(),
    amkorCeremony(),
    kangFollowUp(),
    kazakhMeeting(),
    bareMinisterKim(),
    ministerKimIn2019(),
    motieRelease(),
  ];
}

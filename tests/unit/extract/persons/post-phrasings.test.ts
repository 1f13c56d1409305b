import { describe, expect, it } from 'vitest';
import { extract } from '../../../../src/extract/index.js';
import type { Document, LocalOrganization, LocalPerson } from '../../../../src/domain/index.js';

const doc = (body: string): Document => ({ id: 'doc_t', title: 'T', body, date: '2024-05-02', category: null, url: null, sources: [] });

/** `Name @ body` for every post the extraction finds (`-` for a post with no body). */
function posts(body: string): string[] {
  const { entities } = extract(doc(body));
  const orgs = new Map(entities.filter((e): e is LocalOrganization => e.label === 'Organization').map((o) => [o.localId, o.name]));
  return entities
    .filter((e): e is LocalPerson => e.label === 'Person')
    .flatMap((p) => p.positions.map((pos) => `${p.name} @ ${pos.orgLocalId ? orgs.get(pos.orgLocalId) : '-'}`));
}

const persons = (body: string): string[] => extract(doc(body)).entities.filter((e): e is LocalPerson => e.label === 'Person').map((p) => p.name);

/**
 * Phrasings that give a person a post at a body, as data: the phrasing, an example sentence with the
 * post it must give, and neighbours (`mustNot`) whose listed post must not be read.
 */
interface PostPhrasing {
  readonly phrasing: string;
  readonly example: string;
  readonly post: string;
  readonly mustNot: readonly (readonly [sentence: string, post: string])[];
}

const POST_PHRASINGS: readonly PostPhrasing[] = [
  {
    phrasing: '<Body> … its <post>, Name: the body the sentence named last',
    example: 'Minister Han Ji-su also visited the Alder Energy Research Center and met its President, Omar Rahal.',
    post: 'Omar Rahal @ Alder Energy Research Center',
    mustNot: [],
  },
  {
    phrasing: '<Body>, whose <post>, Name, …',
    example: 'The forum was organized by the Korea-Velmar Business Council, whose chairman, Kim Tae-ho, spoke first.',
    post: 'Kim Tae-ho @ Korea-Velmar Business Council',
    mustNot: [],
  },
  {
    phrasing: '<Body>, a <description of other bodies>, … its <post> Name: not a body of the description',
    example: 'He visited the plant of Garuda Birch Energy, a joint venture of Alder Chemical and Cedar Holdings, accompanied by its President Director Agus Wijono.',
    post: 'Agus Wijono @ Garuda Birch Energy',
    mustNot: [['He visited the plant of Garuda Birch Energy, a joint venture of Alder Chemical and Cedar Holdings, accompanied by its President Director Agus Wijono.', 'Agus Wijono @ Cedar Holdings']],
  },
  {
    phrasing: '<post> of [the] <Body> Name: the title, the body it heads, then the name',
    example: 'Minister Han Ji-su and Secretary General of the Gulf Cooperation Council Omar Rahal signed a joint statement.',
    post: 'Omar Rahal @ Gulf Cooperation Council',
    mustNot: [['Minister Han Ji-su, Secretary General of the Gulf Cooperation Council Omar Rahal and others attended.', 'Han Ji-su @ Gulf Cooperation Council']],
  },
  {
    phrasing: '<ACRONYM> Acting <post> Name: a stand-in holds the post at the body before the rank',
    example: 'The Federation of Velmar Industries (FVI) hosted the forum. FVI Acting Chairman Kim Tae-ho spoke first.',
    post: 'Kim Tae-ho @ Federation of Velmar Industries',
    mustNot: [],
  },
  {
    phrasing: '<short name> <post> Name: a body\'s short name in title case, defined in brackets after its name',
    example: 'It was hosted by the Ostland Business Federation (Ostrenka). Ostrenka Chairman Omar Rahal spoke.',
    post: 'Omar Rahal @ Ostland Business Federation',
    mustNot: [['The Ostland Trade Center (Dubai) opened. Dubai Mayor Omar Rahal spoke.', 'Omar Rahal @ Ostland Trade Center']],
  },
  {
    phrasing: 'Name, <lower-case post> of the <body>',
    example: 'He held talks with Tom Hale, chairman of the Senate Trade Committee, in Washington.',
    post: 'Tom Hale @ Senate Trade Committee',
    mustNot: [],
  },
  {
    phrasing: 'Name, <qualifier> <lower-case post> of The <body>',
    example: 'He met Ed Marsh, former president of The Alder Foundation, in Washington.',
    post: 'Ed Marsh @ Alder Foundation',
    mustNot: [],
  },
  {
    phrasing: 'a list of `Name, post of Body` items: each post is its own name’s',
    example: 'He met Tom Hale, chairman of the Senate Trade Committee, Ed Marsh, president of Alder Engineering, and Kim Ji-ho, CEO of Birch Daewoo.',
    post: 'Ed Marsh @ Alder Engineering',
    mustNot: [['He met Tom Hale, chairman of the Senate Trade Committee, Ed Marsh, president of Alder Engineering, and Kim Ji-ho, CEO of Birch Daewoo.', 'Ed Marsh @ Senate Trade Committee']],
  },
  {
    phrasing: 'Name, <Body>’s <post>',
    example: 'Lee Min-ho, MOTIE’s Director General for FTA Negotiations, led the delegation.',
    post: 'Lee Min-ho @ MOTIE',
    mustNot: [],
  },
  {
    phrasing: 'Name, <post> of the <unit> at <country>’s <ministry>: the unit named first',
    example: 'Wen Lu, deputy director general of the Department of International Trade and Economic Affairs at China’s Ministry of Commerce, led the team.',
    post: 'Wen Lu @ Department of International Trade and Economic Affairs',
    mustNot: [['Wen Lu, deputy director general of the Department of International Trade and Economic Affairs at China’s Ministry of Commerce, led the team.', 'Wen Lu @ Ministry of Commerce']],
  },
  {
    phrasing: '<Body> (<ACRONYM>) <post> <Name>',
    example: 'Minister Park met World Trade Organization (WTO) Director-General Ana Souza in Geneva.',
    post: 'Ana Souza @ World Trade Organization',
    mustNot: [],
  },
  {
    phrasing: 'Deputy Prime Minister and Minister of <portfolio> <Name>: the ministry of the last post',
    example: 'Deputy Prime Minister and Minister of Finance and Economy Han Do-yun took part, the Ministry of Finance and Economy said.',
    post: 'Han Do-yun @ Ministry of Finance and Economy',
    mustNot: [],
  },
  {
    phrasing: 'Name, <Body> <post> <Name>: a list of people, not an apposition',
    example: 'It was signed by Ivan Petrov, KEPCO President and CEO Kim Ji-ho and KORES President and CEO Lee Su-min.',
    post: 'Kim Ji-ho @ KEPCO',
    mustNot: [['It was signed by Ivan Petrov, KEPCO President and CEO Kim Ji-ho and KORES President and CEO Lee Su-min.', 'Ivan Petrov @ KORES']],
  },
  {
    phrasing: 'Name, Under-Secretary of <portfolio> at <country>’s <ministry>',
    example: 'Ecuador’s team is led by Luis Mora, Under-Secretary of Trade Negotiations at Ecuador’s Ministry of Production.',
    post: 'Luis Mora @ Ministry of Production',
    mustNot: [],
  },
  {
    phrasing: 'General Secretary <Name> of the <Party>',
    example: 'President Park and General Secretary Tran Van Minh of the Communist Party of Vietnam agreed to finish the talks.',
    post: 'Tran Van Minh @ Communist Party of Vietnam',
    mustNot: [],
  },
  {
    phrasing: '<Company> <lower-case post> <Name>, the company named earlier by a sector noun',
    example: 'KEPCO signed an MOU with Kazakhstan’s national atomic company Atomgaz. The MOU was signed by Atomgaz chairman Ivan Petrov.',
    post: 'Ivan Petrov @ Atomgaz',
    mustNot: [],
  },
  {
    phrasing: 'Name, <demonym> Minister of <portfolio> <Name> and …: a list of people, not an apposition',
    example: 'It was attended by Trade Minister Han Ji-su, Israeli Minister of Economy and Industry Avi Levin and Prime Minister Dan Oren.',
    post: 'Avi Levin @ Ministry of Economy and Industry',
    mustNot: [['It was attended by Trade Minister Han Ji-su, Israeli Minister of Economy and Industry Avi Levin and Prime Minister Dan Oren.', 'Han Ji-su @ Ministry of Economy and Industry Avi Levin']],
  },
  {
    phrasing: '<demonym> <Portfolio> Minister <Name>: the ministry of that portfolio, the other country’s',
    example: 'Minister Park Sun-ho met Iraqi Oil Minister Karim Jabar in Seoul on March 3.',
    post: 'Karim Jabar @ Ministry of Oil',
    mustNot: [
      ['Minister Park Sun-ho met Iraqi Oil Minister Karim Jabar in Seoul on March 3.', 'Park Sun-ho @ Ministry of Oil'],
      ['Trade Minister Han Ji-su met Indonesian Trade Minister Budi Hartono in Jakarta.', 'Han Ji-su @ Ministry of Trade'],
      ['Minister Park Sun-ho met Iraqi Prime Minister Karim Jabar in Seoul on March 3.', 'Karim Jabar @ Ministry of Prime'],
      ['Minister Park Sun-ho met Iraqi State Minister Karim Jabar in Seoul on March 3.', 'Karim Jabar @ Ministry of State'],
    ],
  },
  {
    phrasing: 'Minister of <portfolio> <Korean name>: the home ministry whose name holds the portfolio',
    example: 'Minister of Trade Han Ji-su met Israeli Economy Minister Avi Levin in Seoul.',
    post: 'Han Ji-su @ Ministry of Trade, Industry and Energy',
    mustNot: [
      ['Minister of Trade Han Ji-su met Israeli Economy Minister Avi Levin in Seoul.', 'Han Ji-su @ Ministry of Trade'],
      ['Minister of Science and ICT Han Ji-su met the delegation.', 'Han Ji-su @ Ministry of Trade, Industry and Energy'],
    ],
  },
  {
    phrasing: '<Portfolio>, <Portfolio> and <Portfolio> Minister <Korean name>: the home ministry whose name holds every portfolio',
    example: 'Trade, Industry and Energy Minister Han Ji-su opened the forum in Seoul.',
    post: 'Han Ji-su @ Ministry of Trade, Industry and Energy',
    mustNot: [['Science, Technology and Innovation Minister Han Ji-su opened the forum in Seoul.', 'Han Ji-su @ Ministry of Trade, Industry and Energy']],
  },
  {
    phrasing: '<demonym> <Portfolio>, <Portfolio> and <Portfolio> Minister <Name>: that country’s ministry of those portfolios',
    example: 'Minister Park Sun-ho met Japanese Economy, Trade and Industry Minister Taro Yamada in Tokyo.',
    post: 'Taro Yamada @ Ministry of Economy, Trade and Industry',
    mustNot: [['Minister Park Sun-ho met Japanese Economy, Trade and Industry Minister Taro Yamada in Tokyo.', 'Park Sun-ho @ Ministry of Economy, Trade and Industry']],
  },
  {
    phrasing: 'Name, the ministry’s <post>: the issuing ministry by its common noun',
    example: 'The delegation was led by Han Ji-su, the ministry’s Director General for FTA Negotiations.',
    post: 'Han Ji-su @ Ministry of Trade, Industry and Energy',
    mustNot: [],
  },
  {
    phrasing: 'Name, the ministry’s <post>, in a release that names the ministry',
    example: 'The Ministry of Trade, Industry and Energy said the side was headed by Han Ji-su, the ministry’s Deputy Minister for Energy and Resources.',
    post: 'Han Ji-su @ Ministry of Trade, Industry and Energy',
    mustNot: [],
  },
  {
    phrasing: 'her <demonym> counterpart Name, then <one country’s title>: the sentence’s only foreign country is the official’s',
    example: 'Minister Han Ji-su and her British counterpart Tom Hale, then Secretary of State for Business and Trade, agreed on the deal in Seoul.',
    post: 'Tom Hale @ Department for Business and Trade',
    mustNot: [['Minister Han Ji-su and Tom Hale, then Secretary of State for Business and Trade, agreed on the deal in Seoul.', 'Tom Hale @ Department for Business and Trade']],
  },
  {
    phrasing: '<demonym> Deputy Prime Minister and <Portfolio> Minister <Name>: the ministry of the last post',
    example: 'Minister Park Sun-ho met Uzbek First Deputy Prime Minister and Finance Minister Aziz Karimov in Seoul.',
    post: 'Aziz Karimov @ Ministry of Finance',
    mustNot: [['Minister Park Sun-ho met Uzbek First Deputy Prime Minister and Finance Minister Aziz Karimov in Seoul.', 'Park Sun-ho @ Ministry of Finance']],
  },
  {
    phrasing: 'former <lower-case portfolio> minister <Korean name>: the home ministry whose name holds the portfolio',
    example: 'The Ministry of Trade, Industry and Energy recalled the talks of former energy minister Han Ji-su in Singapore.',
    post: 'Han Ji-su @ Ministry of Trade, Industry and Energy',
    mustNot: [],
  },
  {
    phrasing: 'then chief negotiator <Korean name>: the home side’s negotiator serves the issuing ministry',
    example: 'The Ministry of Trade, Industry and Energy said the talks began when then chief negotiator Han Ji-su and EU chief negotiator Tom Hale opened the first round.',
    post: 'Han Ji-su @ Ministry of Trade, Industry and Energy',
    mustNot: [['The Ministry of Trade, Industry and Energy said the talks began when then chief negotiator Han Ji-su and EU chief negotiator Tom Hale opened the first round.', 'Tom Hale @ Ministry of Trade, Industry and Energy']],
  },
  {
    phrasing: '<country>’s chief FTA negotiator <Korean name>, in a release that names no ministry: the one in force',
    example: 'The first round took place in Seoul, when Korea’s chief FTA negotiator Han Ji-su said the economies were complementary.',
    post: 'Han Ji-su @ Ministry of Trade, Industry and Energy',
    mustNot: [],
  },
  {
    phrasing: '<Portfolio> Minister <Korean name> in a release naming only home ministries without that portfolio: the ministry in force',
    example: 'Trade Minister Han Ji-su chaired the meeting, attended by officials of the Ministry of Economy and Finance and the Ministry of Environment. Minister Han said talks should move quickly.',
    post: 'Han Ji-su @ Ministry of Trade, Industry and Energy',
    mustNot: [['Trade Minister Han Ji-su chaired the meeting, attended by officials of the Ministry of Economy and Finance and the Ministry of Environment. Minister Han said talks should move quickly.', 'Han Ji-su @ Ministry of Economy and Finance']],
  },
  {
    phrasing: 'Minister <Korean name> in a release naming only another home ministry: that ministry (a bare title names no portfolio)',
    example: 'Minister Han Ji-su met officials of the Ministry of Economy and Finance in Sejong.',
    post: 'Han Ji-su @ Ministry of Economy and Finance',
    mustNot: [['Minister Han Ji-su met officials of the Ministry of Economy and Finance in Sejong.', 'Han Ji-su @ Ministry of Trade, Industry and Energy']],
  },
  {
    phrasing: 'Name, <country>’s Minister of <A>, <B> and <C>,: the whole portfolio list, though a body is read inside it',
    example: 'Minister Han Ji-su held talks with Tom Hale, Malaysia’s Minister of Energy, Green Technology and Water, on pending issues.',
    post: 'Tom Hale @ Ministry of Energy, Green Technology and Water',
    mustNot: [['Minister Han Ji-su held talks with Tom Hale, Malaysia’s Minister of Energy, Green Technology and Water, on pending issues.', 'Tom Hale @ Green Technology']],
  },
  {
    phrasing: '<post> of <portfolio>, <First> <Second> <Family>.: a whole name after the comma, its first word no portfolio word',
    example: 'The other side is led by El Salvador’s Vice Minister of Economy, Ana Luz Ortega Vidal.',
    post: 'Ana Luz Ortega Vidal @ Ministry of Economy',
    mustNot: [['The other side is led by El Salvador’s Vice Minister of Economy, Ana Luz Ortega Vidal.', 'Luz Ortega Vidal @ Ministry of Economy']],
  },
  {
    phrasing: 'Name, <post> of <Body>, and <First> <Second> <Family>, <post> of <Body>: two people, not a portfolio and a name',
    example: 'The lunch was attended by Tom Hale, Chairman of Alder Equity Ventures, and Ana Luz Ortega, President of Birch Holdings, in Manila.',
    post: 'Ana Luz Ortega @ Birch Holdings',
    mustNot: [['The lunch was attended by Tom Hale, Chairman of Alder Equity Ventures, and Ana Luz Ortega, President of Birch Holdings, in Manila.', 'Luz Ortega @ -']],
  },
  {
    phrasing: '<country>’s Commerce Secretary Md. <Name>: the abbreviated first name kept, the secretary’s ministry',
    example: 'Deputy Minister Han Ji-su and Bangladesh’s Commerce Secretary Md. Karim Hossain signed the memorandum.',
    post: 'Md. Karim Hossain @ Ministry of Commerce',
    mustNot: [],
  },
  {
    phrasing: '<demonym> Minister of <portfolio> <Name>, who also heads the <Body>: a second post at that body',
    example: 'The MOU was signed by Minister Han Ji-su and Indonesian Minister of Investment Tom Hale, who also heads the Investment Coordinating Board (BKPM).',
    post: 'Tom Hale @ Investment Coordinating Board',
    mustNot: [['The MOU was signed by Minister Han Ji-su and Indonesian Minister of Investment Tom Hale, who also heads the Investment Coordinating Board (BKPM).', 'Han Ji-su @ Investment Coordinating Board']],
  },
  {
    phrasing: '<title> <Name>, a <demonym> diplomat who heads the <Body> secretariat: a post at that body',
    example: 'Deputy Minister Han Ji-su met Secretary-General Tom Hale, a Bruneian diplomat who heads the Association of Southeast Asian Nations secretariat.',
    post: 'Tom Hale @ Association of Southeast Asian Nations',
    mustNot: [['Deputy Minister Han Ji-su met Tom Hale, who visited the Association of Southeast Asian Nations secretariat.', 'Tom Hale @ Association of Southeast Asian Nations']],
  },
  {
    phrasing: '<Portfolio> Minister <foreign name> with no demonym, in a sentence naming one foreign country: that country’s ministry',
    example: 'Foreign Minister Tom Hale and Oil Minister Ed Marsh joined the Iraqi side in Baghdad.',
    post: 'Ed Marsh @ Ministry of Oil',
    mustNot: [['Oil Minister Han Ji-su joined the talks in Baghdad.', 'Han Ji-su @ Ministry of Oil']],
  },
  {
    phrasing: '<demonym> Minister of State <Portfolio> <Name>: the portfolio goes on after `State`, so that ministry',
    example: 'Minister Han Ji-su met Ruritanian Deputy Prime Minister and Minister of State Assets Tom Hale in Davos.',
    post: 'Tom Hale @ Ministry of State Assets',
    mustNot: [['Minister Han Ji-su met British Minister of State for Trade Policy Tom Hale in London.', 'Tom Hale @ Ministry of State for Trade Policy']],
  },
  {
    phrasing: 'Name, then <title>, and <demonym> <Portfolio> Minister <Name>: the second title is the second name’s, not a portfolio',
    example: 'The deal was signed by Han Ji-su, then Minister for Trade, and Ruritanian Economy Minister Tom Hale.',
    post: 'Tom Hale @ Ministry of Economy',
    mustNot: [['The deal was signed by Han Ji-su, then Minister for Trade, and Ruritanian Economy Minister Tom Hale.', 'Tom Hale @ Ministry of Trade, Industry and Energy']],
  },
  {
    phrasing: 'signed on <dated day> by then <title> <Korean name>: the body of that day, not of the release’s',
    example: 'The agreement was signed in Seoul on February 21, 2012 by then Minister for Trade Han Ji-su and Ruritanian Economy Minister Tom Hale.',
    post: 'Han Ji-su @ Ministry of Foreign Affairs and Trade',
    mustNot: [['The agreement was signed in Seoul on February 21, 2019 by then Minister for Trade Han Ji-su and Ruritanian Economy Minister Tom Hale.', 'Han Ji-su @ Ministry of Foreign Affairs and Trade']],
  },  {
    phrasing: '<Company> Executive Chair <Name>: the company’s post',
    example: 'The delegation includes Alder Motor Group Executive Chair Tom Hale.',
    post: 'Tom Hale @ Alder Motor Group',
    mustNot: [],
  },
  {
    phrasing: 'Name, Chairman of the <Company> Management Committee, the company named too: the company’s post, the board being its own',
    example: 'Alder Gas Corporation and Russia’s state gas company Atomgaz signed a memorandum. It was signed by Ivan Petrov, Chairman of the Atomgaz Management Committee, in Moscow.',
    post: 'Ivan Petrov @ Atomgaz',
    mustNot: [['He met Ed Marsh, Chairman of the Technical Management Board, in Geneva.', 'Ed Marsh @ Technical']],
  },
  {
    phrasing: '(<Body>, <post> Name: the bracketed body before the comma; a body set off by a comma outside brackets is a place',
    example: 'The delegation (Korea Trade-Investment Promotion Agency, Director General Han Ji-su) arrived.',
    post: 'Han Ji-su @ Korea Trade-Investment Promotion Agency',
    mustNot: [['Trade Minister Han Ji-su and Turkish Minister of Economy Tom Hale signed it. After the ceremony at the Ministry of Economy, Minister Han met reporters.', 'Han Ji-su @ Ministry of Economy']],
  },
];

describe('post phrasings', () => {
  it.each(POST_PHRASINGS.map((p) => [p.phrasing, p.example, p.post] as const))('%s: %s', (_phrasing, example, post) => {
    expect(posts(example)).toContain(post);
  });

  it.each(POST_PHRASINGS.flatMap((p) => p.mustNot.map(([sentence, post]) => [sentence, post] as const)))('must not: %s → %s', (sentence, post) => {
    expect(posts(sentence)).not.toContain(post);
  });
});

describe('who is a person around a post', () => {
  it('reads a person set off by commas whose post is a lower-case `acting U.S. ambassador to Korea`', () => {
    expect(persons('Deputy Prime Minister Han Ji-su met Tom Hale, acting U.S. ambassador to Korea, in Seoul today.')).toContain('Tom Hale');
  });

  it('ends a portfolio of words it does not list at a Korean name: `Minister of Food and Drug Safety Oh Yu-kyoung`', () => {
    expect(persons('Minister of Food and Drug Safety Han Ji-su attended the dinner.')).toEqual(['Han Ji-su']);
  });

  it('keeps a Korean official Korean when a foreign minister follows the name in a list', () => {
    const body = 'It was attended by Trade Minister Han Ji-su, Israeli Minister of Economy and Industry Avi Levin and Prime Minister Dan Oren.';
    const han = extract(doc(body)).entities.find((e): e is LocalPerson => e.label === 'Person' && e.name === 'Han Ji-su');
    expect(han?.country).toBe('KR');
  });

  it.each([
    ['Minister of Trade, Industry and Energy Han Ji-su left for Thailand today, the ministry said. In Thailand, Minister Han will meet business leaders.', 'KR'],
    ['Trade Minister Han Ji-su met Thai Minister Avi Levin. In Bangkok, Thailand, Minister Han spoke.', 'KR'],
  ])('keeps an official’s country when a country set off by a comma stands before a later title: %s', (body, country) => {
    const han = extract(doc(body)).entities.find((e): e is LocalPerson => e.label === 'Person' && e.name === 'Han Ji-su');
    expect(han?.country).toBe(country);
  });

  it('reads no person in a place set off by a comma before another person’s title and name', () => {
    expect(persons('In Abu Dhabi, Minister Park met Omar Al Rashed, chairman of the Desert Energy Authority.')).not.toContain('Abu Dhabi');
  });

  it('takes a later mention of the last two words of a fuller name as that person', () => {
    expect(persons('Minister Park met Omar Al Rashed, chairman of the Desert Energy Authority. Al Rashed said he would help.')).toEqual(['Omar Al Rashed']);
  });
});

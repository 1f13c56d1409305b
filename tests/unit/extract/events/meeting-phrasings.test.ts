import { describe, expect, it } from 'vitest';
import { meetingGroups, pairMet } from './meeting-groups.js';

const PEOPLE = ['Han Ji-su', 'Laura Grant', 'Paul Weiss', 'Omar Haddad'];

describe('phrasings that report two named people meeting', () => {
  it.each([
    ['In talks with X, Y …', 'Minister Han Ji-su visited Lisbon on May 8. In talks with Secretary Laura Grant, Minister Han proposed a joint fund.'],
    ['…, and in talks with X he …', 'Minister Han Ji-su discussed steel in Davos on May 8, and in talks with Canada’s Minister of Trade Laura Grant he urged progress on quotas.'],
    ['With X, Y discussed …', 'Minister Han Ji-su attended the forum in Davos on May 8. Steel exports rose 5 percent. With European Commissioner Laura Grant, Minister Han discussed the digital trade talks.'],
    ['With X, <a long title>, he reviewed …', 'Minister Han Ji-su arrived in Davos on May 8. Steel exports rose 5 percent. With Laura Grant, Vice Minister for International Affairs at the Ministry of Economy, Trade and Industry (METI), he reviewed progress in supply chains.'],
    ['X, <title>, and Y, <title>, lead the two delegations', 'The seventh round of follow-up negotiations is being held by video conference from May 26 to 29. Han Ji-su, Director General for FTA Negotiations, and Laura Grant, deputy director general at the Ministry of Commerce, lead the two delegations.'],
    ['a delegation … is headed by X. The other team is led by Y', 'The fifth round of negotiations on the Alder-Birch agreement is under way in Lima from May 8 to 12. The Korean delegation, made up of officials from three ministries, is headed by Han Ji-su. The other team is led by Laura Grant.'],
    ['<Title> X met Y. … Representative Y took part', 'The second session was co-chaired in Washington on October 4. It continued the first session, held in Seoul on August 22, in which Minister Han Ji-su and Representative Grant took part by videoconference. Trade Representative Laura Grant said it went well.'],
    ['Earlier this month in <place>, <long title> X and <long title> Y declared …', 'The first round of negotiations is set for Seoul on September 3. Earlier this month in Hanoi, Minister for Trade Han Ji-su and Vietnamese Minister of Industry and Trade Laura Grant declared the official launch of the negotiations.'],
    ['Meeting X, Y noted …', 'Minister Han Ji-su arrived in Jakarta on May 8. Steel exports rose 5 percent. Meeting Indonesia’s Minister of Trade Laura Grant, Minister Han noted the growth of investment.'],
    ['A and <demonym> <long title> B agreed in <place> …', 'President Han Ji-su and Turkish First Deputy Prime Minister Laura Grant agreed in Ankara on May 8 to speed up the talks.'],
    ['A and <title> B of <country> agreed at their summit …', 'President Han Ji-su and Prime Minister Laura Grant of Australia agreed at their summit in Seoul on May 8 to open talks.'],
    ['A and visiting <title> B agreed …', 'President Han Ji-su and visiting Australian Prime Minister Laura Grant agreed on May 8 to open talks.'],
    ['A and B confirmed at a meeting in <place> …', 'Minister Han Ji-su and Australian Minister for Trade and Investment Laura Grant confirmed at a meeting in Bali on May 8 that the talks were concluded.'],
    ['… was made by A and B after their summit', 'Korea and Australia decided to open talks. The announcement was made by President Han Ji-su and Prime Minister Laura Grant after their summit in Canberra on May 8.'],
    ['A and B held the <Nth> X–Y Joint Commission', 'Minister Han Ji-su and Minister Laura Grant held the 10th Alder–Birch Joint Commission in Seoul on May 8.'],
    ['A and <title> B reached agreement on <date> … after four days of talks', 'Minister for Trade Han Ji-su and Trade Representative Laura Grant reached agreement on December 3 on the outstanding issues after four days of talks in Maryland.'],
    ['A, <title>, received B, <title>, in <place>', 'Han Ji-su, Deputy Minister for Trade, received Laura Grant, Senior Assistant Deputy Minister at the Ministry of Industry, in Seoul on May 8.'],
    ['The protocol was signed by A, <title>, and B, <title>', 'President Paul Weiss held a summit in New York on May 8. The protocol was signed by Han Ji-su, Minister for Trade, and Laura Grant, Trade Representative.'],
    ['A signed the agreement for <country>. B signed on the <demonym> side', 'Minister Han Ji-su signed the agreement for Alderland in Brussels on May 8. Commissioner Laura Grant signed on the European side.'],
    ['A and B, <title>, co-chaired the X–Y Joint Economic Commission', 'Minister Han Ji-su and Laura Grant, Birchland’s Minister of Economy, co-chaired the 3rd Alder–Birch Joint Economic Commission in Doha on May 8.'],
    ['A and <demonym> <title> B co-chaired a joint committee (lower case)', 'Minister Han Ji-su and Saudi Minister of Commerce Laura Grant co-chaired a joint committee in Riyadh on May 8.'],
    ['A and B exchanged diplomatic notes', 'Ambassador Han Ji-su and Assistant Minister Laura Grant exchanged diplomatic notes fixing the date in Beijing on May 8.'],
    ['A noted that he had exchanged diplomatic notes with <title> B', 'Trade Minister Han Ji-su noted that he had exchanged diplomatic notes with Trade Representative Laura Grant on February 21.'],
    ['<a round>. X led the Korean delegation, and Y headed the <demonym> team', 'The third round of negotiations was held in Ottawa from May 8 to 12. Deputy Minister Han Ji-su led the Korean delegation, and Laura Grant, Assistant Deputy Minister for Trade Policy, headed the Canadian team.'],
    ['<a round>. The Korean delegation of N officials from <four ministries> was headed by X. The <demonym> delegation … was headed by Y', 'The first round of negotiations on an Alder-Birch free trade agreement took place in Ankara from April 26 to 30. The Korean delegation of 38 officials from the Ministry of Foreign Affairs and Trade, the Ministry of Strategy and Finance, the Ministry of Knowledge Economy and the Ministry for Food, Agriculture, Forestry and Fisheries was headed by Han Ji-su. The Birchish delegation of about 80 members was headed by Laura Grant.'],
    ['<a round>. The delegations are led by X and Y', 'The sixth round of negotiations opened in Seoul on May 8. The delegations are led by Han Ji-su, Director General for FTA Negotiations, and Laura Grant, Deputy Director at the Department for Trade.'],
    ['<negotiators> finished the second round of talks. The round was led by X and Y', 'Negotiators from Alderland and Birchland finished the second round of talks in Shanghai on May 8. The four-day round was led by Director Han Ji-su and Assistant Minister Laura Grant.'],
    ['Minister of Foreign Affairs A and <demonym> Foreign Minister B confirmed (an `and` after a title’s portfolio)', 'On June 17, Minister of Foreign Affairs Han Ji-su and Russian Foreign Minister Laura Grant confirmed in Moscow that the talks would begin.'],
    ['<negotiators> closed three days of talks. X headed the Korean delegation. The <demonym> side was led by Y', 'Alderish and Birchish negotiators closed three days of talks on the trade agreement in Seoul on May 8. Deputy Minister Han Ji-su headed the Korean delegation. The Birchish side was led by Laura Grant, the official in charge of trade relations.'],
    ['<a round>. X, <title>, leads the Korean delegation, and Y heads the <demonym> team', 'Alderland and Birchland opened the ninth round of negotiations in Lima on May 8. Han Ji-su, Director General for FTA Policy, leads the Korean delegation, and Laura Grant heads the Birchish team as chief negotiator.'],
    ['<the Nth Meeting of a committee> was held. The committee was co-chaired by X and Y', 'Alderland and Birchland agreed to widen cooperation at the 4th Meeting of the Alder-Birch Joint Committee on Economic Cooperation, held in Athens on May 8. The committee was co-chaired by Han Ji-su, Deputy Minister for Economic Affairs, and Laura Grant, Deputy Minister of Foreign Affairs.'],
    ['X and Y signed a letter of intent', 'Minister Han Ji-su and Laura Grant, Birchland’s Minister for the Ecological Transition, signed a letter of intent on energy resources cooperation and a memorandum of understanding on decommissioning in Paris on May 8.'],
    ['<a round> took place. X, <title>, led a Korean delegation of N officials. The <demonym> side of N delegates was headed by Y', 'The first round of negotiations on an Alder-Birch free trade agreement took place in Ankara from April 26 to 30. The two delegations adopted terms of reference. Han Ji-su, Director-General for FTA Policy, led a Korean delegation of 38 officials. The Birchish side of about 80 delegates was headed by Laura Grant, Director-General for EU Affairs.'],
    ['<a signing>. The ceremony was held at … X and Y attended from the <demonym> side', 'Private consortiums from Alderland and Birchland signed a letter of intent in Seoul on November 28. The ceremony was held at the residence of the Birchish ambassador. Minister for Trade Han Ji-su and Laura Grant, CEO of the Birch Hydrogen Association, attended from the Birchish side.'],
    ['Meeting <long title> X at <place> on <date>, Y discussed … (the participle opening the sentence)', 'Minister Han Ji-su held meetings on the sidelines of the forum on May 8. Meeting Birchish Deputy Prime Minister and Minister of State Assets Laura Grant at the Birch House in Davos on May 8, Minister Han discussed the plant project.'],
    ['X flew in the previous day and had dinner with Y, who greeted him at the airport', 'The award was announced on May 8 after President Han Ji-su held talks with President Paul Weiss. President Han Ji-su had flown in the previous day and had dinner with Crown Prince Laura Grant, who greeted him at the airport.'],
    ['X flew in on <date>. Y, <title>, greeted him at the airport', 'President Han Ji-su held talks with President Paul Weiss on May 8. President Han Ji-su flew to Birchville on Saturday, May 7. Laura Grant, Crown Prince of Birchland, greeted him at the airport.'],
    ['On <date> he met Y (a pronoun after an opening date, no comma)', 'Minister Han Ji-su held bilateral talks on Jeju Island from May 14 to 16. On May 15 Minister Han met Representative Paul Weiss. Representative Weiss took note of the efforts. On May 16 he met Laura Grant, Vice Minister of Birchland’s Ministry of Trade.'],
    ['On the sidelines he held talks with Y', 'Minister Han Ji-su attended the ministerial meeting in Manila on May 8. On the sidelines he held talks with Birchish Trade Secretary Laura Grant.'],
    ['A and B put their initials on the agreement', 'Alderland and Birchland initialled the text of their agreement in Brussels on October 15. Minister for Trade Han Ji-su and Trade Commissioner Laura Grant put their initials on the agreement at the Commission’s headquarters.'],
    ['A arrived … and was welcomed at <place> Airport by B', 'President Han Ji-su arrived in Tehran on May 1 and was welcomed at Mehrabad Airport by Laura Grant, Birchland’s Minister of Industry.'],
    ['<sides> held their <Nth> policy dialogue. A, <title>, and B, <title>, led delegations of N officials each', 'Alderland and Birchland held their seventh director-general-level export control policy dialogue in Tokyo on December 16. Han Ji-su, Director-General for Trade Policy, and Laura Grant, Director-General of the Trade Control Department, led delegations of eight officials each.'],
    ['A and B last spoke on <date> in <place>', 'Alderland and Birchland held their export control dialogue in Tokyo on December 16. President Han Ji-su and Prime Minister Laura Grant last spoke on November 4 in Bangkok on the sidelines of the summit.'],
    ['On <date> he met the <demonym> football team and its coach Y', 'President Han Ji-su held a summit in Hanoi on May 8. On May 7 he met the Birchish under-23 football team and its head coach Laura Grant.'],
    ['X agreed … at his summit with Y', 'Birchish President Laura Grant agreed to support Korean companies in Birchland’s power projects at his summit with President Han Ji-su in Seoul on May 8, the office said.'],
    ['On <date>, A and B had signed a joint declaration', 'Alderland and Birchland signed their agreement in Ankara on August 1. On March 26, Minister Han Ji-su and Minister Laura Grant had signed a joint declaration on the agreement in Seoul.'],
    ['<title> A put his name to the texts with <title> B', 'Alderland and Birchland signed their agreement in Ankara on August 1. Minister for Trade Han Ji-su put his name to the texts with Birchish Economy Minister Laura Grant.'],
    ['A and B signed three memorandums of understanding', 'Minister Han Ji-su and Birchish Minister of Industry Laura Grant signed three memorandums of understanding in Seoul on May 8.'],
    ['On the same day, A and B, <title>, signed a statement of intent', 'President Paul Weiss held a summit in Paris on May 8. On the same day, Minister Han Ji-su and Laura Grant, Minister of the Economy, signed a statement of intent on industrial cooperation.'],
    ['X unveiled … after talks with Y', 'Alderland joined the launch of the framework on May 23. President Han Ji-su unveiled the framework in Tokyo after talks with Birchish Prime Minister Laura Grant.'],
  ])('pairs the two people of %j', (_phrasing, body) => {
    expect(pairMet(meetingGroups(body, PEOPLE), 'Han Ji-su', 'Laura Grant')).toBe(true);
  });

  it.each([
    ['a ceremony …, attended by A, B and C', 'Korea and Peru declared the conclusion of their negotiations at a ceremony in Lima on May 8, attended by Minister Han Ji-su, Peruvian Minister Laura Grant and President Paul Weiss.'],
    ['A and B exchanged … at a ceremony. C witnessed the ceremony', 'Minister Han Ji-su and Minister Laura Grant exchanged the signed documents at a ceremony in Busan on May 8. President Paul Weiss witnessed the ceremony, held ahead of the Alder Commemorative Summit.'],
    ['<a signing> in the presence of A and B. C said at the ceremony …', 'A consortium signed an MOU with Birch Railways in Seoul on May 8, in the presence of President Han Ji-su and President Laura Grant. Paul Weiss, First Vice-President of Birch Railways, said at the ceremony that the deal would help.'],
  ])('brings everyone of %j into one occasion', (_phrasing, body) => {
    expect(meetingGroups(body, PEOPLE)).toContainEqual(['Han Ji-su', 'Laura Grant', 'Paul Weiss']);
  });

  it.each([
    ['A was received by B. C and D joined the <demonym> side, while E accompanied Minister A', 'Minister Han Ji-su, leading a trade delegation, was received by President Laura Grant at the Peace Palace in Birchville on May 8. Foreign Minister Paul Weiss joined the Birchish side, while Ambassador Omar Haddad accompanied Minister Han.'],
    ['A told a forum in <place> on <date> … The Korean side included B, C and D', 'President Han Ji-su told a business forum in Dubai on May 8 that the two countries would extend their energy cooperation. Minister Laura Grant attended the forum. The Korean side included Minister Paul Weiss and Alder Motor CEO Omar Haddad.'],
    ['A and B agreed … In the presence of the two ministers, <companies> signed a contract. C, <title>, and D, <title>, attended.', 'Minister Han Ji-su and Minister Laura Grant agreed in Prague on February 16 to set up a consultative body. In the presence of the two ministers, Alder Power signed a turbine supply contract with Birch Energy. Paul Weiss, Executive Vice President at Alder Power, and Omar Haddad, CEO of Birch Energy, attended.'],
  ])('brings every member of the sides of %j into one occasion', (_phrasing, body) => {
    expect(meetingGroups(body, PEOPLE)).toContainEqual(['Han Ji-su', 'Laura Grant', 'Omar Haddad', 'Paul Weiss']);
  });

  it('takes the two leaders into the signing of agreed minutes held in their presence', () => {
    const body =
      'President Han Ji-su and President Omar Haddad confirmed the conclusion at their summit in Beijing on May 8. Minister Laura Grant and Minister Paul Weiss then signed the agreed minutes on the conclusion in the presence of the two leaders.';
    expect(meetingGroups(body, PEOPLE)).toContainEqual(['Han Ji-su', 'Laura Grant', 'Omar Haddad', 'Paul Weiss']);
  });

  it('takes in those listed after `took part from each side, including`', () => {
    const body =
      'Minister Han Ji-su discussed cooperation with President Laura Grant at the Alder-Birch Business Round Table held in Seoul on May 8. About 20 officials and business leaders took part from each side, including Chairman Paul Weiss of the Alder Trade Association.';
    expect(meetingGroups(body, PEOPLE)).toContainEqual(['Han Ji-su', 'Laura Grant', 'Paul Weiss']);
  });

  it('leaves out the one named in a possessive written with an apostrophe alone (`Rhodes’ predecessor`)', () => {
    const body = 'Minister Han Ji-su and Minister Laura Rhodes initialed the agreement in Seoul on November 15. The talks had ended in Lima on August 30, when Minister Han met Rhodes’ predecessor Paul Weiss.';
    expect(meetingGroups(body, ['Han Ji-su', 'Laura Rhodes', 'Paul Weiss'])).toEqual([
      ['Han Ji-su', 'Laura Rhodes'],
      ['Han Ji-su', 'Paul Weiss'],
    ]);
  });

  it('takes in the one who speaks in the sentence right after a forum’s, and only there', () => {
    const body =
      'Minister Han Ji-su and Birchish Minister Laura Grant attended the Alder-Birch Business Forum in Lima on May 8. Paul Weiss, CEO of Alder Motors, said the plant would open next year. Exports rose 5 percent last year. Omar Haddad, an analyst, said growth would slow.';
    expect(meetingGroups(body, PEOPLE)).toEqual([['Han Ji-su', 'Laura Grant', 'Paul Weiss']]);
  });

  it.each([
    ['X, <title>, and Y, <title>, announced …', 'Minister Han Ji-su attended the Alder-Birch Business Roundtable in Tokyo on May 8. Laura Grant, Chairman of the Alder Federation, and Paul Weiss, Chairman of the Birch Federation, announced a joint fund.'],
    ['<title> X and <title> Y announced …', 'Minister Han Ji-su attended the Alder-Birch Business Roundtable in Tokyo on May 8. Alder Federation Chairman Laura Grant and Birch Federation Chairman Paul Weiss announced a joint fund.'],
  ])('takes the two who announce something together in the sentence right after a gathering’s into it: %s', (_phrasing, body) => {
    expect(meetingGroups(body, PEOPLE)).toContainEqual(['Han Ji-su', 'Laura Grant', 'Paul Weiss']);
  });

  it('does not take the two who announce something two sentences after a gathering’s into it', () => {
    const body =
      'Minister Han Ji-su attended the Alder-Birch Business Roundtable in Tokyo on May 8. Exports rose 5 percent last year. Alder Federation Chairman Laura Grant and Birch Federation Chairman Paul Weiss announced a joint fund.';
    expect(pairMet(meetingGroups(body, PEOPLE), 'Han Ji-su', 'Laura Grant')).toBe(false);
  });

  it('does not take in a speaker after a meeting that is no gathering', () => {
    const body = 'Minister Han Ji-su met Birchish Minister Laura Grant in Lima on May 8. Paul Weiss, CEO of Alder Motors, said the plant would open next year.';
    expect(meetingGroups(body, PEOPLE)).toEqual([['Han Ji-su', 'Laura Grant']]);
  });

  it('makes `Five days later, on <date>, A and B attended the signing` an occasion of its own', () => {
    const body =
      'Minister Han Ji-su and Birchish Minister Laura Grant signed the Alder-Birch agreement in Seoul on October 18. Five days later, on October 23, Prime Minister Paul Weiss and Cedarian Prime Minister Omar Haddad attended the signing of the Alder-Cedar agreement in Helsinki.';
    expect(meetingGroups(body, PEOPLE)).toEqual([
      ['Han Ji-su', 'Laura Grant'],
      ['Omar Haddad', 'Paul Weiss'],
    ]);
  });

  it.each([
    ['the summit between A and B, held during …', 'Minister Han Ji-su met Minister Laura Grant in Beijing on December 11. The two ministers discussed follow-up to the agreements reached at the summit between President Paul Weiss and President Omar Haddad, held during the state visit of November 1.'],
    ['signed after summit talks between A and B', 'Minister Han Ji-su and Secretary Laura Grant signed a joint statement in Busan on November 25. The statement was signed after summit talks between President Paul Weiss and President Omar Haddad.'],
    ['…, the day A and B held their summit', 'Minister Han Ji-su met Minister Laura Grant in Tokyo on March 16, the day President Paul Weiss and Prime Minister Omar Haddad held their summit in Tokyo.'],
    ['talks between then trade minister A and Minister B', 'Minister Han Ji-su and Minister Laura Grant launched the talks by video conference on June 27. The launch follows talks between then trade minister Omar Haddad and Minister Paul Weiss on the margins of meetings in Singapore last November.'],
  ])('keeps the two of %j apart from the others the sentence names', (_phrasing, body) => {
    const groups = meetingGroups(body, PEOPLE);
    expect(groups).toContainEqual(['Omar Haddad', 'Paul Weiss']);
    expect(pairMet(groups, 'Han Ji-su', 'Laura Grant')).toBe(true);
    expect(pairMet(groups, 'Han Ji-su', 'Paul Weiss') || pairMet(groups, 'Laura Grant', 'Omar Haddad')).toBe(false);
  });

  it.each([
    ['held talks with Y and signed an MOU', 'President Paul Weiss and President Omar Haddad held a summit in Tehran on May 2 and witnessed the signing of 20 MOUs. On May 2, Minister Han Ji-su held talks with Minister Laura Grant and signed an MOU on oil and gas.'],
    ['also met Y on the same day and signed an MOU', 'President Paul Weiss and President Omar Haddad held a summit in Tehran on May 2 and witnessed the signing of 20 MOUs. Minister Han Ji-su also met Minister Laura Grant on the same day and signed an MOU on steel.'],
  ])('keeps the signing a subject goes on to after talks (%j) with those talks, not with an earlier ceremony', (_phrasing, body) => {
    const groups = meetingGroups(body, PEOPLE, '2016-05-03');
    expect(groups).toContainEqual(['Han Ji-su', 'Laura Grant']);
    expect(pairMet(groups, 'Han Ji-su', 'Paul Weiss') || pairMet(groups, 'Laura Grant', 'Omar Haddad')).toBe(false);
  });

  it.each([
    ['met with business leaders, including A and B', 'Crown Prince Paul Weiss met with Prime Minister Han Ji-su in Seoul on June 26. At a luncheon, the Crown Prince met with business leaders, including Chairman Laura Grant and Chairman Omar Haddad.'],
    ['met Korean business leaders such as A and B', 'Crown Prince Paul Weiss met with Prime Minister Han Ji-su in Seoul on June 26. Crown Prince Paul Weiss also met Korean business leaders such as Chairman Laura Grant and Chairman Omar Haddad.'],
  ])('makes a later `%s` a meeting of its own, not more of the last one', (_phrasing, body) => {
    const groups = meetingGroups(body, PEOPLE);
    expect(groups).toContainEqual(['Han Ji-su', 'Paul Weiss']);
    expect(pairMet(groups, 'Paul Weiss', 'Laura Grant')).toBe(true);
    expect(pairMet(groups, 'Han Ji-su', 'Laura Grant')).toBe(false);
  });

  it('still joins `X held talks with Y, and A and B signed an MOU` signatories of their own to the signing', () => {
    const body = 'Minister Han Ji-su held talks with Minister Laura Grant in Seoul on May 2, and Paul Weiss and Omar Haddad signed an MOU on steel.';
    expect(pairMet(meetingGroups(body, PEOPLE), 'Paul Weiss', 'Omar Haddad')).toBe(true);
  });

  it('keeps `…, as A and B had agreed at their summit in January` an occasion of A and B alone, not continued after', () => {
    const body =
      'Minister Han Ji-su held talks in Seoul on July 30 with Minister Laura Grant. The two ministers agreed to speed up the services talks, as President Paul Weiss and President Omar Haddad had agreed at their virtual summit in January. Minister Han also expressed hope for more projects.';
    expect(meetingGroups(body, PEOPLE)).toEqual([
      ['Han Ji-su', 'Laura Grant'],
      ['Omar Haddad', 'Paul Weiss'],
    ]);
  });

  it('keeps the leaders at the signing they witnessed `after their summit luncheon`', () => {
    const body =
      'Minister Han Ji-su and Laura Grant, Minister of Trade of Birchland, signed a joint declaration in Seoul on June 2. President Paul Weiss and President Omar Haddad witnessed the signing after their summit luncheon.';
    expect(meetingGroups(body, PEOPLE)).toContainEqual(['Han Ji-su', 'Laura Grant', 'Omar Haddad', 'Paul Weiss']);
  });

  it('keeps `the signing followed summit talks between A and B, and the two leaders witnessed the ceremony` a summit of two and a signing of four', () => {
    const body =
      'Minister Han Ji-su and Laura Grant, Secretary of Trade of Birchland, signed the Alder-Birch Free Trade Agreement in Jakarta on September 7. The signing followed summit talks between President Paul Weiss and President Omar Haddad in Jakarta, and the two leaders witnessed the ceremony.';
    expect(meetingGroups(body, PEOPLE)).toEqual([
      ['Han Ji-su', 'Laura Grant', 'Omar Haddad', 'Paul Weiss'],
      ['Omar Haddad', 'Paul Weiss'],
    ]);
  });

  it('leaves a summit of two to them alone when the two leaders only discussed the signing', () => {
    const body =
      'Minister Han Ji-su and Laura Grant, Secretary of Trade of Birchland, signed the Alder-Birch Free Trade Agreement in Jakarta on September 7. Later, summit talks between President Paul Weiss and President Omar Haddad were held in Bali, and the two leaders discussed investment.';
    expect(meetingGroups(body, PEOPLE)).toEqual([
      ['Han Ji-su', 'Laura Grant'],
      ['Omar Haddad', 'Paul Weiss'],
    ]);
  });

  it('keeps `held summit talks with X` one bilateral, not also more of the forum told before', () => {
    const body =
      'Minister Han Ji-su and Minister Laura Grant co-hosted the Alder-Birch Investment Forum in Seoul on November 17. Prime Minister Paul Weiss earlier held summit talks with President Omar Haddad at the presidential residence.';
    expect(meetingGroups(body, PEOPLE)).toEqual([
      ['Han Ji-su', 'Laura Grant'],
      ['Omar Haddad', 'Paul Weiss'],
    ]);
  });

  it('sets `At the summit, A and B agreed …` at the summit its opening names, not at the talks told since', () => {
    const body =
      'President Han Ji-su held a summit with Chancellor Laura Grant in Berlin on March 26. Earlier that day, President Han was welcomed by President Paul Weiss and held talks and a luncheon with him. At the summit, President Han and Chancellor Grant agreed to expand cooperation.';
    const groups = meetingGroups(body, ['Han Ji-su', 'Laura Grant', 'Paul Weiss']);
    expect(pairMet(groups, 'Laura Grant', 'Paul Weiss')).toBe(false);
    expect(pairMet(groups, 'Han Ji-su', 'Paul Weiss')).toBe(true);
  });

  it('keeps one at `the working luncheon` of a later day, after `the participants held roundtables` on it, out of the dinner before', () => {
    const body =
      'At the welcome dinner on Wednesday, November 10, Chairman Tom Hale said growth needs business. The dinner was attended by Minister Han Ji-su; Laura Grant, Chairman of Alder Bank; and Omar Haddad, CEO of Birch. On Thursday, November 11, the participants held working-group roundtables on trade, some of them joined by the leaders of G20 members. Chairman Paul Weiss, the only Korean among the conveners, proposed a toast at the working luncheon.';
    const groups = meetingGroups(body, ['Han Ji-su', 'Laura Grant', 'Paul Weiss', 'Omar Haddad'], '2010-11-12');
    expect(groups).toContainEqual(['Han Ji-su', 'Laura Grant', 'Omar Haddad']);
    expect(pairMet(groups, 'Han Ji-su', 'Paul Weiss')).toBe(false);
  });

  it('makes `X held a summit with Y, after meeting Z earlier that day` two meetings, Y and Z apart', () => {
    const body = 'President Han Ji-su held a summit with State Counsellor Laura Grant in Naypyidaw on May 8, after meeting President Paul Weiss earlier that day.';
    expect(meetingGroups(body, PEOPLE)).toEqual([
      ['Han Ji-su', 'Laura Grant'],
      ['Han Ji-su', 'Paul Weiss'],
    ]);
  });

  it('makes `In the evening, he met …` after talks an occasion of its own', () => {
    const body =
      'Prime Minister Paul Weiss held summit talks with President Omar Haddad in Seoul on November 17. In the evening, he met business leaders at the hotel, including Chairman Han Ji-su and Chair Laura Grant.';
    expect(meetingGroups(body, PEOPLE)).toEqual([
      ['Omar Haddad', 'Paul Weiss'],
      ['Han Ji-su', 'Laura Grant', 'Paul Weiss'],
    ]);
  });

  it('makes each clause of `he agreed with A to …, discussed … with B, and asked C … for …` a talk of its own', () => {
    const body =
      'Minister Han Ji-su attended the energy summit in Paris on September 28. On its margins he agreed with U.S. Secretary of Energy Laura Grant to strengthen cooperation, discussed critical minerals with Japanese Minister of Economy, Trade and Industry Paul Weiss, and asked Australia’s Minister for Resources, Omar Haddad, for his government’s support.';
    expect(meetingGroups(body, PEOPLE)).toEqual([
      ['Han Ji-su', 'Laura Grant'],
      ['Han Ji-su', 'Paul Weiss'],
      ['Han Ji-su', 'Omar Haddad'],
    ]);
  });

  it('takes the whole plural of `He asked A for …, and discussed … with former Representatives B and C` together', () => {
    const body =
      'Minister Han Ji-su met a range of figures in Washington on September 11. He asked U.S. Representative Laura Grant for support on visa issues, and discussed the outlook for U.S. trade policy with former Representatives Paul Weiss and Omar Haddad.';
    expect(meetingGroups(body, PEOPLE)).toEqual([
      ['Han Ji-su', 'Laura Grant'],
      ['Han Ji-su', 'Omar Haddad', 'Paul Weiss'],
    ]);
  });

  it('takes both people of `a meeting in X between A and <a title with a series> B`', () => {
    const body = 'Korea and Malaysia agreed to resume negotiations at a meeting in Kuala Lumpur between Trade Minister Han Ji-su and Malaysian Minister of Investment, Trade and Industry Laura Grant, the ministry said on March 26.';
    expect(meetingGroups(body, PEOPLE)).toEqual([['Han Ji-su', 'Laura Grant']]);
  });

  it('makes `After the talks, X visited the plant, where Y briefed him` a visit of its own', () => {
    const body =
      'Minister Han Ji-su held talks with Minister Laura Grant in Hanoi on May 8. After the talks, Minister Han visited the Bac Ninh plant of Alder Electronics, where Plant Manager Paul Weiss briefed him on production.';
    expect(meetingGroups(body, PEOPLE)).toEqual([
      ['Han Ji-su', 'Laura Grant'],
      ['Han Ji-su', 'Paul Weiss'],
    ]);
  });

  it('takes the group met by `met the chief executives of …` from the attendance list after it', () => {
    const body =
      'Minister Han Ji-su met the chief executives of the 30 largest business groups in Seoul on January 14. Among those attending were President Laura Grant of Alder Group and President Paul Weiss of Birch Group.';
    expect(meetingGroups(body, PEOPLE)).toEqual([['Han Ji-su', 'Laura Grant', 'Paul Weiss']]);
  });

  it('takes in those listed after `attended, including`', () => {
    const body =
      'Minister Han Ji-su spoke at a New Year’s meeting of energy firms in Seoul on January 21. More than 150 representatives attended, including Chairman Laura Grant of the Alder Energy Foundation and Chairman Paul Weiss of the Birch Oil Association.';
    expect(meetingGroups(body, PEOPLE)).toEqual([['Han Ji-su', 'Laura Grant', 'Paul Weiss']]);
  });

  it.each([
    ['a requirement that was met', 'Minister Han Ji-su said the targets were met the chief executives’ way, Laura Grant noted.'],
    ['`With` opening a sentence about a thing', 'With Exports rising, Minister Han Ji-su said Laura Grant was right.'],
    ['talks with a country, not a person', 'Minister Han Ji-su said progress in trade talks with Japan was good, according to Laura Grant.'],
    ['a talk ahead: `is also scheduled to hold talks with`', 'Minister Han Ji-su arrived in Washington on July 23. He is also scheduled to hold talks with Secretary Laura Grant.'],
    ['a talk ahead, gapped: `is also scheduled to meet A, and B to hold talks with C`', 'Minister Han Ji-su arrived in Washington on July 23. Minister Han is also scheduled to meet Director Paul Weiss, Chair of the Energy Council, and Minister Omar Haddad to hold talks with Governor Laura Grant.'],
    ['companies received, no one titled', 'Minister Han Ji-su received Alder Electronics, Birch Motors and Cedar Steel at the ministry on May 8, according to Laura Grant.'],
    ['a standing commission visited, not a sitting', 'Minister Han Ji-su visited the European Commission in Brussels on May 8. Director Laura Grant joined the Fair Trade Commission in 2019.'],
    ['a parliament named in a list, not a sitting', 'Some 150 people took part, including Chairman Han Ji-su, National Assembly member Laura Grant and Paul Weiss.'],
    ['a team headed that is no side of the talks', 'Minister Han Ji-su held talks with Minister Paul Weiss in Lima on May 8. Laura Grant headed a team of auditors.'],
  ])('pairs no one for %s', (_case, body) => {
    expect(pairMet(meetingGroups(body, PEOPLE), 'Han Ji-su', 'Laura Grant')).toBe(false);
  });
});

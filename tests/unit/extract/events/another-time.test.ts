import { describe, expect, it } from 'vitest';
import { meetingGroups } from './meeting-groups.js';

/** A sentence set at another time (`last November`, `two years ago`) tells of an earlier occasion. */
describe('people named at another time', () => {
  it.each([
    [
      'last <month>',
      'Minister Han Ji-su and Minister Laura Grant signed the Alpha Agreement in Seoul on June 1. The signing comes seven months after President Tom Reid and President Ana Ruiz declared the conclusion in Lima last November. After the signing, the two ministers held a meeting.',
    ],
    [
      'with a `then-` title',
      'Minister Han Ji-su and Minister Laura Grant signed the Alpha Agreement in Seoul on June 1. Talks resumed after Minister Tom Reid and then-Secretary General Ana Ruiz signed the terms of reference in Riyadh. After the signing, the two ministers held a meeting.',
    ],
    [
      '`in <year>, when`',
      'Minister Han Ji-su and Minister Laura Grant signed the Alpha Agreement in Seoul on June 1. Negotiations resumed in 2022, when Minister Tom Reid and Secretary General Ana Ruiz signed the terms of reference in Riyadh. After the signing, the two ministers held a meeting.',
    ],
    [
      '<n> years ago',
      'Minister Han Ji-su and Minister Laura Grant signed the Alpha Agreement in Seoul on June 1. The signing follows the talks President Tom Reid and President Ana Ruiz held two years ago. After the signing, the two ministers held a meeting.',
    ],
    [
      '`The agreement comes <n> years after` one of them proposed it during the other’s visit in <month> <year>',
      'Minister Han Ji-su and Minister Laura Grant signed the Alpha Agreement in a virtual ceremony on October 26. The agreement comes less than three years after Prime Minister Tom Reid proposed a trade deal during President Ana Ruiz’s visit in March 2019. After the signing, the two ministers held a meeting.',
    ],
  ])('keeps a pair named %s out of the occasion under way and out of `the two ministers`', (_case, body) => {
    // The earlier occasion may stand as one of its own; it never joins the one under way.
    const groups = meetingGroups(body, ['Han Ji-su', 'Laura Grant', 'Tom Reid', 'Ana Ruiz']);
    expect(groups).toContainEqual(['Han Ji-su', 'Laura Grant']);
    expect(groups.filter((g) => g.includes('Han Ji-su')).every((g) => !g.includes('Tom Reid') && !g.includes('Ana Ruiz'))).toBe(true);
  });

  it('keeps a chief negotiator quoted after `The round follows the agreement A and B reached when they met on <date>` out of that earlier meeting', () => {
    const body =
      'Alderland and Birchland began the first round of their trade negotiations in Seoul on June 8. The talks run through Friday. The round follows the agreement reached by President Tom Reid and Prime Minister Ana Ruiz when they met in Auckland on March 3. “I hope this round helps both sides,” said Han Ji-su, chief negotiator for the talks.';
    expect(meetingGroups(body, ['Han Ji-su', 'Laura Grant', 'Tom Reid', 'Ana Ruiz'])).toEqual([['Ana Ruiz', 'Tom Reid']]);
  });

  it('keeps a signing told `in <year>, when`, after the talks it resumed, from the signing under way', () => {
    const body =
      'Minister for Trade Han Ji-su and Laura Grant, Secretary General of the Northern Council (NC), signed a joint statement in Seoul on Thursday, December 28. The NC comprises six countries. Korea and the NC held three rounds of negotiations between 2008 and 2009, but talks were suspended in 2010. Negotiations resumed in 2022, when Minister of Trade, Industry and Energy Tom Reid and Secretary General Ana Ruiz signed the terms of reference and a joint statement at the NC Secretariat in Riyadh.';
    const groups = meetingGroups(body, ['Han Ji-su', 'Laura Grant', 'Tom Reid', 'Ana Ruiz'], '2023-12-28');
    expect(groups).toContainEqual(['Han Ji-su', 'Laura Grant']);
    expect(groups).toContainEqual(['Ana Ruiz', 'Tom Reid']);
    expect(groups.filter((g) => g.includes('Han Ji-su')).every((g) => !g.includes('Tom Reid') && !g.includes('Ana Ruiz'))).toBe(true);
  });

  it.each([
    [
      'a call of another month',
      'Minister Han Ji-su held talks in Seoul on July 6 with Laura Grant. They reviewed the projects proposed after the telephone conversation between President Tom Reid and President Ana Ruiz in April. Minister Han and Deputy Prime Minister Grant agreed to start new projects.',
    ],
    [
      'a summit named after the talks the sentence reports',
      'Minister Han Ji-su and Minister Laura Grant held talks in Beijing on December 11. Minister Han and Minister Grant discussed follow-up measures to the agreements reached at the summit between President Tom Reid and President Ana Ruiz, held on November 1. The two sides also agreed to convene the joint committee.',
    ],
  ])('keeps %s, `between` two others, from the talks that go on after it', (_case, body) => {
    const groups = meetingGroups(body, ['Han Ji-su', 'Laura Grant', 'Tom Reid', 'Ana Ruiz']);
    expect(groups).toContainEqual(['Han Ji-su', 'Laura Grant']);
    expect(groups).toContainEqual(['Ana Ruiz', 'Tom Reid']);
    expect(groups.filter((g) => g.includes('Han Ji-su')).every((g) => !g.includes('Tom Reid') && !g.includes('Ana Ruiz'))).toBe(true);
  });

  it('keeps a summit told `earlier this month` from the gathering under way and its speakers', () => {
    const body =
      'Minister Han Ji-su spoke in Davos on June 1, where he attended a gathering of trade ministers. President Tom Reid told President Ana Ruiz at their summit in Lima earlier this month that the talks would start. Minister Laura Grant has said the talks could be launched soon.';
    const groups = meetingGroups(body, ['Han Ji-su', 'Laura Grant', 'Tom Reid', 'Ana Ruiz']);
    expect(groups).toContainEqual(['Ana Ruiz', 'Tom Reid']);
    expect(groups.some((g) => g.includes('Laura Grant') && g.includes('Tom Reid'))).toBe(false);
  });

  it('keeps the talks `in Seoul in August between A and B`, told after a summit, apart from the summit', () => {
    const body =
      'President Han Ji-su and Prime Minister Laura Grant agreed at their summit in Ottawa on September 23 to expand cooperation. The summit followed vice-ministerial talks in Seoul in August between Vice Minister Tom Reid and Deputy Minister Ana Ruiz, who agreed to widen cooperation.';
    const groups = meetingGroups(body, ['Han Ji-su', 'Laura Grant', 'Tom Reid', 'Ana Ruiz']);
    expect(groups).toContainEqual(['Ana Ruiz', 'Tom Reid']);
    expect(groups.filter((g) => g.includes('Han Ji-su')).every((g) => !g.includes('Tom Reid') && !g.includes('Ana Ruiz'))).toBe(true);
  });

  it('gives those listed after an occasion of another month to no occasion under way', () => {
    const body =
      'Minister Han Ji-su and Minister Laura Grant signed a joint declaration in London on December 15. Upgrade talks began in January 2024 and went through six rounds; the chief negotiators were Tom Reid, Director General for FTA Negotiations, and Ana Ruiz of the trade department.';
    const groups = meetingGroups(body, ['Han Ji-su', 'Laura Grant', 'Tom Reid', 'Ana Ruiz']);
    expect(groups.filter((g) => g.includes('Han Ji-su')).every((g) => !g.includes('Tom Reid') && !g.includes('Ana Ruiz'))).toBe(true);
  });

  it('continues the occasion under way, not one of another month told in passing, with `The participants, including`', () => {
    const body =
      'Minister Han Ji-su met the heads of the largest business groups in Seoul on January 4. It was the first such meeting in two years, after former Minister Tom Reid met business leaders in January 2014. The participants, including Alder Steel President Laura Grant, asked for support.';
    const groups = meetingGroups(body, ['Han Ji-su', 'Laura Grant', 'Tom Reid']);
    expect(groups).toContainEqual(['Han Ji-su', 'Laura Grant']);
    expect(groups.some((g) => g.includes('Tom Reid') && g.includes('Laura Grant'))).toBe(false);
  });

  it('makes `A and B agreed … at their summit last year` an occasion of its own, not more of the one under way', () => {
    const body =
      'Minister Han Ji-su and Minister Laura Grant declared the start of the negotiations in Lima on June 20. President Tom Reid and President Ana Ruiz agreed to pursue the talks at a summit in June last year.';
    const groups = meetingGroups(body, ['Han Ji-su', 'Laura Grant', 'Tom Reid', 'Ana Ruiz']);
    expect(groups).toContainEqual(['Han Ji-su', 'Laura Grant']);
    expect(groups.filter((g) => g.includes('Han Ji-su')).every((g) => !g.includes('Tom Reid') && !g.includes('Ana Ruiz'))).toBe(true);
  });

  it('keeps the summit of another day (`held that summit in Tokyo on March 16, 2023`) apart from the meeting that marks it', () => {
    const body =
      'Minister Han Ji-su visited Tokyo on April 22 and met Laura Grant, Minister of Economy, to mark the first anniversary of the Alder–Birch summit. President Tom Reid and Prime Minister Ana Ruiz held that summit in Tokyo on March 16, 2023. Minister Han and Minister Grant reviewed follow-up measures to the items agreed at the summit.';
    expect(meetingGroups(body, ['Han Ji-su', 'Laura Grant', 'Tom Reid', 'Ana Ruiz'])).toEqual([
      ['Han Ji-su', 'Laura Grant'],
      ['Ana Ruiz', 'Tom Reid'],
    ]);
  });

  it('keeps a meeting on the margins of a named summit from the summit’s own people', () => {
    const body =
      'Minister Han Ji-su held the Alder–Birch Trade Ministers’ Meeting with Laura Grant in Beijing on December 11. It came a month after the two ministers met in Gyeongju on November 1 on the margins of the APEC Economic Leaders’ Meeting. President Tom Reid and President Ana Ruiz attended the APEC Economic Leaders’ Meeting.';
    const groups = meetingGroups(body, ['Han Ji-su', 'Laura Grant', 'Tom Reid', 'Ana Ruiz']);
    expect(groups.some((g) => g.includes('Han Ji-su') && g.includes('Tom Reid'))).toBe(false);
  });

  it('does not let a pair named last November become the occasion `the two ministers` then hold', () => {
    const body =
      'Minister Han Ji-su and Minister Laura Grant signed the Alpha Agreement in Seoul on June 1. The signing comes seven months after President Tom Reid and President Ana Ruiz declared the conclusion in Lima last November. After the signing, the two ministers held the trade ministers’ meeting and agreed to launch follow-up talks.';
    const groups = meetingGroups(body, ['Han Ji-su', 'Laura Grant', 'Tom Reid', 'Ana Ruiz']);
    expect(groups).toContainEqual(['Ana Ruiz', 'Tom Reid']);
    expect(groups.some((g) => g.includes('Han Ji-su') && g.includes('Tom Reid'))).toBe(false);
  });

  it('pairs no one for a round the two sides will hold', () => {
    const body =
      'Minister Han Ji-su and Minister Laura Grant launched the negotiations in a video conference on July 9. President Tom Reid proposed the deal when he met President Ana Ruiz in Lima in March last year. The two sides will hold the first round of negotiations this month.';
    const groups = meetingGroups(body, ['Han Ji-su', 'Laura Grant', 'Tom Reid', 'Ana Ruiz']);
    expect(groups.some((g) => g.includes('Han Ji-su') && g.includes('Tom Reid'))).toBe(false);
  });

  it('still continues the occasion from a sentence of the same time', () => {
    const body = 'Minister Han Ji-su and Minister Laura Grant signed the Alpha Agreement in Seoul on June 1. The signing was witnessed by President Tom Reid.';
    expect(meetingGroups(body, ['Han Ji-su', 'Laura Grant', 'Tom Reid'])).toEqual([['Han Ji-su', 'Laura Grant', 'Tom Reid']]);
  });
});

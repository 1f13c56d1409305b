import { describe, expect, it } from 'vitest';
import type { Mention } from '../../../../src/domain/index.js';
import type { PersonFinding } from '../../../../src/extract/findings.js';
import { withShortMentions } from '../../../../src/extract/events/short-mentions.js';
import { analyse } from '../../../../src/extract/nlp/index.js';

/** Bare references found for `name`, given persons whose only mentions are their full names. */
function shortTexts(body: string, names: readonly string[], name: string): string[] {
  const text = analyse(body);
  const persons: PersonFinding[] = names.map((n, i) => {
    const at = body.indexOf(n);
    const mentions: Mention[] = at < 0 ? [] : [{ text: n, start: at, end: at + n.length, sentenceIndex: text.sentences.findLast((s) => s.start <= at)!.index }];
    return { localId: `p${i}`, name: n, mentions };
  });
  const person = withShortMentions(persons, text).find((p) => p.name === name)!;
  return person.mentions.filter((m) => m.text !== name).map((m) => body.slice(m.start - 10 < 0 ? 0 : m.start - 10, m.end));
}

describe('withShortMentions', () => {
  it.each([
    ['Minister Ahn Min-jae attended. Ahn then met officials.', ['Ahn Min-jae'], 'Ahn Min-jae', 1],
    ['Secretary Laura Grant spoke. Minister Han held talks with Grant.', ['Laura Grant'], 'Laura Grant', 1],
    ['Minister Ravi Mehta spoke. On the same day, Minister Mehta agreed.', ['Ravi Mehta'], 'Ravi Mehta', 1],
    ['Secretary Laura Grant spoke. Ms. Grant later met officials.', ['Laura Grant'], 'Laura Grant', 1],
    ['President Oh Young-sik spoke. Minister Adeyemi held a separate meeting with Oh to discuss a plant.', ['Oh Young-sik'], 'Oh Young-sik', 1],
    ['President Ode Ji-ho attended, and Minister of Trade, Industry and Energy Ode Ha-na spoke. Later, President Ode met the envoy.', ['Ode Ji-ho', 'Ode Ha-na'], 'Ode Ji-ho', 1],
    ['President Ode Ji-ho attended, and Minister of Trade, Industry and Energy Ode Ha-na spoke. Later, Minister Ode met the envoy.', ['Ode Ji-ho', 'Ode Ha-na'], 'Ode Ha-na', 1],
    ['Rafael Ortega Bermudo led the other side. Mr. Ortega Bermudo said the talks went well.', ['Rafael Ortega Bermudo'], 'Rafael Ortega Bermudo', 1],
    ['Minister Ana Lucia Prado Neves spoke. Later, Prado Neves met the envoy.', ['Ana Lucia Prado Neves'], 'Ana Lucia Prado Neves', 1],
    ['Saudi Crown Prince Faisal bin Omar visited Seoul. President Han held talks with the Crown Prince.', ['Faisal bin Omar'], 'Faisal bin Omar', 1],
    ['Crown Prince and Prime Minister Faisal bin Omar received him. The Crown Prince also met business leaders.', ['Faisal bin Omar'], 'Faisal bin Omar', 1],
    ['The visit of Crown Prince Faisal bin Omar began. The Crown Prince met President Han.', ['Crown Prince Faisal bin Omar'], 'Crown Prince Faisal bin Omar', 1],
    ['President Han Ji-su and Birchish President Erik Lund held a summit. On May 9 the President attended a business roundtable.', ['Han Ji-su', 'Erik Lund'], 'Han Ji-su', 1],
    ['President Han Ji-su visited Oslo. The visit follows the President’s meeting with Erik Lund in May.', ['Han Ji-su', 'Erik Lund'], 'Han Ji-su', 1],
    ['President Han Ji-su met President Erik Lund on May 8. Presidents Han and Lund opened a forum the same day.', ['Han Ji-su', 'Erik Lund'], 'Han Ji-su', 1],
    ['President Han Ji-su met Prime Minister Erik Lund. Later the President and Prime Minister Erik Lund opened a forum. The President spoke.', ['Han Ji-su', 'Prime Minister Erik Lund', 'President and Prime Minister Erik Lund'], 'Han Ji-su', 1],
  ])('finds the bare name in %j', (body, names, name, count) => {
    expect(shortTexts(body, names, name)).toHaveLength(count);
  });

  it.each([
    ['a family name two people share', 'Kim Do-yun met Kim Ha-na. Kim said trade matters.', ['Kim Do-yun', 'Kim Ha-na'], 'Kim Do-yun'],
    ['a shared family name after a title both bear', 'Minister Kim Do-yun met Minister Kim Ha-na. Minister Kim said trade matters.', ['Kim Do-yun', 'Kim Ha-na'], 'Kim Do-yun'],
    ['a word inside a longer name', 'Minister Ahn Min-jae attended. Ahn Sung-il, a professor, spoke.', ['Ahn Min-jae'], 'Ahn Min-jae'],
    ['a word inside a longer word', 'Secretary Laura Grant spoke. Grants were announced, and Grantham welcomed them.', ['Laura Grant'], 'Laura Grant'],
    ['a title kept in a name', 'Prince Faisal spoke. The Crown Prince, the Prince said, agreed.', ['Prince Faisal'], 'Prince Faisal'],
    ['`the Crown Prince` when two people bore the title', 'Crown Prince Faisal bin Omar met Crown Prince Karl Lund. The Crown Prince spoke.', ['Faisal bin Omar', 'Karl Lund'], 'Faisal bin Omar'],
    ['`the Crown Prince` running on into a name', 'Crown Prince Faisal bin Omar spoke. The Crown Prince Hotel opened.', ['Faisal bin Omar'], 'Faisal bin Omar'],
    ['a name after another capitalised word', 'Secretary Laura Grant spoke. The Lisbon Grant programme opened.', ['Laura Grant'], 'Laura Grant'],
    ['a two-letter word opening a sentence', 'President Oh Young-sik spoke. Oh, the visitors said, it was a long trip.', ['Oh Young-sik'], 'Oh Young-sik'],
    ['a double family name inside a longer name', 'Rafael Ortega Bermudo spoke. The Ortega Bermudo Foundation opened a fund.', ['Rafael Ortega Bermudo'], 'Rafael Ortega Bermudo'],
    ['a two-letter English word', 'Director An Ji-ho spoke. Delegates said An MOU would follow, as An agreement did.', ['An Ji-ho'], 'An Ji-ho'],
    ['a two-letter given name of a Western name', 'Secretary Al Gore spoke. Minister Han later met Al in Oslo.', ['Al Gore'], 'Al Gore'],
    ['`the President` when two bore the title bare', 'President Han Ji-su met President Erik Lund. The President spoke.', ['Han Ji-su', 'Erik Lund'], 'Han Ji-su'],
    ['`the Prime Minister` that a post is to', 'Envoy Han Ji-su met Birchish Prime Minister Erik Lund. He had breakfast with the chief of staff to the Prime Minister.', ['Han Ji-su', 'Erik Lund'], 'Erik Lund'],
    ['`the President’s` visit', 'President Han Ji-su visited Oslo. The President’s visit was his first.', ['Han Ji-su'], 'Han Ji-su'],
    ['the end of a two-word title kept in a name', 'General Omar Lund spoke. Minister Han met the Secretary General of the council.', ['General Omar Lund'], 'General Omar Lund'],
  ])('leaves out %s', (_case, body, names, name) => {
    expect(shortTexts(body, names, name)).toEqual([]);
  });

  /** Where each mention of `name` starts, given persons whose only mentions are their first full names. */
  function fullStarts(body: string, name: string): number[] {
    const text = analyse(body);
    const at = body.indexOf(name);
    const person: PersonFinding = { localId: 'p0', name, mentions: [{ text: name, start: at, end: at + name.length, sentenceIndex: 0 }] };
    return withShortMentions([person], text)[0]!.mentions.filter((m) => m.text === name).map((m) => m.start);
  }

  it('finds the full name written again without a title', () => {
    const body = 'Ed Roe, Minister of Trade, signed it. Minister Han attended the forum with Ed Roe and others.';
    expect(fullStarts(body, 'Ed Roe')).toEqual([0, body.lastIndexOf('Ed Roe')]);
  });

  it('finds no full name inside a longer word', () => {
    expect(fullStarts('Ed Roes spoke. The Ed Roesler fund and Ted Roe opened.', 'Ed Roe')).toEqual([0]);
  });
});

import { describe, expect, it } from 'vitest';
import { extract } from '../../../../src/extract/index.js';
import { looksKorean } from '../../../../src/extract/persons/settle-country.js';
import type { Document, LocalPerson } from '../../../../src/domain/index.js';

const doc = (body: string): Document => ({ id: 'doc_t', title: 'T', body, date: '2024-05-02', category: null, url: null, sources: [] });

/** `name → country` of every person extraction finds in the text. */
function countriesOf(body: string): string[] {
  return extract(doc(body))
    .entities.filter((e): e is LocalPerson => e.label === 'Person')
    .map((p) => `${p.name} → ${p.country ?? '-'}`);
}

describe('the country a person serves', () => {
  it.each([
    // the title says it
    ['Minister Park Sun-ho met Kazakh Deputy Prime Minister Aidos Temirkhanov in Astana.', 'Aidos Temirkhanov → KZ'],
    // the body they serve says it
    ['Talks were led by Jonas Lindqvist, Director at Sweden’s Ministry of Enterprise.', 'Jonas Lindqvist → SE'],
    // the one foreign country of the release
    ['Korea and Sweden discussed cooperation. Crown Princess Ingrid attended the business forum.', 'Crown Princess Ingrid → SE'],
    // the one foreign country of the sentence, when the release names several
    [
      'Korea will also meet Chile next week. Minister Park met Deputy Minister Ana Beltrán in Mexico City on Monday.',
      'Ana Beltrán → MX',
    ],
    // a romanised Korean name in a Korean release, whatever the spelling
    ['Korea and Japan held talks. Commissioner Lim Sooyeon presented the ruling.', 'Lim Sooyeon → KR'],
    // the country a signatory signs for, after the body they serve or their verb
    [
      'Korea, Laos and Peru signed the accord. Minister Park Sun-ho signed on behalf of Korea, and Senior Minister Tomas Veliz of the Ministry of Commerce on behalf of Peru.',
      'Tomas Veliz → PE',
    ],
    [
      'Korea, Laos and Peru signed the accord. Director Anouk Vanlap spoke on behalf of the Government of Laos at the ceremony.',
      'Anouk Vanlap → LA',
    ],
    // a demonym right before the title, not a country of the list item before it
    [
      'Minister Han Ji-su signed for Korea, Ruritanian Minister Omar Rahal for Chile and Japanese Minister for Foreign Affairs Kenji Tanabe for Japan.',
      'Kenji Tanabe → JP',
    ],
    // a head of state listed after a Korean one, a royal title before the name
    [
      'The ceremony was attended by President Han Ji-su, UAE President Sheikh Omar bin Zayed Al Rahal and Crown Prince Ali.',
      'Han Ji-su → KR',
    ],
    // a Korean-named head of a company abroad stays Korean
    [
      'Minister Han Ji-su met the heads of Korean companies investing in the U.S., including Kim Tae-ho, President of Alder Motors America.',
      'Kim Tae-ho → KR',
    ],
    // a post ending at an infinitive: the country after it is where the holder went
    [
      'President Han Ji-su, the first Korean head of state to visit Iran since 1962, held talks with President Omar Rahal.',
      'Han Ji-su → KR',
    ],
    // a bare title before a name of another language in a Korea–China release: the partner's minister
    ['Korea and China held their first ministerial meeting in Beijing. Meeting Minister Zhao Ping, Minister Han Ji-su proposed cooperation.', 'Zhao Ping → CN'],
    // the foreign country the release is mostly about, when it names another in passing
    [
      'Korea and Chile signed the FTA upgrade. Chile is a key partner, and Chilean exports grew. President Diego Rojas welcomed the Korea-Chile-Japan talks.',
      'Diego Rojas → CL',
    ],
  ])('%s', (body, expected) => {
    expect(countriesOf(body)).toContain(expected);
  });

  it.each([
    // several foreign countries and none in the sentence: no guess
    ['Korea, Chile and Peru held talks. Deputy Minister Ana Beltrán spoke at the opening.', 'Ana Beltrán → -'],
    // the EU is a partner bloc, not a nation a person serves
    ['Korea and the EU held talks. Deputy Minister Ana Beltrán spoke at the opening.', 'Ana Beltrán → -'],
    // the object of a verb done on a country's behalf is not its official
    ['Korea, Chile and Peru held talks. Minister Park Sun-ho congratulated Deputy Minister Ana Beltrán on behalf of Chile on the Peru deal.', 'Ana Beltrán → -'],
    // a country further on, after a clause break, is not the one spoken for
    ['Korea, Chile and Peru held talks. Deputy Minister Ana Beltrán spoke about Peru, and Minister Park Sun-ho thanked her on behalf of Chile.', 'Ana Beltrán → -'],
  ])('must not: %s', (body, expected) => {
    expect(countriesOf(body)).toContain(expected);
  });

  it.each([
    ['Han Ji-su', true],
    ['Lim Sooyeon', true],
    ['Lee Min Ho', true],
    ['Kim Taehee', true],
    // a one-syllable given name of three letters or more
    ['Noh Jun', true],
    ['Seo Hyun', true],
    ['Ma Ke', false],
    // a two-syllable family name: a given name of one short syllable too
    ['Sakong Un', true],
    ['Namgung Ho', true],
    ['Maeng Il', false],
    ['Kenji Tanabe', false],
    ['Victoria Lindgren', false],
    ['Lee Chong Wei Ling', false],
    // older romanisations of the surname
    ['Cheong Da-in', true],
    ['Bark Sol-ji', true],
    ['Bahk Ji-su', true],
    ['Gong Da-in', true],
    // a fused Korean given name written first, for Western readers
    ['Doyeon Cheong', true],
    ['Jooseok Whang', true],
    ['Mona Park', false],
    ['Diana Lee', false],
    ['Jason Kim', false],
  ])('%s looks Korean: %s', (name, expected) => {
    expect(looksKorean(name)).toBe(expected);
  });
});

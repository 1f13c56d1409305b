/**
 * A small corpus in the style of a Japanese trade ministry's English releases, written for these
 * tests (every person, meeting and agreement in it is invented). Its home is Japan, whose trade
 * ministry changed its name in 2001: releases of 2000 mean the older name, later ones the newer.
 */
import type { HomeCountry } from '../../../src/domain/index.js';

export const JAPAN: HomeCountry = {
  code: 'JP',
  ministry: [
    { name: 'Ministry of International Trade and Industry', acronym: 'MITI', from: '1949-05-25', until: '2001-01-06' },
    { name: 'Ministry of Economy, Trade and Industry', acronym: 'METI', from: '2001-01-06', until: null },
  ],
};

export interface Release {
  readonly title: string;
  readonly body: string;
  readonly date: string;
}

export const JAPAN_RELEASES: readonly Release[] = [
  {
    title: 'Japan and Australia Sign a Memorandum of Cooperation on Hydrogen',
    date: '2015-06-10',
    body:
      'Minister of Economy, Trade and Industry Kenta Morioka met Australian Minister for Trade and Investment James Whitford in Tokyo on June 9. ' +
      'The Ministry of Economy, Trade and Industry (METI) and the Australian Department of Industry signed a memorandum of cooperation on hydrogen supply chains. ' +
      'Minister Morioka said that Japan would expand imports of clean hydrogen from Australia.',
  },
  {
    title: 'Japan and Viet Nam Discuss Supply Chains for Batteries',
    date: '2015-09-02',
    body:
      'Minister Morioka held talks with Vietnamese Minister of Industry and Trade Tran Van Duc in Hanoi on September 1. ' +
      'The ministry said that the two sides agreed to cooperate on supply chains for batteries and semiconductors. ' +
      'Vice Minister Yuki Hasegawa also attended the meeting.',
  },
  {
    title: 'Japan and Canada Hold Trade Talks in Ottawa',
    date: '2000-11-15',
    body:
      'Minister Taro Ishikawa visited Ottawa on November 14 and held talks with Canadian Minister for International Trade Claire Dubois. ' +
      'The ministry said that the two ministers discussed tariffs on automobiles and steel. ' +
      'Minister Ishikawa invited Minister Dubois to visit Tokyo next year.',
  },
  {
    title: 'METI Opens a Consultation on Export Controls',
    date: '2016-02-03',
    body:
      'METI opened a public consultation on export controls for advanced materials on February 2. ' +
      'Director-General Sayaka Honda said that METI would hear from exporters until the end of March.',
  },
];

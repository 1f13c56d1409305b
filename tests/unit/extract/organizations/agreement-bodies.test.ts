import { describe, expect, it } from 'vitest';
import { orgsOf } from '../helpers.js';

const names = (body: string): string[] => orgsOf(body).map((o) => o.name);

describe('a body named after an agreement’s bracketed short form', () => {
  it.each([
    ['They held a special session of the Korea-Velmar Free Trade Agreement (KVFTA) Joint Committee on Tuesday.', 'KVFTA Joint Committee', 'Korea-Velmar Free Trade Agreement Joint Committee'],
    ['The ministers met at the first meeting of the Korea-Ostland Free Trade Agreement (KOS FTA) Joint Committee in Manila.', 'KOS FTA Joint Committee', 'Korea-Ostland Free Trade Agreement Joint Committee'],
    ['Ministers attended the Velmar Free Trade Area (VFTA) Joint Commission in Jakarta.', 'VFTA Joint Commission', 'Velmar Free Trade Area Joint Commission'],
  ])('is named by the short form, the full name an alias: %s', (body, name, spelledOut) => {
    expect(orgsOf(body).find((o) => o.name === name)?.aliases ?? []).toContain(spelledOut);
  });

  it.each([
    // a bracket that shortens no agreement leaves the head phrase alone
    ['The Velmar Trade Association (VTA) Joint Committee met in Seoul.', 'VTA Joint Committee'],
    // a head phrase that is no joint body is not taken over
    ['The Korea-Velmar Free Trade Agreement (KVFTA) Ministry Days opened.', 'KVFTA Ministry'],
  ])('must not: %s', (body, name) => {
    expect(names(body)).not.toContain(name);
  });
});

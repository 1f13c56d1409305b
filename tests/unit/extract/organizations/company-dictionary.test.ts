import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  CompanyDictionaryError,
  capitalisedForms,
  companyDictionary,
  parseCompanyList,
  readCompanyDictionary,
} from '../../../../src/extract/organizations/company-dictionary.js';

describe('parseCompanyList', () => {
  it('keys entries by their folded name and skips cspell directives and blank lines', () => {
    const entries = parseCompanyList('\n# cspell-tools: keep-case no-split\n\nVelmora\nQRTX\n');
    expect([...entries.keys()]).toEqual(['velmora', 'qrtx']);
    expect(entries.get('velmora')).toEqual({ spelling: 'Velmora', allCaps: false });
    expect(entries.get('qrtx')).toEqual({ spelling: 'QRTX', allCaps: true });
  });

  it('prefers the mixed-case spelling when the list holds both', () => {
    expect(parseCompanyList('ORVIK\nOrvik\n').get('orvik')).toEqual({ spelling: 'Orvik', allCaps: false });
    expect(parseCompanyList('Orvik\nORVIK\n').get('orvik')).toEqual({ spelling: 'Orvik', allCaps: false });
  });
});

describe('readCompanyDictionary', () => {
  it('reads a list from a file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'company-dict-'));
    const path = join(dir, 'companies.txt');
    writeFileSync(path, '# directive\nVelmora\n');
    expect([...readCompanyDictionary(path).keys()]).toEqual(['velmora']);
  });

  it('throws a CompanyDictionaryError with its code when the file is missing', () => {
    const path = join(tmpdir(), 'no-such-dir-company-dict', 'companies.txt');
    expect(() => readCompanyDictionary(path)).toThrow(CompanyDictionaryError);
    try {
      readCompanyDictionary(path);
    } catch (e) {
      expect((e as CompanyDictionaryError).code).toBe('COMPANY_DICTIONARY_UNREADABLE');
    }
  });
});

describe('companyDictionary', () => {
  it('loads the installed package list once', () => {
    const first = companyDictionary();
    expect(first.size).toBeGreaterThan(1000);
    expect(companyDictionary()).toBe(first);
  });
});

describe('capitalisedForms', () => {
  it('lets a text write an entry as spelled, in capitals, or without accents; a ticker only as spelled', () => {
    const forms = capitalisedForms(parseCompanyList('Velmorá\nQRTX\nzeppo\n'));
    expect([...forms.keys()].sort()).toEqual(['QRTX', 'VELMORA', 'VELMORÁ', 'Velmora', 'Velmorá', 'ZEPPO'].sort());
    expect(forms.get('Velmora')?.spelling).toBe('Velmorá');
  });
});

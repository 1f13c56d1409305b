import { describe, expect, it } from 'vitest';
import { requireDocuments } from '../../../src/cli/require-documents.js';
import { InputError } from '../../../src/domain/errors.js';
import { loadDocuments } from '../../../src/pipeline/index.js';

describe('requireDocuments', () => {
  it('lets a run that read at least one press release through', async () => {
    expect(() => requireDocuments({ parse: { issues: [], filesRead: 1, recordsSeen: 1, recordsKept: 1 }, dedupe: { documents: [{ id: 'doc:1', title: 't', body: 'b', date: null, category: null, url: null, sources: [] }], report: { merged: [] } } }, ['x'])).not.toThrow();
  });

  it('refuses a run that read nothing with NO_DOCUMENTS, naming each input and its issue', async () => {
    const loaded = await loadDocuments(['no-such-folder']);
    try {
      requireDocuments(loaded, ['no-such-folder']);
      expect.unreachable('an empty run must be refused');
    } catch (error) {
      expect(error).toBeInstanceOf(InputError);
      expect((error as InputError).code).toBe('NO_DOCUMENTS');
      expect((error as InputError).message).toContain('no-such-folder MISSING_PATH');
    }
  });
});

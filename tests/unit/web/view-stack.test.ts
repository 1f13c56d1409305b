import { describe, expect, it } from 'vitest';
import { backView, openView } from '../../../web/js/view-stack.js';

const view = (title: string, placeholder = false) => ({ title, content: title, placeholder });
const titles = (stack: readonly { title: string }[]) => stack.map((v) => v.title);

describe('openView', () => {
  it('replaces the whole stack when not pushed', () => {
    expect(titles(openView([view('Entity'), view('Evidence')], view('Country'), false))).toEqual(['Country']);
  });

  it('keeps the current view underneath when pushed, for Back', () => {
    expect(titles(openView([view('Evidence')], view('Document'), true))).toEqual(['Evidence', 'Document']);
  });

  it('replaces a Loading… placeholder instead of stacking on it', () => {
    const loading = openView([view('Evidence')], view('Document', true), true);
    expect(titles(openView(loading, view('Document'), true))).toEqual(['Evidence', 'Document']);
  });
});

describe('backView', () => {
  it('returns to the view underneath', () => {
    expect(titles(backView([view('Evidence'), view('Document')]))).toEqual(['Evidence']);
  });

  it('never returns to a placeholder', () => {
    expect(titles(backView([view('Entity'), view('Evidence', true), view('Document')]))).toEqual(['Entity']);
  });

  it('leaves an empty stack (the panel hides) after the last view', () => {
    expect(backView([view('Entity')])).toEqual([]);
  });
});

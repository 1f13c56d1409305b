import { describe, expect, it } from 'vitest';
import { markedRuns } from '../../../web/js/panels/texts.js';

describe('markedRuns', () => {
  it('cuts a passage at its marks, in order', () => {
    expect(markedRuns('the Barakah plant and Barakah', [{ start: 4, end: 11 }, { start: 22, end: 29 }])).toEqual([
      { text: 'the ', marked: false },
      { text: 'Barakah', marked: true },
      { text: ' plant and ', marked: false },
      { text: 'Barakah', marked: true },
    ]);
  });

  it('keeps HTML in the text as text in its runs', () => {
    expect(markedRuns('<img src=x onerror=alert(1)>', [{ start: 1, end: 4 }]).map((run) => run.text).join('')).toBe('<img src=x onerror=alert(1)>');
  });

  it.each([
    ['overlaps the previous mark', [{ start: 0, end: 5 }, { start: 3, end: 7 }]],
    ['runs past the text', [{ start: 0, end: 5 }, { start: 8, end: 99 }]],
    ['is empty', [{ start: 0, end: 5 }, { start: 7, end: 7 }]],
  ])('ignores a mark that %s', (_case, marks) => {
    expect(markedRuns('Korea and Japan', marks).filter((run) => run.marked).map((run) => run.text)).toEqual(['Korea']);
  });
});

import { describe, expect, it } from 'vitest';
import { contentRange } from './content-range.ts';

describe('contentRange', () => {
  it('formats a page as items first-last/total', () => {
    expect(contentRange(0, 20, 245)).toBe('items 0-19/245');
    expect(contentRange(200, 45, 245)).toBe('items 200-244/245');
    expect(contentRange(5, 1, 6)).toBe('items 5-5/6');
  });

  it('uses Connect\'s form for empty pages and limit=0', () => {
    expect(contentRange(0, 0, 0)).toBe('items 0-0/0');
    expect(contentRange(0, 0, 245)).toBe('items 0-0/245');
    expect(contentRange(300, 0, 245)).toBe('items 300-300/245');
  });
});

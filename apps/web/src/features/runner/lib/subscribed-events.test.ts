import { describe, expect, it } from 'vitest';
import { arrangeEventCapabilities, handledStatuses, type EventCapability } from './subscribed-events.ts';

function capability(id: string, enabled: boolean, statuses: Record<string, boolean> = {}): EventCapability {
  return { id, label: id, description: `About ${id}`, group: { id: 'g', label: 'G' }, category: 'background', enabled, statuses };
}

describe('arrangeEventCapabilities', () => {
  const list = [capability('a', false), capability('b', true), capability('c', false), capability('d', true)];
  it('puts handled events first, keeping the catalog order within each group', () => {
    expect(arrangeEventCapabilities(list, false).map((item) => item.id)).toEqual(['b', 'd', 'a', 'c']);
  });
  it('keeps only handled events when asked', () => {
    expect(arrangeEventCapabilities(list, true).map((item) => item.id)).toEqual(['b', 'd']);
  });
});

describe('handledStatuses', () => {
  it('lists the statuses set to true', () => {
    expect(handledStatuses(capability('x', true, { draft: false, pending: true, approved: true }))).toEqual(['pending', 'approved']);
  });
});

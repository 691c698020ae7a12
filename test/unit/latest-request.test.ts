import { describe, expect, it } from 'vitest';
import { createLatest } from '../../lib/async/latest';

describe('createLatest', () => {
  it('isLatest: only the newest request sent is current', () => {
    const latest = createLatest();
    const first = latest.next();
    expect(latest.isLatest(first)).toBe(true);
    const second = latest.next();
    expect(latest.isLatest(first)).toBe(false);
    expect(latest.isLatest(second)).toBe(true);
  });

  it('settle: an older answer arriving after a newer one is dropped', () => {
    const latest = createLatest();
    const first = latest.next();
    const second = latest.next();
    expect(latest.settle(second)).toBe(true);
    expect(latest.settle(first)).toBe(false);
  });

  it('settle: answers arriving in order are all taken, even when newer requests are still pending', () => {
    const latest = createLatest();
    const first = latest.next();
    const second = latest.next();
    expect(latest.settle(first)).toBe(true);
    expect(latest.settle(second)).toBe(true);
  });

  it('keeps separate counts per instance', () => {
    const a = createLatest();
    const b = createLatest();
    a.next();
    a.next();
    expect(b.isLatest(b.next())).toBe(true);
  });
});

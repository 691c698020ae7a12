// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ThreadSnapshotSchema } from '../../lib/schema/thread';
import { directionByGeometry, GEOMETRY_MEASURE_LIMIT, measuredDirections } from '../../lib/sites/shared/geometry';
import { buildSnapshot, contentId } from '../../lib/sites/shared/snapshot';
import { textOf } from '../../lib/sites/shared/text';
import {
  isoFromUnixSeconds,
  parseClock,
  parseDateTimeText,
  parseDayLabel,
  parseRelativeTime,
} from '../../lib/sites/shared/time';

const NOW = new Date(2026, 10, 23, 12, 0); // Monday, 23 November 2026, local time
beforeEach(() => {
  vi.useFakeTimers({ now: NOW, toFake: ['Date'] });
});
afterEach(() => {
  vi.useRealTimers();
});

describe('directionByGeometry', () => {
  const list = { left: 100, width: 1000 };
  it('puts bubbles centred beyond 60% of the list on the brand side', () => {
    expect(directionByGeometry({ left: 800, width: 200 }, list)).toBe('out'); // centre at 80%
    expect(directionByGeometry({ left: 120, width: 300 }, list)).toBe('in'); // centre at 17%
    expect(directionByGeometry({ left: 620, width: 200 }, list)).toBe('out'); // centre at 62%
    expect(directionByGeometry({ left: 600, width: 200 }, list)).toBe('in'); // centre exactly at 60%: not beyond
    expect(directionByGeometry({ left: 550, width: 200 }, list)).toBe('in'); // centre at 55%
  });
  it('knows nothing without layout', () => {
    expect(directionByGeometry({ left: 0, width: 0 }, list)).toBeNull();
    expect(directionByGeometry({ left: 800, width: 200 }, { left: 0, width: 0 })).toBeNull();
  });
  it('mirrors for right-to-left interfaces', () => {
    expect(directionByGeometry({ left: 120, width: 300 }, list, true)).toBe('out');
    expect(directionByGeometry({ left: 800, width: 200 }, list, true)).toBe('in');
  });
  it('measures only the newest bubbles', () => {
    let reads = 0;
    const bubble = (left: number) =>
      ({ getBoundingClientRect: () => (reads++, { left, width: 100 }) }) as unknown as Element;
    const listEl = { getBoundingClientRect: () => ({ left: 0, width: 1000 }), ownerDocument: document } as unknown as Element;
    const bubbles = Array.from({ length: 120 }, (_, i) => bubble(i % 2 ? 850 : 50));
    const directions = measuredDirections(bubbles, listEl);
    expect(reads).toBe(GEOMETRY_MEASURE_LIMIT);
    expect(directions.slice(0, 70).every((d) => d === null)).toBe(true);
    expect(directions.slice(-2)).toEqual(['in', 'out']);
  });
});

describe('times', () => {
  it('reads unix seconds and clocks', () => {
    expect(isoFromUnixSeconds('1795417080')).toBe('2026-11-23T06:58:00.000Z');
    expect(isoFromUnixSeconds('soon')).toBeNull();
    expect(parseClock('07:49')).toEqual({ hours: 7, minutes: 49 });
    expect(parseClock('2:38 PM')).toEqual({ hours: 14, minutes: 38 });
    expect(parseClock('12:05 AM')).toEqual({ hours: 0, minutes: 5 });
    expect(parseClock('изменено 10:05')).toEqual({ hours: 10, minutes: 5 });
    expect(parseClock('25:00')).toBeNull();
  });

  it.each([
    ['сегодня', [2026, 10, 23]],
    ['Вчера', [2026, 10, 22]],
    ['TODAY', [2026, 10, 23]],
    ['22 ноября', [2026, 10, 22]],
    ['22 ноя 2025', [2025, 10, 22]],
    ['November 22', [2026, 10, 22]],
    ['Nov 22, 2025', [2025, 10, 22]],
    ['30 декабря', [2025, 11, 30]], // no year and in the future → last year
    ['пятница', [2026, 10, 20]],
    ['22.11.2026', [2026, 10, 22]],
    ['2026-11-20', [2026, 10, 20]],
  ])('day label %s', (label, [year, month, day]) => {
    expect(parseDayLabel(label, NOW)).toEqual({ year, month, day });
  });

  it('reads "day + clock" strings', () => {
    expect(parseDateTimeText('сегодня в 10:02', NOW)).toBe(new Date(2026, 10, 23, 10, 2).toISOString());
    expect(parseDateTimeText('22 ноя в 18:30', NOW)).toBe(new Date(2026, 10, 22, 18, 30).toISOString());
    expect(parseDateTimeText('23 ноября 2026 г., 09:58', NOW)).toBe(new Date(2026, 10, 23, 9, 58).toISOString());
    expect(parseDateTimeText('без времени', NOW)).toBeNull();
  });

  it('reads relative times (months are not minutes)', () => {
    const ago = (ms: number) => new Date(NOW.getTime() - ms).toISOString();
    expect(parseRelativeTime('2 часа назад', NOW)).toBe(ago(2 * 3_600_000));
    expect(parseRelativeTime('5 minutes ago', NOW)).toBe(ago(5 * 60_000));
    expect(parseRelativeTime('3 months ago', NOW)).toBe(ago(3 * 2_592_000_000));
    expect(parseRelativeTime('1 мес. назад', NOW)).toBe(ago(2_592_000_000));
    expect(parseRelativeTime('4h', NOW)).toBe(ago(4 * 3_600_000));
    expect(parseRelativeTime('только что', NOW)).toBe(NOW.toISOString());
    expect(parseRelativeTime('вчера', NOW)).toBeNull();
  });
});

describe('text and snapshots', () => {
  it('keeps emoji alt text and leaves out skipped parts', () => {
    const el = document.createElement('div');
    el.innerHTML = 'Вот чек <img alt="👇"><span class="time">10:12<span class="inner">10:12</span></span>';
    expect(textOf(el, '.time')).toBe('Вот чек 👇');
    expect(textOf(null)).toBe('');
  });

  /** `depth` nested <div>s built by script (a parser would flatten them); returns the innermost. */
  function nest(parent: Element, depth: number): Element {
    let inner = parent;
    for (let i = 0; i < depth; i++) inner = inner.appendChild(document.createElement('div'));
    return inner;
  }

  it('reads markup nested 100,000 deep without overflowing the stack', () => {
    const root = document.createElement('div');
    root.append('Начало');
    const inner = nest(root, 100_000);
    inner.innerHTML = 'глубокий текст <img alt="👍"><span class="time">10:12</span><br>конец';
    root.appendChild(document.createElement('p')).textContent = 'после';
    expect(textOf(root, '.time')).toBe('Начало\nглубокий текст 👍\nконец\nпосле');
    // Without `skip` a subtree with an image or a line break still takes the same path.
    expect(textOf(root)).toBe('Начало\nглубокий текст 👍10:12\nконец\nпосле');

    // Plain text (no image, no break) reads like textContent: no line breaks for the nesting.
    const plain = document.createElement('div');
    nest(plain, 100_000).append('только   текст');
    plain.append(' и хвост');
    expect(textOf(plain)).toBe('только текст и хвост');
  }, 60_000); // happy-dom builds 100,000 nodes: slow when the machine is busy (a bound, not a timing claim)

  it('keeps the existing reading of mixed markup', () => {
    const el = document.createElement('div');
    el.innerHTML = '<p>Первый</p><div>Второй <b>жирный</b><script>x()</script><style>a{}</style></div>Хвост<!-- c -->';
    expect(textOf(el, '.none')).toBe('Первый\nВторой жирныйХвост'); // a block adds a break before itself only
    expect(textOf(el)).toBe('ПервыйВторой жирныйx()a{}Хвост'); // no image or break: textContent, as before
  });

  it('clips to the schema\'s limits and keeps repeated ids distinct', () => {
    const long = 'а'.repeat(25_000);
    const snapshot = buildSnapshot('vk', 'vk:convo_1', 't'.repeat(600), new URL('https://vk.com/im/convo/1'), [
      { author: 'A', direction: 'in', at: null, text: long },
      { author: 'A', direction: 'in', at: null, text: long },
    ]);
    expect(ThreadSnapshotSchema.safeParse(snapshot).success).toBe(true);
    expect(snapshot.messages[0]!.id).not.toBe(snapshot.messages[1]!.id);
    expect(contentId('A', null, 'x')).toBe(contentId('A', null, 'x'));
    expect(contentId('A', null, 'x')).not.toBe(contentId('B', null, 'x'));
  });
});

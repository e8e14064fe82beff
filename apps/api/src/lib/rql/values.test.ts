import { describe, expect, it } from 'vitest';
import { coerceValue, parseDateTime } from './values.ts';

describe('parseDateTime', () => {
  it.each([
    ['2019-02-12', '2019-02-12T00:00:00.000Z', true],
    ['2019-02-12T10:02', '2019-02-12T10:02:00.000Z', false],
    ['2019-02-12T10:02Z', '2019-02-12T10:02:00.000Z', false],
    ['2019-02-12T10:02:00+03:00', '2019-02-12T07:02:00.000Z', false],
    ['2019-02-12T10:02:00-0130', '2019-02-12T11:32:00.000Z', false],
    ['2019-02-12T10:02:00.123456+00:00', '2019-02-12T10:02:00.123Z', false],
    ['2019-02-12 10:02:00', '2019-02-12T10:02:00.000Z', false],
    ['2024-02-29', '2024-02-29T00:00:00.000Z', true],
  ])('%s → %s', (text, iso, day) => {
    const parsed = parseDateTime(text);
    expect(parsed?.date.toISOString()).toBe(iso);
    expect(parsed?.day).toBe(day);
  });

  it.each(['2023-02-29', '2019-13-01', '2019-02-12T24:00', '2019-02-12T10:60', '2019-02-12T10:02+25:00', 'yesterday', '2019-2-1', '1700000000'])(
    'rejects %s',
    (text) => {
      expect(parseDateTime(text)).toBeUndefined();
    },
  );
});

describe('coerceValue', () => {
  it('coerces by field type', () => {
    expect(coerceValue({ type: 'string' }, ' x ')).toEqual({ ok: true, value: ' x ' });
    expect(coerceValue({ type: 'integer' }, '-42')).toEqual({ ok: true, value: -42 });
    expect(coerceValue({ type: 'integer' }, '1e3')).toEqual({ ok: false, expected: 'an integer' });
    expect(coerceValue({ type: 'number' }, '.5')).toEqual({ ok: true, value: 0.5 });
    expect(coerceValue({ type: 'number' }, 'Infinity')).toEqual({ ok: false, expected: 'a number' });
    expect(coerceValue({ type: 'number' }, '')).toEqual({ ok: false, expected: 'a number' });
    expect(coerceValue({ type: 'boolean' }, 'False')).toEqual({ ok: true, value: false });
    expect(coerceValue({ type: 'enum', values: ['a', 'b'] }, 'A')).toEqual({ ok: false, expected: 'one of a, b' });
  });
});

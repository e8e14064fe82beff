import type { RqlFieldDef, ScalarValue } from './fields.ts';

/**
 * Text → typed value for a field. Errors are returned (not thrown) so that validation can
 * report every bad value of a query at once.
 */

export type Coerced =
  | { readonly ok: true; readonly value: ScalarValue; /** A date without a time: the whole UTC day. */ readonly day?: true }
  | { readonly ok: false; readonly expected: string };

const INTEGER = /^[+-]?\d+$/;
const NUMBER = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?$/i;
const BOOLEAN = /^(?:true|false)$/i;
// ISO 8601 as lib-rql documents it: 2019-02-12, 2019-02-12T10:02, 2019-02-12T10:02:00.123+03:00.
const DATE_TIME =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|[+-]\d{2}(?::?\d{2})?)?)?$/i;

const MINUTE_MS = 60_000;

function parseOffsetMinutes(zone: string | undefined): number | undefined {
  if (zone === undefined || zone.toUpperCase() === 'Z') return 0;
  const digits = zone.slice(1).replace(':', '');
  const hours = Number(digits.slice(0, 2));
  const minutes = Number(digits.slice(2) || '0');
  if (hours > 23 || minutes > 59) return undefined;
  return (zone.startsWith('-') ? -1 : 1) * (hours * 60 + minutes);
}

/**
 * Parses ISO 8601. A date-time without a zone is taken as UTC (the server's zone must not
 * change results); a bare date is flagged `day` so comparisons can treat it as the whole day.
 */
export function parseDateTime(text: string): { date: Date; day: boolean } | undefined {
  const match = DATE_TIME.exec(text);
  if (!match) return undefined;
  const [, y, mo, d, h, mi, s, fraction, zone] = match;
  const year = Number(y);
  const month = Number(mo);
  const dayOfMonth = Number(d);
  const hour = Number(h ?? '0');
  const minute = Number(mi ?? '0');
  const second = Number(s ?? '0');
  const millis = Number((fraction ?? '').padEnd(3, '0').slice(0, 3));
  const offset = parseOffsetMinutes(zone);
  if (offset === undefined || hour > 23 || minute > 59 || second > 59) return undefined;
  const local = Date.UTC(year, month - 1, dayOfMonth, hour, minute, second, millis);
  const check = new Date(local);
  // Date.UTC rolls 2023-02-30 over to March; a real calendar date survives the round trip.
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== dayOfMonth) {
    return undefined;
  }
  return { date: new Date(local - offset * MINUTE_MS), day: h === undefined };
}

export function coerceValue(def: RqlFieldDef, text: string): Coerced {
  switch (def.type) {
    case 'string':
      return { ok: true, value: text };
    case 'enum': {
      const values = def.values ?? [];
      return values.includes(text) ? { ok: true, value: text } : { ok: false, expected: `one of ${values.join(', ')}` };
    }
    case 'integer': {
      const value = Number(text);
      return INTEGER.test(text) && Number.isSafeInteger(value) ? { ok: true, value } : { ok: false, expected: 'an integer' };
    }
    case 'number': {
      const value = Number(text);
      return NUMBER.test(text) && Number.isFinite(value) ? { ok: true, value } : { ok: false, expected: 'a number' };
    }
    case 'boolean':
      return BOOLEAN.test(text) ? { ok: true, value: text.toLowerCase() === 'true' } : { ok: false, expected: 'true or false' };
    case 'datetime': {
      const parsed = parseDateTime(text);
      if (!parsed) return { ok: false, expected: 'an ISO 8601 date or date-time' };
      return parsed.day ? { ok: true, value: parsed.date, day: true } : { ok: true, value: parsed.date };
    }
  }
}

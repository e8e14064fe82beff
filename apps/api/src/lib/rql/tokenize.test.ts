import { describe, expect, it } from 'vitest';
import { RqlError } from './errors.ts';
import { tokenize } from './tokenize.ts';

const kinds = (raw: string) => tokenize(raw).map((token) => token.kind);
const values = (raw: string) => tokenize(raw).filter((t) => t.kind === 'word' || t.kind === 'string').map((t) => t.value);

describe('tokenize', () => {
  it('splits on literal delimiters and records 0-based positions', () => {
    const tokens = tokenize('eq(id,SRVC-1)&limit=10');
    expect(tokens.map((t) => [t.kind, t.value, t.pos])).toEqual([
      ['word', 'eq', 0],
      ['(', '(', 2],
      ['word', 'id', 3],
      [',', ',', 5],
      ['word', 'SRVC-1', 6],
      [')', ')', 12],
      ['&', '&', 13],
      ['word', 'limit', 14],
      ['=', '=', 19],
      ['word', '10', 20],
      ['eof', '', 22],
    ]);
  });

  it('decodes percent-encoding per token, including UTF-8 sequences', () => {
    expect(values('eq(name,Caf%C3%A9%20Bar)')).toEqual(['eq', 'name', 'Café Bar']);
    expect(values('eq(name,%F0%9F%9A%80)')).toEqual(['eq', 'name', '🚀']);
  });

  it('treats percent-encoded delimiters as data', () => {
    expect(kinds('name=a%2Cb%28c%29%26d%3De')).toEqual(['word', '=', 'word', 'eof']);
    expect(values('name=a%2Cb%28c%29%26d%3De')).toEqual(['name', 'a,b(c)&d=e']);
  });

  it('keeps + as a plus sign (date-time offsets), not a space', () => {
    expect(values('ge(at,2024-01-01T00:00:00+02:00)')).toContain('2024-01-01T00:00:00+02:00');
  });

  it('reads double- and single-quoted values, literal or percent-encoded quotes', () => {
    expect(tokenize('eq(name,"a,b")')[4]).toMatchObject({ kind: 'string', value: 'a,b', pos: 8 });
    expect(tokenize("eq(name,'x)y')")[4]).toMatchObject({ kind: 'string', value: 'x)y' });
    expect(tokenize('eq(name,%22a,b%20c%22)')[4]).toMatchObject({ kind: 'string', value: 'a,b c' });
    expect(tokenize('eq(name,%22it\'s%22)')[4]).toMatchObject({ kind: 'string', value: "it's" });
    expect(tokenize('eq(name,"")')[4]).toMatchObject({ kind: 'string', value: '' });
  });

  it('treats a quote inside a bare word, and an encoded single quote, as ordinary characters', () => {
    expect(values("eq(name,O'Brien)")).toContain("O'Brien");
    expect(tokenize('eq(name,%27abc)')[4]).toMatchObject({ kind: 'word', value: "'abc" });
  });

  it('builds the like pattern: only literal * is a wildcard; %2A and \\* are literal stars', () => {
    const patternOf = (raw: string) => tokenize(raw)[0];
    expect(patternOf('*a%2Ab*')).toMatchObject({ value: '*a*b*', pattern: '*a\\*b*' });
    expect(patternOf('*5\\**')).toMatchObject({ value: '*5\\**', pattern: '*5\\**' });
    expect(patternOf('%5C%2A')).toMatchObject({ value: '\\*', pattern: '\\*' });
    expect(patternOf('a%5Cb')).toMatchObject({ value: 'a\\b', pattern: 'a\\\\b' });
    expect(tokenize('"*a,b*"')[0]).toMatchObject({ kind: 'string', value: '*a,b*', pattern: '*a,b*' });
  });

  it('rejects unterminated quotes and text glued to a closing quote', () => {
    expect(() => tokenize('eq(name,"abc)')).toThrow('Unterminated quoted value starting at position 8');
    expect(() => tokenize('eq(name,"ab"c)')).toThrow('Unexpected character after closing quote at position 12');
  });

  it('rejects malformed percent-encoding with its position', () => {
    expect(() => tokenize('eq(name,100%)')).toThrow("Invalid percent-encoding '%)' at position 11");
    expect(() => tokenize('eq(name,%zz)')).toThrow(RqlError);
    expect(() => tokenize('eq(name,%C3)')).toThrow('Invalid UTF-8 percent-encoding at position 8');
    expect(() => tokenize('eq(name,%80)')).toThrow('Invalid UTF-8 percent-encoding at position 8');
  });

  it('produces only eof for an empty string', () => {
    expect(kinds('')).toEqual(['eof']);
  });
});

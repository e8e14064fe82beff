import type { ComparedValue } from '@devops/contracts/variables';
import { describe, expect, it } from 'vitest';
import { differingEnvironments, filterComparison, missingEnvironments, type ComparedVariable } from './compare-variables.ts';

const plain = (fingerprint: string): ComparedValue => ({ present: true, secure: false, value: fingerprint, fingerprint });
const secret = (fingerprint: string): ComparedValue => ({ present: true, secure: true, value: null, fingerprint });
const missing: ComparedValue = { present: false, secure: false, value: null, fingerprint: null };

function row(status: ComparedVariable['status'], development: ComparedValue, test: ComparedValue, production: ComparedValue): ComparedVariable {
  return { name: 'X', status, development, test, production };
}

describe('differingEnvironments', () => {
  it('marks nothing when all are the same', () => {
    expect(differingEnvironments(row('same', plain('a'), plain('a'), plain('a')))).toEqual(new Set());
  });
  it('marks the odd one out, secure values included', () => {
    expect(differingEnvironments(row('different', secret('a'), secret('a'), secret('b')))).toEqual(new Set(['production']));
  });
  it('marks every cell when no value is the most common', () => {
    expect(differingEnvironments(row('different', plain('a'), plain('b'), plain('c')))).toEqual(new Set(['development', 'test', 'production']));
  });
  it('marks a missing cell against two equal values', () => {
    expect(differingEnvironments(row('partial', plain('a'), missing, plain('a')))).toEqual(new Set(['test']));
  });
  it('marks the only present cell when the others lack it', () => {
    expect(differingEnvironments(row('partial', plain('a'), missing, missing))).toEqual(new Set(['development']));
  });
});

describe('missingEnvironments and filterComparison', () => {
  const rows = [row('same', plain('a'), plain('a'), plain('a')), row('partial', plain('a'), missing, missing), row('different', plain('a'), plain('b'), plain('a'))];
  it('lists where a variable is missing', () => {
    expect(missingEnvironments(rows[1] as ComparedVariable)).toEqual(['test', 'production']);
  });
  it('filters by status', () => {
    expect(filterComparison(rows, 'all')).toHaveLength(3);
    expect(filterComparison(rows, 'different').map((r) => r.status)).toEqual(['different']);
    expect(filterComparison(rows, 'partial').map((r) => r.status)).toEqual(['partial']);
  });
});

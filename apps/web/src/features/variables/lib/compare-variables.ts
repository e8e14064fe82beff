import { ENVIRONMENT_TYPES, type EnvironmentType } from '@devops/contracts/environments';
import type { VariableComparison } from '@devops/contracts/variables';

export type ComparedVariable = VariableComparison['variables'][number];
export type ComparisonFilter = 'all' | 'different' | 'partial';

const TYPES = ENVIRONMENT_TYPES.map((env) => env.type);

/**
 * The environments whose cell differs from the others': those outside the one most common
 * fingerprint (a missing variable counts as its own "value"). Without a single most common one
 * (e.g. three different values) every cell differs. Nothing differs when the status is `same`.
 */
export function differingEnvironments(variable: ComparedVariable): Set<EnvironmentType> {
  if (variable.status === 'same') return new Set();
  const keyOf = (type: EnvironmentType) => (variable[type].present ? `value:${variable[type].fingerprint}` : 'missing');
  const counts = new Map<string, number>();
  for (const type of TYPES) counts.set(keyOf(type), (counts.get(keyOf(type)) ?? 0) + 1);
  const max = Math.max(...counts.values());
  const common = [...counts].filter(([, count]) => count === max);
  if (common.length !== 1) return new Set(TYPES);
  const [commonKey] = common[0] ?? [];
  return new Set(TYPES.filter((type) => keyOf(type) !== commonKey));
}

/** The environments a variable is missing from. */
export function missingEnvironments(variable: ComparedVariable): EnvironmentType[] {
  return TYPES.filter((type) => !variable[type].present);
}

export function filterComparison(variables: ComparedVariable[], filter: ComparisonFilter): ComparedVariable[] {
  if (filter === 'all') return variables;
  return variables.filter((variable) => variable.status === filter);
}

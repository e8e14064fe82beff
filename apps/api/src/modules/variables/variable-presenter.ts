import type { Variable as VariableDto } from '@devops/contracts/variables';
import type { Variable } from '../../generated/prisma/client.ts';

function byRef(id: string | null, name: string | null) {
  return id ? { id, name: name ?? id } : null;
}

/** The API form of a variable: a secure variable's value never leaves (null). */
export function presentVariable(row: Variable): VariableDto {
  return {
    id: row.id,
    name: row.name,
    value: row.secure ? null : row.value,
    secure: row.secure,
    events: {
      created: { at: row.createdAt.toISOString(), by: byRef(row.createdById, row.createdByName) },
      updated: { at: row.updatedAt.toISOString(), by: byRef(row.updatedById, row.updatedByName) },
    },
  };
}

/** Associated data binding a secure value to its row: a ciphertext moved elsewhere fails to decrypt. */
export function variableAad(environmentId: string, name: string): string {
  return `${environmentId}:variable:${name}`;
}

import type { Variable as VariableDto, VariablesImportPreview } from '@devops/contracts/variables';
import type { Environment, PrismaClient, Variable } from '../../generated/prisma/client.ts';
import { AppError } from '../../lib/errors.ts';
import { newId } from '../../lib/ids.ts';
import type { SecretBox } from '../../lib/secrets.ts';
import { actorOf, type Caller } from '../auth/caller.ts';
import { requireEnvironment, type EnvironmentRef } from '../environments/require-environment.ts';
import { markConfigurationChanged, recordVariableChanges } from './variable-audit.ts';
import { presentVariable, variableAad } from './variable-presenter.ts';
import { parseVariablesWorkbook, VariablesFileError } from './xlsx/parse-variables-workbook.ts';

interface ImportRow {
  row: number;
  name: string;
  value: string;
  secure: boolean;
}

interface ImportPlan {
  preview: VariablesImportPreview;
  toCreate: ImportRow[];
  toUpdate: (ImportRow & { id: string })[];
}

export class InvalidVariablesFile extends AppError {
  constructor(messages: string[]) {
    super(400, 'INVALID_FILE', messages);
  }
}

/**
 * Decides what the file does to the environment: variables in the file are added or changed, the others
 * are left as they are. An exported file holds secure variables without their values: such a row leaves
 * the environment's own secure value alone, and is skipped where the environment lacks the variable.
 */
function planImport(rows: ImportRow[], existing: Variable[], environment: Environment, secrets: SecretBox): ImportPlan {
  const byName = new Map(existing.map((variable) => [variable.name, variable]));
  const plan: ImportPlan = { preview: { added: [], changed: [], unchanged: [], skipped: [] }, toCreate: [], toUpdate: [] };
  const problems: string[] = [];

  for (const row of rows) {
    const current = byName.get(row.name);
    if (current?.secure && !row.secure) {
      problems.push(`Row ${row.row}, column secure: ${row.name} is secure in this environment and cannot be made plain`);
      continue;
    }
    if (row.secure && row.value === '') {
      if (current?.secure) plan.preview.unchanged.push({ name: row.name, secure: true });
      else if (current) problems.push(`Row ${row.row}, column value: a value is needed to make ${row.name} secure`);
      else plan.preview.skipped.push({ name: row.name, row: row.row, reason: 'secure variable exported without its value' });
      continue;
    }
    if (!current) {
      plan.preview.added.push({ name: row.name, secure: row.secure });
      plan.toCreate.push(row);
      continue;
    }
    const currentValue = current.secure ? secrets.decrypt(current.value, variableAad(environment.id, current.name)) : current.value;
    if (currentValue === row.value && current.secure === row.secure) {
      plan.preview.unchanged.push({ name: row.name, secure: row.secure });
    } else {
      plan.preview.changed.push({ name: row.name, secure: row.secure, becomes_secure: row.secure && !current.secure });
      plan.toUpdate.push({ ...row, id: current.id });
    }
  }
  if (problems.length > 0) throw new InvalidVariablesFile(problems);
  return plan;
}

async function parse(data: Buffer): Promise<ImportRow[]> {
  try {
    // Real files of 10,000 variables unpack to about 2 MB; the cap bounds the memory a crafted one can take.
    return (await parseVariablesWorkbook(data, { maxUncompressedBytes: 20 * 1024 * 1024 })).rows;
  } catch (error) {
    if (error instanceof VariablesFileError) throw new InvalidVariablesFile(error.toMessages());
    throw error;
  }
}

/** What importing `data` would do, changing nothing. */
export async function previewVariablesImport(
  prisma: PrismaClient,
  secrets: SecretBox,
  caller: Caller,
  ref: EnvironmentRef,
  data: Buffer,
): Promise<VariablesImportPreview> {
  const environment = await requireEnvironment(prisma, caller, ref);
  const rows = await parse(data);
  const existing = await prisma.variable.findMany({ where: { environmentId: environment.id, accountId: caller.accountId } });
  return planImport(rows, existing, environment, secrets).preview;
}

/** Applies the file in one transaction: every change, or none. Returns the environment's variables. */
export async function importVariables(
  prisma: PrismaClient,
  secrets: SecretBox,
  caller: Caller,
  ref: EnvironmentRef,
  data: Buffer,
): Promise<VariableDto[]> {
  const environment = await requireEnvironment(prisma, caller, ref);
  const rows = await parse(data);
  const actor = actorOf(caller);
  const seal = (row: ImportRow) => (row.secure ? secrets.encrypt(row.value, variableAad(environment.id, row.name)) : row.value);

  const variables = await prisma.$transaction(
    async (tx) => {
      // Locks the environment's variables against a concurrent import planned from the same snapshot.
      await tx.$executeRaw`SELECT 1 FROM "Environment" WHERE id = ${environment.id} FOR UPDATE`;
      const existing = await tx.variable.findMany({ where: { environmentId: environment.id, accountId: caller.accountId } });
      const plan = planImport(rows, existing, environment, secrets);
      // Set-based statements: Prisma's createMany and per-row UPDATEs take seconds for ten thousand rows.
      if (plan.toCreate.length > 0) {
        await tx.$executeRaw`
          INSERT INTO "Variable" ("id", "environmentId", "accountId", "name", "value", "secure", "createdById", "createdByName", "updatedById", "updatedByName")
          SELECT u.id, ${environment.id}, ${caller.accountId}, u.name, u.value, u.secure, ${actor.id}, ${actor.name}, ${actor.id}, ${actor.name}
          FROM unnest(${plan.toCreate.map(() => newId.variable())}::text[], ${plan.toCreate.map((row) => row.name)}::text[],
                      ${plan.toCreate.map(seal)}::text[], ${plan.toCreate.map((row) => row.secure)}::boolean[]) AS u(id, name, value, secure)`;
      }
      if (plan.toUpdate.length > 0) {
        await tx.$executeRaw`
          UPDATE "Variable" AS v
          SET "value" = u.value, "secure" = u.secure, "updatedById" = ${actor.id}, "updatedByName" = ${actor.name}, "updatedAt" = now()
          FROM unnest(${plan.toUpdate.map((row) => row.id)}::text[], ${plan.toUpdate.map(seal)}::text[], ${plan.toUpdate.map((row) => row.secure)}::boolean[]) AS u(id, value, secure)
          WHERE v.id = u.id AND v."accountId" = ${caller.accountId}`;
      }
      await recordVariableChanges(tx, { environmentId: environment.id, accountId: caller.accountId }, actor, 'import', [
        ...plan.preview.added.map((entry) => ({ name: entry.name, action: 'created' as const, secure: entry.secure })),
        ...plan.preview.changed.map((entry) => ({ name: entry.name, action: 'changed' as const, secure: entry.secure })),
      ]);
      if (plan.toCreate.length + plan.toUpdate.length > 0) await markConfigurationChanged(tx, environment.id);
      return tx.variable.findMany({ where: { environmentId: environment.id, accountId: caller.accountId }, orderBy: { name: 'asc' } });
    },
    { timeout: 60_000 },
  );
  return variables.map(presentVariable);
}

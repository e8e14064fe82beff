import fastifyMultipart from '@fastify/multipart';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ErrorResponse } from '@devops/contracts/common';
import { CopyVariablesRequest, Variable, VariableComparison, VariablesImportPreview } from '@devops/contracts/variables';
import type { AppDeps } from '../../app-deps.ts';
import { ValidationError } from '../../lib/errors.ts';
import { callerOf } from '../../plugins/auth.ts';
import { environmentParams, refOf, variablesBase } from './variables.routes.ts';
import { compareVariables, copyVariables } from './variables-compare.service.ts';
import { exportVariables } from './variables-export.service.ts';
import { importVariables, previewVariablesImport } from './variables-import.service.ts';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
/** Largest accepted workbook; its uncompressed size and row count are checked again while reading it. */
export const IMPORT_MAX_BYTES = 5 * 1024 * 1024;
const errors = { 400: ErrorResponse, 401: ErrorResponse, 403: ErrorResponse, 404: ErrorResponse, 409: ErrorResponse, 413: ErrorResponse };

/** The workbook, sent as the raw body (CI: `--data-binary @vars.xlsx`) or as a multipart `file` field (browsers). */
async function readWorkbook(request: FastifyRequest): Promise<Buffer> {
  if (request.isMultipart()) {
    const file = await request.file({ limits: { fileSize: IMPORT_MAX_BYTES, files: 1 } });
    if (!file) throw new ValidationError('file: attach the .xlsx file');
    const data = await file.toBuffer();
    return data;
  }
  if (!Buffer.isBuffer(request.body) || request.body.length === 0) {
    throw new ValidationError(`Send the .xlsx file as the request body (Content-Type: ${XLSX_TYPE})`);
  }
  return request.body;
}

export function variableFileRoutes(deps: AppDeps) {
  return async (fastify: FastifyInstance) => {
    const app = fastify.withTypeProvider<ZodTypeProvider>();
    await app.register(fastifyMultipart, { limits: { fileSize: IMPORT_MAX_BYTES, files: 1, fields: 0 } });
    for (const type of [XLSX_TYPE, 'application/octet-stream']) {
      app.addContentTypeParser(type, { parseAs: 'buffer', bodyLimit: IMPORT_MAX_BYTES }, (_request, body, done) => done(null, body));
    }

    app.post(`${variablesBase}/import`, {
      bodyLimit: IMPORT_MAX_BYTES,
      schema: {
        tags: ['Variables'],
        summary: 'Import variables from an XLSX file (sheet Data: name, value, secure); all or nothing. dry_run=true previews.',
        params: environmentParams,
        querystring: z.object({ dry_run: z.enum(['true', 'false']).optional() }),
        response: { 200: z.union([z.array(Variable), VariablesImportPreview]), ...errors },
      },
    }, async (request) => {
      const data = await readWorkbook(request);
      const caller = callerOf(request);
      return request.query.dry_run === 'true'
        ? previewVariablesImport(deps.prisma, deps.secrets, caller, refOf(request.params), data)
        : importVariables(deps.prisma, deps.secrets, caller, refOf(request.params), data);
    });

    app.get(`${variablesBase}/export`, {
      schema: { tags: ['Variables'], summary: 'Download the variables as XLSX (secure values left empty)', params: environmentParams },
    }, async (request, reply) => {
      const { workbook, fileName } = await exportVariables(deps.prisma, callerOf(request), refOf(request.params));
      return reply
        .header('content-disposition', `attachment; filename="${fileName}"`)
        .header('cache-control', 'no-store')
        .type(XLSX_TYPE)
        .send(workbook);
    });

    app.get('/devops/services/:extension_id/variables/compare', {
      schema: { tags: ['Variables'], summary: "Compare the variables of an extension's three environments", params: z.object({ extension_id: z.string().max(64) }), response: { 200: VariableComparison, ...errors } },
    }, async (request) => compareVariables(deps.prisma, deps.secrets, callerOf(request), request.params.extension_id));

    app.post('/devops/services/:extension_id/variables/copy', {
      schema: { tags: ['Variables'], summary: 'Copy chosen variables from one environment to another', params: z.object({ extension_id: z.string().max(64) }), body: CopyVariablesRequest, response: { 200: z.array(Variable), ...errors } },
    }, async (request) => copyVariables(deps.prisma, deps.secrets, callerOf(request), request.params.extension_id, request.body));
  };
}

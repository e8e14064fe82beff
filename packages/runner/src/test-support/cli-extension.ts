import { defineExtension, success } from '../sdk/index.ts';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The extension the CLI test runs: one background event whose request says how long to take. */
export default defineExtension({
  name: 'CLI test extension',
  events: {
    asset_purchase_request_processing: {
      category: 'background',
      statuses: ['pending'],
      handler: async (ctx, request) => {
        ctx.logger.info(`processing ${ctx.objectId}`);
        await sleep(Number(request.delay ?? 0));
        return success();
      },
    },
  },
});

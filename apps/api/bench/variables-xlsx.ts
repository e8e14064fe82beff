/**
 * Benchmark: build and parse a variables workbook of 10,000 variables (pure functions, no database).
 *   pnpm --filter @devops/api run bench:variables-xlsx [-- --rows 10000 --runs 7 --value-length 60]
 * Each phase runs in its own child process, so its peak RSS (getrusage maxrss) is its own; the baseline
 * is the child's RSS after loading modules (tsx included) and preparing input, just before the first run.
 * A full GC precedes every run, so the peak is one run's and not garbage piled up over several.
 * Also times the roads not taken: an in-memory exceljs Workbook for building, and exceljs' two readers
 * on their own (no validation) for parsing.
 * A script, not a test: nothing is asserted.
 */
import { fork } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import ExcelJS from 'exceljs';
import { buildVariablesWorkbook, type VariablesWorkbookInput } from '../src/modules/variables/xlsx/build-variables-workbook.ts';
import { parseVariablesWorkbook } from '../src/modules/variables/xlsx/parse-variables-workbook.ts';

const { values } = parseArgs({
  // pnpm passes a literal `--` through to the script.
  args: process.argv.slice(2).filter((arg) => arg !== '--'),
  options: {
    rows: { type: 'string', default: '10000' },
    runs: { type: 'string', default: '7' },
    'value-length': { type: 'string', default: '60' },
    phase: { type: 'string' },
    file: { type: 'string' },
  },
});
const rowCount = Number(values.rows);
const runs = Number(values.runs);
const valueLength = Number(values['value-length']);

const PHASES = {
  build: 'buildVariablesWorkbook',
  'exceljs-write-buffer': 'same sheet via in-memory Workbook',
  parse: 'parseVariablesWorkbook',
  'exceljs-load': 'exceljs Workbook.xlsx.load only',
  'exceljs-stream': 'exceljs stream.WorkbookReader only',
} as const;
type Phase = keyof typeof PHASES;

interface PhaseResult {
  phase: Phase;
  timesMs: number[];
  baselineRss: number;
  peakRss: number;
}

function makeInput(): VariablesWorkbookInput {
  const variables = Array.from({ length: rowCount }, (_, index) => ({
    name: `VARIABLE_${String(index).padStart(5, '0')}`,
    value: randomBytes(Math.ceil(valueLength * 0.75)).toString('base64').slice(0, valueLength),
    // One in five secure, as a typical extension has a few credentials among its settings.
    secure: index % 5 === 0,
  }));
  return {
    variables,
    info: {
      accountName: 'Bench Vendor',
      accountId: 'VA-000-001',
      extensionName: 'Bench extension',
      extensionId: 'SRVC-0000-0001',
      environmentId: 'ENV-0000-0001-01',
      environmentType: 'production',
      products: [{ id: 'PRD-000-000-001', name: 'Bench product' }],
      exportedAt: new Date(),
    },
  };
}

/** The road not taken for building: the whole workbook in memory, then writeBuffer(). */
async function buildInMemory(input: VariablesWorkbookInput): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Data');
  sheet.columns = [{ width: 30 }, { width: 60, style: { numFmt: '@' } }, { width: 10 }];
  sheet.addRow(['name', 'value', 'secure']).font = { bold: true };
  for (const variable of input.variables) sheet.addRow([variable.name, variable.secure ? null : variable.value, variable.secure ? 'yes' : 'no']);
  await workbook.xlsx.writeBuffer();
}

async function countRowsStreaming(data: Buffer): Promise<number> {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from([data]), { styles: 'cache' });
  let count = 0;
  for await (const sheet of reader) {
    for await (const row of sheet) if ((sheet as unknown as { name: string }).name === 'Data' && row.number > 1) count++;
  }
  return count;
}

/** In the child: run one phase `runs` times and send the figures to the parent. */
async function runPhase(phase: Phase, file: string): Promise<void> {
  const isBuild = phase === 'build' || phase === 'exceljs-write-buffer';
  const input = isBuild ? makeInput() : null;
  const data = isBuild ? null : await readFile(file);
  globalThis.gc?.();
  const baselineRss = process.memoryUsage().rss;
  const timesMs: number[] = [];
  for (let run = 0; run < runs; run++) {
    // Collect the previous run's garbage first: the peak should be one run's, not V8's laziness over seven.
    globalThis.gc?.();
    const started = performance.now();
    if (phase === 'build') {
      await buildVariablesWorkbook(input!);
    } else if (phase === 'exceljs-write-buffer') {
      await buildInMemory(input!);
    } else if (phase === 'parse') {
      await parseVariablesWorkbook(data!);
    } else if (phase === 'exceljs-load') {
      await new ExcelJS.Workbook().xlsx.load(data! as unknown as ExcelJS.Buffer);
    } else {
      await countRowsStreaming(data!);
    }
    timesMs.push(performance.now() - started);
  }
  const peakRss = process.resourceUsage().maxRSS * 1024;
  const result: PhaseResult = { phase, timesMs, baselineRss, peakRss };
  process.send!(result);
}

function inChild(phase: Phase, file: string): Promise<PhaseResult> {
  return new Promise((resolve, reject) => {
    const args = ['--phase', phase, '--file', file, '--rows', String(rowCount), '--runs', String(runs), '--value-length', String(valueLength)];
    // execArgv is inherited, so the child runs under tsx like this process.
    const child = fork(fileURLToPath(import.meta.url), args, {
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
      execArgv: [...process.execArgv, '--expose-gc'],
    });
    let result: PhaseResult | undefined;
    child.on('message', (message) => (result = message as PhaseResult));
    child.on('error', reject);
    child.on('exit', (code) => (result ? resolve(result) : reject(new Error(`phase ${phase} exited with ${code}`))));
  });
}

const median = (numbers: number[]) => {
  const sorted = [...numbers].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};
const mb = (bytes: number) => (bytes / (1024 * 1024)).toFixed(1).padStart(8);
const ms = (value: number) => value.toFixed(0).padStart(8);

async function main(): Promise<void> {
  const directory = await mkdtemp(path.join(os.tmpdir(), 'variables-xlsx-bench-'));
  try {
    const file = path.join(directory, 'variables.xlsx');
    const workbook = await buildVariablesWorkbook(makeInput());
    await writeFile(file, workbook);
    console.log(
      `${rowCount.toLocaleString('en-US')} variables (values of ${valueLength} characters, 1 in 5 secure), ${runs} runs per phase, ` +
        `node ${process.version}, ${os.cpus().length} CPUs (load average ${os.loadavg()[0]!.toFixed(1)}); workbook ${mb(workbook.length).trim()} MB`,
    );
    console.log(`${'phase'.padEnd(38)}median ms  min ms  max ms  baseline RSS MB  peak RSS MB`);
    for (const phase of Object.keys(PHASES) as Phase[]) {
      const result = await inChild(phase, file);
      const times = result.timesMs;
      console.log(
        `${PHASES[phase].padEnd(38)}${ms(median(times))} ${ms(Math.min(...times))}${ms(Math.max(...times))}` +
          `        ${mb(result.baselineRss)}     ${mb(result.peakRss)}`,
      );
    }
    console.log('First runs are slower (JIT warm-up); the median is what a busy server sees.');
  } finally {
    await rm(directory, { recursive: true, force: true });
  }
}

if (values.phase) await runPhase(values.phase as Phase, values.file!);
else await main();

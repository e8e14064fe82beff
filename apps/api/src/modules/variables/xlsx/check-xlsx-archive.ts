import { promisify } from 'node:util';
import { inflateRaw } from 'node:zlib';
import { VariablesFileError } from './variables-file-error.ts';

const inflateRawAsync = promisify(inflateRaw);

export const NOT_XLSX_MESSAGE = 'The file is not an Excel (.xlsx) workbook; save it from your spreadsheet program as "Excel Workbook (.xlsx)"';
export const DAMAGED_MESSAGE = 'The file is not a valid Excel (.xlsx) workbook: it is damaged or incomplete';
export const OLD_FORMAT_MESSAGE =
  'The file is an Excel 97-2003 (.xls) workbook or a password-protected one; save it without a password as "Excel Workbook (.xlsx)"';
export const EMPTY_MESSAGE = 'The file is empty; upload an Excel (.xlsx) workbook';

export function tooLargeMessage(maxUncompressedBytes: number): string {
  return `The workbook is too large: it unpacks to more than ${formatBytes(maxUncompressedBytes)}`;
}

function formatBytes(bytes: number): string {
  const mb = bytes / (1024 * 1024);
  return mb >= 1 ? `${Number(mb.toFixed(1))} MB` : `${Number((bytes / 1024).toFixed(1))} KB`;
}

// Compound File (OLE2) signature: .xls files, and .xlsx files that Excel encrypted with a password.
const OLE2_SIGNATURE = Buffer.from('d0cf11e0a1b11ae1', 'hex');
const EOCD_SIGNATURE = 0x06054b50;
const ZIP64_LOCATOR_SIGNATURE = 0x07064b50;
const ZIP64_EOCD_SIGNATURE = 0x06064b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;
const MAX_32 = 0xffffffff;

interface ZipEntry {
  name: string;
  flags: number;
  method: number;
  compressedSize: number;
  uncompressedSize: number;
  localHeaderOffset: number;
}

/** Thrown inside this file for a structural problem; turned into DAMAGED_MESSAGE at the edge. */
class DamagedZip extends Error {}

/**
 * Refuses anything exceljs should not be handed: not a ZIP, a damaged ZIP, a ZIP without a workbook, or
 * one that unpacks to more than `maxUncompressedBytes`. exceljs (through JSZip) inflates every entry
 * into memory and only compares sizes afterwards, so a small upload could otherwise expand to gigabytes.
 * The declared sizes are summed first, then each entry is inflated with its declared size as a hard cap,
 * which also catches a ZIP that under-declares (a lying header is "damaged", not "too large").
 */
export async function checkXlsxArchive(data: Buffer, maxUncompressedBytes: number): Promise<void> {
  if (data.length === 0) throw VariablesFileError.ofFile(EMPTY_MESSAGE);
  if (data.subarray(0, OLE2_SIGNATURE.length).equals(OLE2_SIGNATURE)) throw VariablesFileError.ofFile(OLD_FORMAT_MESSAGE);
  if (data.length < 4 || data[0] !== 0x50 || data[1] !== 0x4b) throw VariablesFileError.ofFile(NOT_XLSX_MESSAGE);

  let entries: ZipEntry[];
  try {
    entries = readCentralDirectory(data);
  } catch {
    // Any read past the end (Buffer throws RangeError) is the same thing to the user: a broken file.
    throw VariablesFileError.ofFile(DAMAGED_MESSAGE);
  }
  if (!entries.some((entry) => entry.name === 'xl/workbook.xml')) throw VariablesFileError.ofFile(NOT_XLSX_MESSAGE);
  const declared = entries.reduce((sum, entry) => sum + entry.uncompressedSize, 0);
  if (declared > maxUncompressedBytes) throw VariablesFileError.ofFile(tooLargeMessage(maxUncompressedBytes));

  for (const entry of entries) {
    // Encrypted entries (flag bit 0) and exotic methods are nothing Excel writes.
    if ((entry.flags & 1) !== 0 || (entry.method !== 0 && entry.method !== 8)) throw VariablesFileError.ofFile(NOT_XLSX_MESSAGE);
    if (!(await entryHasDeclaredSize(data, entry))) throw VariablesFileError.ofFile(DAMAGED_MESSAGE);
  }
}

async function entryHasDeclaredSize(data: Buffer, entry: ZipEntry): Promise<boolean> {
  try {
    const at = entry.localHeaderOffset;
    if (data.readUInt32LE(at) !== LOCAL_SIGNATURE) return false;
    const start = at + 30 + data.readUInt16LE(at + 26) + data.readUInt16LE(at + 28);
    const end = start + entry.compressedSize;
    if (end > data.length) return false;
    const compressed = data.subarray(start, end);
    if (entry.method === 0) return entry.compressedSize === entry.uncompressedSize;
    // maxOutputLength makes zlib stop (and throw) as soon as the entry outgrows what it declared.
    const inflated = await inflateRawAsync(compressed, { maxOutputLength: Math.max(1, entry.uncompressedSize) });
    return inflated.length === entry.uncompressedSize;
  } catch {
    return false;
  }
}

function readCentralDirectory(data: Buffer): ZipEntry[] {
  const eocd = findEndOfCentralDirectory(data);
  let count = data.readUInt16LE(eocd + 10);
  let offset = data.readUInt32LE(eocd + 16);
  if (count === 0xffff || offset === MAX_32) {
    // ZIP64: the real figures live in a second record that a locator just before the EOCD points to.
    const locator = eocd - 20;
    if (locator < 0 || data.readUInt32LE(locator) !== ZIP64_LOCATOR_SIGNATURE) throw new DamagedZip();
    const record = toSafeNumber(data.readBigUInt64LE(locator + 8));
    if (data.readUInt32LE(record) !== ZIP64_EOCD_SIGNATURE) throw new DamagedZip();
    count = toSafeNumber(data.readBigUInt64LE(record + 32));
    offset = toSafeNumber(data.readBigUInt64LE(record + 48));
  }

  const entries: ZipEntry[] = [];
  let at = offset;
  for (let index = 0; index < count; index++) {
    if (data.readUInt32LE(at) !== CENTRAL_SIGNATURE) throw new DamagedZip();
    const nameLength = data.readUInt16LE(at + 28);
    const extraLength = data.readUInt16LE(at + 30);
    const commentLength = data.readUInt16LE(at + 32);
    const entry: ZipEntry = {
      name: data.toString('utf8', at + 46, at + 46 + nameLength),
      flags: data.readUInt16LE(at + 8),
      method: data.readUInt16LE(at + 10),
      compressedSize: data.readUInt32LE(at + 20),
      uncompressedSize: data.readUInt32LE(at + 24),
      localHeaderOffset: data.readUInt32LE(at + 42),
    };
    applyZip64Extra(entry, data.subarray(at + 46 + nameLength, at + 46 + nameLength + extraLength));
    entries.push(entry);
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

function findEndOfCentralDirectory(data: Buffer): number {
  // The EOCD is 22 bytes plus a comment of at most 65,535 bytes, at the very end of the file.
  const lowest = Math.max(0, data.length - 22 - 0xffff);
  for (let at = data.length - 22; at >= lowest; at--) {
    if (data.readUInt32LE(at) === EOCD_SIGNATURE) return at;
  }
  throw new DamagedZip();
}

/** ZIP64 extra field (id 1): 8-byte values for exactly those 32-bit fields that hold 0xFFFFFFFF, in this order. */
function applyZip64Extra(entry: ZipEntry, extra: Buffer): void {
  if (entry.uncompressedSize !== MAX_32 && entry.compressedSize !== MAX_32 && entry.localHeaderOffset !== MAX_32) return;
  for (let at = 0; at + 4 <= extra.length; ) {
    const id = extra.readUInt16LE(at);
    const size = extra.readUInt16LE(at + 2);
    if (id === 1) {
      let field = at + 4;
      const next = () => {
        const value = toSafeNumber(extra.readBigUInt64LE(field));
        field += 8;
        return value;
      };
      if (entry.uncompressedSize === MAX_32) entry.uncompressedSize = next();
      if (entry.compressedSize === MAX_32) entry.compressedSize = next();
      if (entry.localHeaderOffset === MAX_32) entry.localHeaderOffset = next();
      return;
    }
    at += 4 + size;
  }
  throw new DamagedZip();
}

function toSafeNumber(value: bigint): number {
  // Anything past 2^53 bytes is not a real spreadsheet; Infinity trips the size limit.
  return value > BigInt(Number.MAX_SAFE_INTEGER) ? Number.POSITIVE_INFINITY : Number(value);
}

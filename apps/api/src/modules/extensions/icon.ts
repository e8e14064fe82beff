import { ICON_MAX_BYTES } from '@devops/contracts/extensions';
import { ValidationError } from '../../lib/errors.ts';

export interface DecodedIcon {
  contentType: 'image/png' | 'image/jpeg' | 'image/webp';
  /** A plain ArrayBuffer-backed copy, the form Prisma's Bytes fields take. */
  data: Uint8Array<ArrayBuffer>;
}

/** What the bytes really are, judged by their signature, not by the name or declared type. */
export function sniffImageType(data: Buffer): DecodedIcon['contentType'] | null {
  if (data.length >= 8 && data.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) return 'image/png';
  if (data.length >= 3 && data[0] === 0xff && data[1] === 0xd8 && data[2] === 0xff) return 'image/jpeg';
  if (data.length >= 12 && data.toString('ascii', 0, 4) === 'RIFF' && data.toString('ascii', 8, 12) === 'WEBP') return 'image/webp';
  return null;
}

/** Decodes a `data:image/…;base64,…` icon and checks its size and content. */
export function decodeIcon(dataUrl: string): DecodedIcon {
  const match = /^data:(image\/(?:png|jpeg|webp));base64,([A-Za-z0-9+/]+=*)$/.exec(dataUrl);
  if (!match) throw new ValidationError('icon: must be a PNG, JPEG or WebP data URL');
  const data = Buffer.from(match[2]!, 'base64');
  if (data.length === 0) throw new ValidationError('icon: the image is empty');
  if (data.length > ICON_MAX_BYTES) throw new ValidationError(`icon: the image is larger than ${ICON_MAX_BYTES / 1024} KB`);
  const contentType = sniffImageType(data);
  if (!contentType) throw new ValidationError('icon: the file is not a PNG, JPEG or WebP image');
  return { contentType, data: new Uint8Array(data) };
}

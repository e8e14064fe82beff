import { describe, expect, it } from 'vitest';
import { decodeIcon, sniffImageType } from './icon.ts';

const png = Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex');
const toDataUrl = (type: string, data: Buffer) => `data:${type};base64,${data.toString('base64')}`;

describe('icon decoding', () => {
  it('accepts a PNG and reports its real type even when declared otherwise', () => {
    expect(decodeIcon(toDataUrl('image/png', png)).contentType).toBe('image/png');
    expect(decodeIcon(toDataUrl('image/jpeg', png)).contentType).toBe('image/png');
  });

  it('recognises JPEG and WebP signatures', () => {
    expect(sniffImageType(Buffer.from([0xff, 0xd8, 0xff, 0xe0]))).toBe('image/jpeg');
    expect(sniffImageType(Buffer.from('RIFF\0\0\0\0WEBPVP8 ', 'ascii'))).toBe('image/webp');
  });

  it('refuses a text file dressed up as an image', () => {
    expect(() => decodeIcon(toDataUrl('image/png', Buffer.from('<svg onload=alert(1)>')))).toThrow(/not a PNG, JPEG or WebP/);
  });

  it('refuses an image over the size limit', () => {
    const big = Buffer.concat([png, Buffer.alloc(600 * 1024)]);
    expect(() => decodeIcon(toDataUrl('image/png', big))).toThrow(/larger than 512 KB/);
  });

  it('refuses other data URL types', () => {
    expect(() => decodeIcon('data:image/svg+xml;base64,PHN2Zz4=')).toThrow(/data URL/);
  });
});

import { deflateSync } from 'node:zlib';
import type { PlannedFile } from './simulate';

/**
 * Small, valid files a town-hall agent would attach: a screenshot (PNG), a letter (PDF), a log
 * (TXT). Made here, byte by byte, so the demo needs no file on disk.
 */

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Uint8Array): number {
  let crc = 0xffffffff;
  for (const byte of bytes) crc = CRC_TABLE[(crc ^ byte) & 0xff]! ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Uint8Array): Uint8Array {
  const out = new Uint8Array(12 + data.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, data.length);
  out.set(Buffer.from(type, 'latin1'), 4);
  out.set(data, 8);
  view.setUint32(8 + data.length, crc32(out.subarray(4, 8 + data.length)));
  return out;
}

/** A 320 × 200 "screenshot": a window with a title bar, a red error banner and grey lines of text. */
export function screenshotPng(accent: number): Uint8Array {
  const width = 320;
  const height = 200;
  const raw = new Uint8Array(height * (1 + width * 3));
  const accentColour = [(accent >> 16) & 0xff, (accent >> 8) & 0xff, accent & 0xff];
  for (let y = 0; y < height; y++) {
    const row = y * (1 + width * 3);
    raw[row] = 0;
    for (let x = 0; x < width; x++) {
      let colour = [248, 250, 252];
      if (y < 24) colour = accentColour;
      else if (y >= 40 && y < 64 && x >= 16 && x < 304) colour = [254, 226, 226];
      else if (y >= 80 && y % 16 < 6 && x >= 16 && x < 16 + ((y * 37) % 240) + 40) colour = [203, 213, 225];
      raw.set(colour, row + 1 + x * 3);
    }
  }
  const header = new Uint8Array(13);
  const view = new DataView(header.buffer);
  view.setUint32(0, width);
  view.setUint32(4, height);
  header.set([8, 2, 0, 0, 0], 8);
  const parts = [
    new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', new Uint8Array(0)),
  ];
  return Buffer.concat(parts);
}

/** A one-page PDF with a line of text (offsets of the cross-reference table computed). */
export function letterPdf(line: string): Uint8Array {
  const text = line.replace(/[()\\]/g, '').replace(/[^\x20-\x7e]/g, '?');
  const stream = `BT /F1 12 Tf 56 760 Td (${text}) Tj ET`;
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((object, index) => {
    offsets.push(body.length);
    body += `${index + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) body += `${String(offset).padStart(10, '0')} 00000 n \n`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}

export function logText(lines: readonly string[]): Uint8Array {
  return Buffer.from(`${lines.join('\n')}\n`, 'utf8');
}

const screenshots = new Map<number, Uint8Array>();

export function screenshotFile(name: string, accent: number): PlannedFile {
  let data = screenshots.get(accent);
  if (!data) {
    data = screenshotPng(accent);
    screenshots.set(accent, data);
  }
  return { fileName: name, contentType: 'image/png', data };
}

export function pdfFile(name: string, line: string): PlannedFile {
  return { fileName: name, contentType: 'application/pdf', data: letterPdf(line) };
}

export function logFile(name: string, lines: readonly string[]): PlannedFile {
  return { fileName: name, contentType: 'text/plain', data: logText(lines) };
}

/** `size` printable bytes that no compressor shrinks much: a large .txt attachment any type check accepts. */
export function printableBytes(size: number, seed = 12345): Uint8Array<ArrayBuffer> {
  const bytes = new Uint8Array(size);
  let state = seed;
  for (let i = 0; i < size; i++) {
    state = (state * 1103515245 + 12345) & 0x7fffffff;
    bytes[i] = 33 + (state % 90);
  }
  return bytes;
}

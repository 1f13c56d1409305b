/**
 * Byte offset of the first byte that does not start a well-formed UTF-8 sequence (overlong forms,
 * surrogates and code points above U+10FFFF count as malformed, as the WHATWG decoder treats them),
 * or -1 when the whole buffer is valid.
 */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i += 1;
      continue;
    }
    const length = sequenceLength(b);
    if (length === 0 || !continuationsValid(bytes, i, length)) return i;
    i += length;
  }
  return -1;
}

function sequenceLength(lead: number): number {
  if (lead >= 0xc2 && lead <= 0xdf) return 2;
  if (lead >= 0xe0 && lead <= 0xef) return 3;
  if (lead >= 0xf0 && lead <= 0xf4) return 4;
  return 0;
}

function continuationsValid(bytes: Uint8Array, start: number, length: number): boolean {
  if (start + length > bytes.length) return false;
  const lead = bytes[start]!;
  const second = bytes[start + 1]!;
  // The second byte's range is narrowed for these leads to exclude overlongs, surrogates and > U+10FFFF.
  const [low, high] =
    lead === 0xe0 ? [0xa0, 0xbf] : lead === 0xed ? [0x80, 0x9f] : lead === 0xf0 ? [0x90, 0xbf] : lead === 0xf4 ? [0x80, 0x8f] : [0x80, 0xbf];
  if (second < low || second > high) return false;
  for (let k = 2; k < length; k++) {
    const c = bytes[start + k]!;
    if (c < 0x80 || c > 0xbf) return false;
  }
  return true;
}

/** 1-based line holding the byte at `offset`; CRLF, LF and a lone CR each end a line, as splitLines does. */
export function lineOfByte(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < bytes.length; i++) {
    const b = bytes[i];
    if (b === 0x0a) line++;
    else if (b === 0x0d && bytes[i + 1] !== 0x0a) line++;
  }
  return line;
}

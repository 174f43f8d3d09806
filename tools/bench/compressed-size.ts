import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

/** Bytes on the wire: gzip at level 6 (most servers' default) and brotli at 11 (what static hosts precompress to). */
export interface Compressed {
  raw: number;
  gzip: number;
  brotli: number;
}

/**
 * Pagefind writes its index and WebAssembly already gzipped, and hosts serve them as
 * they are, so their size on disk is what a visitor downloads.
 */
export function isPrecompressed(path: string): boolean {
  return /\.(pf_meta|pf_index|pf_fragment|pagefind)$/.test(path);
}

export function compressedSize(bytes: Buffer, precompressed = false): Compressed {
  if (precompressed) return { raw: bytes.length, gzip: bytes.length, brotli: bytes.length };
  return {
    raw: bytes.length,
    gzip: gzipSync(bytes, { level: 6 }).length,
    brotli: brotliCompressSync(bytes, {
      params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length },
    }).length,
  };
}

export function addSizes(a: Compressed, b: Compressed): Compressed {
  return { raw: a.raw + b.raw, gzip: a.gzip + b.gzip, brotli: a.brotli + b.brotli };
}

export const NO_BYTES: Compressed = { raw: 0, gzip: 0, brotli: 0 };

/**
 * Payload sizes as a client pays for them: UTF-8 bytes of the body, and the bytes gzip
 * would put on the wire (the sandbox answers inside the page, so nothing is compressed for
 * real; CompressionStream gives the same estimate a server's gzip would).
 */
import { bffLab } from '@messages/bff-lab';

/** UTF-8 bytes of `text`. */
export function rawBytes(text: string): number {
  return new TextEncoder().encode(text).length;
}

/** Bytes of `text` after gzip, measured with the browser's CompressionStream. */
export async function gzipBytes(text: string): Promise<number> {
  const stream = new Blob([text]).stream().pipeThrough(new CompressionStream('gzip'));
  return (await new Response(stream).arrayBuffer()).byteLength;
}

/** 1234 → "1.2 KB", 980 → "980 B". */
export function formatBytes(bytes: number): string {
  return bffLab.column.bytes(bytes);
}

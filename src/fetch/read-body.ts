/**
 * A response's body, read chunk by chunk up to a cap: a page that announces or turns out to be
 * larger is abandoned at the cap (never buffered whole), since no article is megabytes of HTML and
 * a 20 MB answer is a mistake or an attack.
 */
export class TooLargeError extends Error {
  override name = 'TooLargeError';
}

const mib = (bytes: number): string => `${(bytes / 1_048_576).toFixed(1)} MiB`;

export async function readCapped(response: Response, maxBytes: number): Promise<Uint8Array> {
  const declared = Number(response.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > maxBytes) {
    await response.body?.cancel();
    throw new TooLargeError(`the page is ${mib(declared)}, over the ${mib(maxBytes)} cap`);
  }
  if (!response.body) return new Uint8Array();
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = response.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      throw new TooLargeError(`the page is over the ${mib(maxBytes)} cap (stopped reading at ${mib(size)})`);
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}

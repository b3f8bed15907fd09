/**
 * The headless Chromium that the npm package @sparticuz/chromium carries, so that `npm test` needs no
 * browser of the machine's own: playwright-core downloads none, and this machine reaches no host but
 * the package registries. The package holds the binary brotli-compressed, with the libraries it links
 * to that a fresh machine may lack (libnss3, libnspr4, libexpat: `al2023.tar.br`, made for Amazon
 * Linux 2023 and loaded here through LD_LIBRARY_PATH), and SwiftShader for WebGL.
 *
 * Not the package's own `executablePath()`: that unpacks into the shared /tmp (another checkout on the
 * machine with another version would be handed ours) and only unpacks the libraries on AWS Lambda.
 * Here they go once into node_modules/.cache, per version, so `npm ci` starts afresh.
 */
import { createReadStream, createWriteStream, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { brotliDecompressSync, createBrotliDecompress } from 'node:zlib';

export interface PackagedChromium {
  executablePath: string;
  /** What the browser's process needs in its environment to find the libraries it brings. */
  env: Record<string, string>;
}

/** The package's directory (its exports name only the entry point, which is in build/). */
function packageDir(): string {
  const entry = createRequire(import.meta.url).resolve('@sparticuz/chromium');
  let dir = path.dirname(entry);
  while (!existsSync(path.join(dir, 'package.json')) || !existsSync(path.join(dir, 'bin'))) {
    const up = path.dirname(dir);
    if (up === dir) throw new Error(`@sparticuz/chromium: no bin/ above ${entry}`);
    dir = up;
  }
  return dir;
}

async function unbrotli(from: string, to: string): Promise<void> {
  await pipeline(createReadStream(from), createBrotliDecompress(), createWriteStream(to, { mode: 0o755 }));
}

/**
 * The package's tarballs are small (a few MB) and hold plain files and folders: read here, rather than
 * through `tar`, which exits at the end-of-archive marker before the padding after it is written.
 */
function untarBrotli(from: string, into: string): void {
  const tar = brotliDecompressSync(readFileSync(from));
  const field = (start: number, length: number) => tar.toString('latin1', start, start + length).replace(/\0.*$/su, '');
  let longName: string | null = null;
  for (let header = 0; header + 512 <= tar.length && tar[header] !== 0; ) {
    const size = Number.parseInt(field(header + 124, 12).trim() || '0', 8);
    const mode = Number.parseInt(field(header + 100, 8).trim() || '644', 8) & 0o777;
    const type = field(header + 156, 1) || '0';
    const prefix = field(header + 257, 6).startsWith('ustar') ? field(header + 345, 155) : '';
    const name = longName ?? (prefix ? `${prefix}/${field(header, 100)}` : field(header, 100));
    const data = tar.subarray(header + 512, header + 512 + size);
    header += 512 + Math.ceil(size / 512) * 512;
    longName = null;
    if (type === 'L') longName = data.toString('utf8').replace(/\0.*$/su, '');
    else if (type === 'x' || type === 'g') continue; // pax attributes: times and owners, not needed
    else {
      const target = path.resolve(into, name);
      if (!target.startsWith(path.resolve(into) + path.sep)) throw new Error(`${from}: ${name} is outside the archive`);
      if (type === '5') mkdirSync(target, { recursive: true });
      else if (type === '0') {
        mkdirSync(path.dirname(target), { recursive: true });
        writeFileSync(target, data, { mode });
      } else throw new Error(`${from}: ${name} has tar type ${type}, which this reader does not unpack`);
    }
  }
}

/** Fontconfig with the package's fonts (Open Sans), for a machine without /etc/fonts. */
function fontsConfig(dir: string): string {
  return `<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "fonts.dtd">
<fontconfig>
  <dir>${path.join(dir, 'fonts', 'fonts')}</dir>
  <cachedir>${path.join(dir, 'fonts-cache')}</cachedir>
</fontconfig>
`;
}

const isAlive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
};

/** What runs killed while unpacking left (200 MB each), unless that run is still at it. */
function removeAbandoned(dir: string): void {
  const prefix = `${path.basename(dir)}.partial-`;
  for (const name of existsSync(path.dirname(dir)) ? readdirSync(path.dirname(dir)) : []) {
    if (name.startsWith(prefix) && !isAlive(Number(name.slice(prefix.length)))) rmSync(path.join(path.dirname(dir), name), { recursive: true, force: true });
  }
}

/**
 * Unpacks the browser once per package version (about 190 MB, a few seconds) and says how to start it.
 * Unpacked beside the final directory and renamed into place, so an interrupted run leaves nothing
 * half-written that a later run would take for the browser.
 */
export async function packagedChromium(cacheRoot = path.resolve(import.meta.dirname, '../../node_modules/.cache')): Promise<PackagedChromium> {
  if (process.platform !== 'linux' || process.arch !== 'x64') {
    throw new Error(`@sparticuz/chromium has a Linux x64 browser only (this is ${process.platform} ${process.arch}): set CHROMIUM_PATH to a Chromium`);
  }
  const pkg = packageDir();
  const { version } = JSON.parse(readFileSync(path.join(pkg, 'package.json'), 'utf8')) as { version: string };
  const dir = path.join(cacheRoot, `sparticuz-chromium-${version}`);
  if (!existsSync(path.join(dir, 'chromium'))) {
    removeAbandoned(dir);
    const partial = `${dir}.partial-${process.pid}`;
    rmSync(partial, { recursive: true, force: true });
    mkdirSync(partial, { recursive: true });
    const bin = path.join(pkg, 'bin');
    await unbrotli(path.join(bin, 'chromium.br'), path.join(partial, 'chromium'));
    // SwiftShader's GL libraries beside the binary, where Chromium looks for them.
    untarBrotli(path.join(bin, 'swiftshader.tar.br'), partial);
    untarBrotli(path.join(bin, 'al2023.tar.br'), path.join(partial, 'al2023'));
    untarBrotli(path.join(bin, 'fonts.tar.br'), path.join(partial, 'fonts'));
    writeFileSync(path.join(partial, 'fonts.conf'), fontsConfig(dir));
    try {
      renameSync(partial, dir);
    } catch (error) {
      // Another process unpacked the same version first: keep its copy.
      rmSync(partial, { recursive: true, force: true });
      if (!existsSync(path.join(dir, 'chromium'))) throw error;
    }
  }
  const libs = path.join(dir, 'al2023', 'lib');
  const env: Record<string, string> = {
    LD_LIBRARY_PATH: [libs, process.env.LD_LIBRARY_PATH].filter(Boolean).join(':'),
  };
  if (!existsSync('/etc/fonts/fonts.conf')) env.FONTCONFIG_FILE = path.join(dir, 'fonts.conf');
  return { executablePath: path.join(dir, 'chromium'), env };
}

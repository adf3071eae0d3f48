import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import type { Plugin } from 'vite';

/** Files worth compressing: text, and bigger than a packet. */
const COMPRESSIBLE = /\.(js|mjs|css|html|svg|json|txt|map)$/;
const MIN_BYTES = 1024;

/**
 * Writes a `.br` (quality 11) and a `.gz` (level 9) beside every text file
 * of the build, so the server sends them as they are instead of compressing
 * on each request (`serveClient` picks one by `Accept-Encoding`).
 */
export function precompress(): Plugin {
  return {
    name: 'phoihop-precompress',
    apply: 'build',
    writeBundle(options, bundle) {
      const dir = options.dir ?? '';
      for (const file of Object.keys(bundle)) {
        if (!COMPRESSIBLE.test(file) || file.endsWith('.map')) continue;
        const full = path.join(dir, file);
        const content = readFileSync(full);
        if (content.length < MIN_BYTES) continue;
        writeFileSync(
          `${full}.br`,
          brotliCompressSync(content, {
            params: {
              [constants.BROTLI_PARAM_QUALITY]: 11,
              [constants.BROTLI_PARAM_SIZE_HINT]: content.length,
            },
          }),
        );
        writeFileSync(`${full}.gz`, gzipSync(content, { level: 9 }));
      }
    },
  };
}

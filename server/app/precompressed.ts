import { existsSync } from 'node:fs';
import path from 'node:path';
import type express from 'express';

/** Encodings the build writes beside each file (`client/build/precompress.ts`), best first. */
const ENCODINGS = [
  { name: 'br', suffix: '.br' },
  { name: 'gzip', suffix: '.gz' },
] as const;

/** Content types of the files that have compressed copies. */
const TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.html': 'text/html; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

/** Whether `q=0` refuses `encoding` in an `Accept-Encoding` header. */
function accepts(header: string, encoding: string): boolean {
  return header.split(',').some((item) => {
    const [name, ...params] = item.trim().split(';');
    if (name.trim().toLowerCase() !== encoding) return false;
    return !params.some((p) => /^\s*q=0(\.0*)?\s*$/.test(p));
  });
}

/**
 * Sends the brotli or gzip copy of a built file when the browser accepts it
 * (`Content-Encoding`, the original's type, `Vary: Accept-Encoding`); else
 * passes on to the plain file. Files are immutable once built, so whether a
 * copy exists is remembered.
 */
export function servePrecompressed(dir: string, setHeaders: (res: express.Response, file: string) => void) {
  const exists = new Map<string, boolean>();
  const has = (file: string) => {
    let found = exists.get(file);
    if (found === undefined) {
      found = existsSync(file);
      exists.set(file, found);
    }
    return found;
  };
  return (req: express.Request, res: express.Response, next: express.NextFunction) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return next();
    const type = TYPES[path.extname(req.path)];
    if (!type) return next();
    const file = path.join(dir, path.normalize(decodeURIComponent(req.path)));
    if (!file.startsWith(dir + path.sep)) return next();
    res.vary('Accept-Encoding');
    const header = String(req.headers['accept-encoding'] ?? '');
    const encoding = ENCODINGS.find((e) => accepts(header, e.name) && has(file + e.suffix));
    if (!encoding) return next();
    setHeaders(res, file);
    res.setHeader('content-type', type);
    res.setHeader('content-encoding', encoding.name);
    res.sendFile(file + encoding.suffix, { dotfiles: 'deny', lastModified: true }, (error) => {
      if (error) next(error);
    });
  };
}

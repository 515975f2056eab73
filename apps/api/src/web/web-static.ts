import { Logger } from '@nestjs/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { existsSync, statSync } from 'node:fs';
import { dirname, join, resolve, sep } from 'node:path';
import { missingBuildPage } from './missing-build.page';

const API_PREFIX = '/api';
// Vite puts content-hashed files under assets/: they never change, so browsers may keep them for good.
const HASHED_ASSETS = 'assets/';
const logger = new Logger('WebApp');

/**
 * Serves the built SPA at `/`: real files as they are, and index.html for any other GET that
 * accepts text/html (client-side routes such as /instances/:id). Nothing under /api is touched:
 * those requests go on to Nest's own 404. A missing build is logged and answered with a short
 * page saying how to build it; the API keeps working either way.
 *
 * Call before `app.init()` (createApp does).
 * @param webDir the build folder; default `LIUCHENG_WEB_DIR`, else `dist/web` beside the repository's package.json.
 * @example await registerWebApp(app); // GET / -> dist/web/index.html
 */
export async function registerWebApp(app: NestFastifyApplication, webDir?: string): Promise<void> {
  // Typed as the root fastify: Nest's adapter carries its own (runtime-compatible) 5.x copy.
  const fastify = app.getHttpAdapter().getInstance() as unknown as FastifyInstance;
  const root = resolveWebDir(webDir);
  const built = root !== undefined && isFile(join(root, 'index.html'));

  if (!built) {
    logger.warn(`No web build at ${root ?? 'dist/web'}; run \`npm run build:web\` to serve the web app`);
    const handler = (request: FastifyRequest, reply: FastifyReply) => {
      if (!wantsPage(request)) return reply.callNotFound();
      return reply
        .code(503)
        .type('text/html; charset=utf-8')
        .header('cache-control', 'no-store')
        .send(missingBuildPage());
    };
    fastify.get('/', handler);
    fastify.get('/*', handler);
    return;
  }

  // Loaded only when a build exists (@fastify/static pulls an ESM-only dependency).
  const { default: fastifyStatic } = await import('@fastify/static');
  // serve: false: only reply.sendFile (scoped to root); the one route below decides what to send.
  await fastify.register(fastifyStatic, { root, serve: false });
  const handler = (request: FastifyRequest, reply: FastifyReply) => serveWebRequest(root, request, reply);
  fastify.get('/', handler);
  fastify.get('/*', handler);
  logger.log(`Serving the web app from ${root}`);
}

function serveWebRequest(root: string, request: FastifyRequest, reply: FastifyReply) {
  if (isApiPath(request)) return reply.callNotFound();
  const pathname = pathnameOf(request);
  if (pathname === '/')
    return reply.header('cache-control', 'no-cache').sendFile('index.html', { cacheControl: false });
  const file = fileInRoot(root, pathname);
  if (file) {
    if (file.startsWith(HASHED_ASSETS)) return reply.sendFile(file, { maxAge: '365d', immutable: true });
    return reply.header('cache-control', 'no-cache').sendFile(file, { cacheControl: false });
  }
  if (!wantsPage(request)) return reply.callNotFound();
  // Client-side route: the SPA's router takes it from here. no-cache so a new build is picked up.
  return reply.header('cache-control', 'no-cache').sendFile('index.html', { cacheControl: false });
}

/** The explicit folder, else `LIUCHENG_WEB_DIR`, else `dist/web` beside the nearest package.json above this file. */
export function resolveWebDir(webDir?: string): string | undefined {
  if (webDir) return resolve(webDir);
  if (process.env.LIUCHENG_WEB_DIR) return resolve(process.env.LIUCHENG_WEB_DIR);
  for (let dir = __dirname; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'package.json'))) return join(dir, 'dist', 'web');
    if (dirname(dir) === dir) return undefined;
  }
}

/** A page request: a GET (or HEAD) outside /api whose Accept header names text/html (what browsers send). */
function wantsPage(request: FastifyRequest): boolean {
  if (isApiPath(request)) return false;
  const accept = request.headers.accept ?? '';
  return accept.includes('text/html');
}

function isApiPath(request: FastifyRequest): boolean {
  const pathname = pathnameOf(request);
  return pathname === API_PREFIX || pathname.startsWith(`${API_PREFIX}/`);
}

function pathnameOf(request: FastifyRequest): string {
  const url = request.raw.url ?? '/';
  const end = url.search(/[?#]/);
  return end === -1 ? url : url.slice(0, end);
}

/** The path of an existing file under root, relative to it; undefined for directories, escapes and bad encodings. */
function fileInRoot(root: string, pathname: string): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return undefined;
  }
  if (decoded.includes('\0')) return undefined;
  const absolute = resolve(root, `.${decoded}`);
  if (!absolute.startsWith(root + sep) || !isFile(absolute)) return undefined;
  return absolute
    .slice(root.length + 1)
    .split(sep)
    .join('/');
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

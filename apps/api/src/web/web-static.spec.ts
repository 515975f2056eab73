import { Controller, Get, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { registerWebApp, resolveWebDir } from './web-static';

// content-disposition 3 is ESM-only, which Jest's CommonJS VM cannot require (Node can, so
// production is unaffected). @fastify/static needs it only for reply.download(), which the web app
// never calls; a stand-in lets the real plugin load here.
jest.mock('content-disposition', () => ({
  create: () => {
    throw new Error('reply.download() is not used by the web app');
  },
}));

// A stand-in API route: these tests are about what the web handler leaves alone, not about the API.
@Controller('ping')
class PingController {
  @Get()
  ping() {
    return { pong: true };
  }
}

@Module({ controllers: [PingController] })
class PingModule {}

const INDEX_HTML = '<!doctype html><title>spa-index</title>';
const ASSET_JS = 'console.log("asset")';
const HTML = { accept: 'text/html,application/xhtml+xml' };
const ANY = { accept: '*/*' };

async function createTestApp(webDir: string): Promise<NestFastifyApplication> {
  const app = await NestFactory.create<NestFastifyApplication>(PingModule, new FastifyAdapter(), { logger: false });
  app.setGlobalPrefix('api');
  await registerWebApp(app, webDir);
  await app.init();
  await app.getHttpAdapter().getInstance().ready();
  return app;
}

describe('registerWebApp', () => {
  let scratch: string;

  beforeAll(() => {
    scratch = mkdtempSync(join(tmpdir(), 'liucheng-web-'));
  });
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  describe('with a build', () => {
    let app: NestFastifyApplication;

    beforeAll(async () => {
      const webDir = join(scratch, 'built');
      mkdirSync(join(webDir, 'assets'), { recursive: true });
      writeFileSync(join(webDir, 'index.html'), INDEX_HTML);
      writeFileSync(join(webDir, 'assets', 'app-1234.js'), ASSET_JS);
      writeFileSync(join(webDir, 'robots.txt'), 'User-agent: *');
      writeFileSync(join(scratch, 'secret.txt'), 'outside the web folder');
      app = await createTestApp(webDir);
    });
    afterAll(() => app.close());

    it.each([
      ['/', ANY, 200, 'spa-index'],
      ['/', HTML, 200, 'spa-index'],
      ['/instances/0f6f9a4e-1111-4222-8333-944445555666', HTML, 200, 'spa-index'],
      ['/processes?lang=en', HTML, 200, 'spa-index'],
      ['/index.html', ANY, 200, 'spa-index'],
      ['/assets/app-1234.js', ANY, 200, ASSET_JS],
      ['/robots.txt', ANY, 200, 'User-agent: *'],
      ['/api/ping', HTML, 200, '{"pong":true}'],
    ])('GET %s (accept %j) -> %i with the right body', async (url, headers, status, body) => {
      const response = await app.inject({ method: 'GET', url, headers });
      expect(response.statusCode).toBe(status);
      expect(response.body).toContain(body);
    });

    it.each([
      ['/api/unknown', HTML],
      ['/api', HTML],
      ['/api/unknown/deeper', ANY],
      ['/instances/abc', ANY],
      ['/assets/missing.js', ANY],
      ['/../secret.txt', ANY],
      ['/%2e%2e/secret.txt', ANY],
    ])('GET %s (accept %j) is a JSON 404, never the SPA', async (url, headers) => {
      const response = await app.inject({ method: 'GET', url, headers });
      expect(response.statusCode).toBe(404);
      expect(response.headers['content-type']).toContain('application/json');
      expect(response.json()).toMatchObject({ statusCode: 404 });
      expect(response.body).not.toContain('spa-index');
      expect(response.body).not.toContain('outside the web folder');
    });

    it.each([['/../secret.txt'], ['/%2e%2e/secret.txt'], ['/assets/..%2f..%2fsecret.txt']])(
      'never serves a file outside the web folder: GET %s',
      async (url) => {
        for (const headers of [HTML, ANY]) {
          const response = await app.inject({ method: 'GET', url, headers });
          expect(response.body).not.toContain('outside the web folder');
        }
      },
    );

    it('lets non-GET requests outside /api reach the 404, not index.html', async () => {
      const response = await app.inject({ method: 'POST', url: '/processes', headers: HTML, payload: {} });
      expect(response.statusCode).toBe(404);
      expect(response.body).not.toContain('spa-index');
    });

    it.each([
      ['/assets/app-1234.js', 'public, max-age=31536000, immutable'],
      ['/', 'no-cache'],
      ['/instances/x', 'no-cache'],
    ])('GET %s is cached as %s', async (url, cacheControl) => {
      const response = await app.inject({ method: 'GET', url, headers: HTML });
      expect(response.headers['cache-control']).toBe(cacheControl);
    });
  });

  describe('without a build', () => {
    let app: NestFastifyApplication;

    beforeAll(async () => {
      app = await createTestApp(join(scratch, 'never-built'));
    });
    afterAll(() => app.close());

    it('answers a page request with instructions to build, and keeps the API working', async () => {
      const page = await app.inject({ method: 'GET', url: '/instances', headers: HTML });
      expect(page.statusCode).toBe(503);
      expect(page.body).toContain('npm run build:web');
      const api = await app.inject({ method: 'GET', url: '/api/ping', headers: HTML });
      expect(api.json()).toEqual({ pong: true });
    });

    it('leaves /api 404s as JSON', async () => {
      const response = await app.inject({ method: 'GET', url: '/api/unknown', headers: HTML });
      expect(response.statusCode).toBe(404);
      expect(response.json()).toMatchObject({ statusCode: 404 });
    });
  });

  describe('resolveWebDir', () => {
    const saved = process.env.LIUCHENG_WEB_DIR;
    afterEach(() => {
      if (saved === undefined) delete process.env.LIUCHENG_WEB_DIR;
      else process.env.LIUCHENG_WEB_DIR = saved;
    });

    it('prefers the argument, then LIUCHENG_WEB_DIR, then dist/web beside package.json', () => {
      process.env.LIUCHENG_WEB_DIR = '/srv/liucheng-web';
      expect(resolveWebDir('/opt/explicit')).toBe('/opt/explicit');
      expect(resolveWebDir()).toBe('/srv/liucheng-web');
      delete process.env.LIUCHENG_WEB_DIR;
      expect(resolveWebDir()).toBe(join(__dirname, '..', '..', '..', '..', 'dist', 'web'));
    });
  });
});

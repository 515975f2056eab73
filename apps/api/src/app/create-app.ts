import { Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { ApiExceptionFilter } from '../common/api-exception.filter';
import { loginRateLimitFromEnv, registerLoginRateLimit } from '../auth/login-rate-limit';
import { acceptOnlyJsonBodies } from '../common/json-body.parser';
import { registerSecurityHeaders } from './security-headers';
import { createValidationPipe } from '../common/validation.pipe';
import { registerWebApp } from '../web/web-static';
import type { AppOptions } from './app-options';
import { AppModule } from './app.module';

/** 1 MiB: larger bodies are answered 413. */
export const BODY_LIMIT = 1024 * 1024;
/** 10 MiB: the default upload limit (`POST /api/attachments`). */
export const ATTACHMENT_MAX_BYTES = 10 * 1024 * 1024;

/**
 * The one application factory, used by main.ts and by every test: Fastify, the production
 * ValidationPipe and error filter, JSON-only bodies, helmet, OpenAPI at /api/docs, and the
 * web app. Returns an initialized (not yet listening) application.
 */
export async function createApp(options: AppOptions = {}): Promise<NestFastifyApplication> {
  const adapter = new FastifyAdapter({ bodyLimit: BODY_LIMIT });
  acceptOnlyJsonBodies(adapter.getInstance(), {
    method: 'POST',
    url: '/api/attachments',
    maxBytes: options.attachmentMaxBytes ?? (Number(process.env.LIUCHENG_ATTACHMENT_MAX_BYTES) || ATTACHMENT_MAX_BYTES),
  });
  const app = await NestFactory.create<NestFastifyApplication>(AppModule.forRoot(options), adapter, {
    logger: options.logger ?? ['log', 'warn', 'error'],
    bufferLogs: false,
    // Our own parsers only (acceptOnlyJsonBodies): Nest would add a urlencoded one.
    bodyParser: false,
    abortOnError: false,
  });
  app.setGlobalPrefix('api');
  app.useGlobalPipes(createValidationPipe());
  app.useGlobalFilters(new ApiExceptionFilter());
  registerSecurityHeaders(app);
  const loginLimit = options.loginRateLimit ?? loginRateLimitFromEnv();
  if (loginLimit) await registerLoginRateLimit(app, loginLimit);
  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('Liucheng (流程) API')
      .setDescription('Workflow definitions, instances, history and tasks (docs/http-api.md, v1)')
      .setVersion('1')
      .addBearerAuth()
      .build(),
  );
  // Swagger UI's assets need @fastify/static, whose ESM-only dependency a Jest VM cannot load;
  // there the JSON document is still served.
  const swaggerUiEnabled = await canLoadFastifyStatic();
  SwaggerModule.setup('api/docs', app, document, {
    jsonDocumentUrl: 'api/docs-json',
    useGlobalPrefix: false,
    swaggerUiEnabled,
  });
  if (options.serveWeb !== false) {
    try {
      await registerWebApp(app);
    } catch (error) {
      new Logger('createApp').warn(`Web app not served: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  await app.init();
  await app.getHttpAdapter().getInstance().ready();
  return app;
}

async function canLoadFastifyStatic(): Promise<boolean> {
  try {
    await import('@fastify/static');
    return true;
  } catch {
    return false;
  }
}

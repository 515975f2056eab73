import type { IncomingMessage } from 'node:http';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { ApiError } from './api-error';
import { describeInputProblems, inputLimitProblems, type InputProblem } from './input-limits';

/** The one route whose body is raw bytes (any content type but JSON), with its own size limit. */
export interface BinaryUploadRoute {
  method: string;
  url: string;
  /** Larger bodies are answered 413 (`attachment-too-large`). */
  maxBytes: number;
}

/**
 * Only JSON bodies are accepted, except on the binary upload route: every other content type
 * (text/plain included, which Fastify would parse as a string) is a 400. Every body, query string and path parameter is
 * checked against the input limits (input-limits.ts) before any guard, pipe or handler runs,
 * so nothing downstream (validation, canonical hashing, PostgreSQL) meets a value it cannot take.
 */
export function acceptOnlyJsonBodies(fastify: FastifyInstance, upload?: BinaryUploadRoute): void {
  fastify.removeAllContentTypeParsers();
  fastify.addContentTypeParser(/^application\/([\w.+-]+\+)?json(;.*)?$/i, { parseAs: 'string' }, (_req, body, done) => {
    const text = String(body);
    if (text.trim() === '') return done(null, undefined);
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {
      return done(badRequest('The body is not valid JSON'), undefined);
    }
    const problems = inputLimitProblems(value);
    if (problems.length) return done(inputRejected('body', problems), undefined);
    done(null, value);
  });
  fastify.addContentTypeParser('*', (req, payload, done) => {
    if (upload && req.method === upload.method && req.url.split('?')[0] === upload.url)
      return void readBytes(payload, upload.maxBytes).then((bytes) => done(null, bytes), done);
    done(badRequest('The body must be JSON (Content-Type: application/json)'), undefined);
  });
  fastify.addHook('preValidation', (request, _reply, done) => done(urlProblem(request)));
}

/** A 400 for a NUL or a lone surrogate in the query string or a path parameter, else undefined. */
function urlProblem(request: FastifyRequest): ApiError | undefined {
  for (const [where, value] of [
    ['query string', request.query],
    ['path parameter', request.params],
  ] as const) {
    if (value === null || typeof value !== 'object') continue;
    const problems = inputLimitProblems(value);
    if (problems.length) return inputRejected(where, problems);
  }
  return undefined;
}

function inputRejected(where: string, problems: InputProblem[]): ApiError {
  return ApiError.badRequest(describeInputProblems(where, problems), problems);
}

/**
 * The raw body as one Buffer, refused with 413 as soon as it passes `maxBytes` (a declared
 * Content-Length above it is refused before reading). Fastify's own bodyLimit (the JSON one)
 * does not apply to a parser that reads the stream itself.
 */
function readBytes(payload: IncomingMessage, maxBytes: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const tooLarge = () =>
      new ApiError(413, `The attachment is larger than ${maxBytes} bytes`, {
        reason: 'attachment-too-large',
        errors: [{ path: '', message: `must be at most ${maxBytes} bytes`, code: 'attachment-too-large' }],
      });
    const declared = Number(payload.headers['content-length']);
    if (Number.isFinite(declared) && declared > maxBytes) {
      payload.resume();
      return reject(tooLarge());
    }
    const chunks: Buffer[] = [];
    let size = 0;
    payload.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > maxBytes) {
        payload.removeAllListeners('data');
        payload.resume();
        return reject(tooLarge());
      }
      chunks.push(chunk);
    });
    payload.on('end', () => resolve(Buffer.concat(chunks)));
    payload.on('error', reject);
  });
}

/** A Fastify-level error (raised before Nest sees the request) that the error handler maps to 400. */
function badRequest(message: string): Error & { statusCode: number } {
  return Object.assign(new Error(message), { statusCode: 400 });
}

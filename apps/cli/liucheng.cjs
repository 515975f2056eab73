#!/usr/bin/env node
// `npx liucheng …`: runs the TypeScript sources of apps/cli and libs/engine directly, compiled in
// memory by @swc/core (a dev dependency), so it works from a clean checkout after `npm install`
// with no build, no database and no server.
'use strict';
const Module = require('node:module');
const path = require('node:path');
const { transformSync } = require('@swc/core');

const root = path.join(__dirname, '..', '..');
const aliases = {
  '@liucheng/engine': path.join(root, 'libs/engine/src/index.ts'),
  '@liucheng/workflows': path.join(root, 'workflows/registry/index.ts'),
};

const resolve = Module._resolveFilename;
Module._resolveFilename = function (request, ...rest) {
  return resolve.call(this, aliases[request] ?? request, ...rest);
};

require.extensions['.ts'] = (module, filename) => {
  const { code } = transformSync(require('node:fs').readFileSync(filename, 'utf8'), {
    filename,
    module: { type: 'commonjs' },
    jsc: { target: 'es2022', parser: { syntax: 'typescript' } },
    sourceMaps: 'inline',
  });
  module._compile(code, filename);
};

require('./src/main.ts')
  .main(process.argv.slice(2))
  .then((code) => {
    process.exitCode = code;
  });

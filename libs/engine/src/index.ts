export * from './definition/definition.types';
export * from './definition/validation.types';
export * from './registry/registry.types';
export * from './runtime/runtime.types';
export * from './runtime/engine.errors';
export * from './history/history.types';
export * from './stubs';

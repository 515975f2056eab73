import type { Provider } from '@nestjs/common';
import { createRegistry, standardRegistry, type Registry } from '@liucheng/engine';
import { domainRegistry } from '@liucheng/workflows';
import { APP_OPTIONS, type AppOptions } from '../app/app-options';

/** Injection token of the guard/action/delay registry every definition compiles and validates against. */
export const REGISTRY = Symbol('REGISTRY');

/** The engine's standard library plus the workflows' domain entries. */
export function createApiRegistry(): Registry {
  return createRegistry(standardRegistry, domainRegistry);
}

/** `createApp({registry})` replaces it (tests); otherwise standard + domain. */
export const registryProvider: Provider = {
  provide: REGISTRY,
  inject: [APP_OPTIONS],
  useFactory: (options: AppOptions): Registry => options.registry ?? createApiRegistry(),
};

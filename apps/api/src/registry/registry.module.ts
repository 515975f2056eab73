import { Global, Module } from '@nestjs/common';
import { RegistryController } from './registry.controller';
import { REGISTRY, registryProvider } from './registry.provider';

/** Global: definitions, instances and tasks all compile against the one registry. */
@Global()
@Module({
  controllers: [RegistryController],
  providers: [registryProvider],
  exports: [REGISTRY],
})
export class RegistryModule {}

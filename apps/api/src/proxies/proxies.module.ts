import { Module } from '@nestjs/common';
import { ProxiesController } from './proxies.controller';
import { ProxiesService } from './proxies.service';

/** 代理: users name proxies for a time range; the org snapshot carries the active ones. */
@Module({
  controllers: [ProxiesController],
  providers: [ProxiesService],
})
export class ProxiesModule {}

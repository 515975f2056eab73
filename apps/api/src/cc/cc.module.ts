import { Module } from '@nestjs/common';
import { DefinitionsModule } from '../definitions/definitions.module';
import { CcController } from './cc.controller';
import { CcService } from './cc.service';

/** 抄送我的: the copies a step made to the signed-in user. */
@Module({
  imports: [DefinitionsModule],
  controllers: [CcController],
  providers: [CcService],
})
export class CcModule {}

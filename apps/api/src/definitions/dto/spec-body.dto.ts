import { ApiProperty } from '@nestjs/swagger';
import { IsObject } from 'class-validator';

/** `{spec}`: the definition JSON; its content is checked by the engine, not here. */
export class SpecBodyDto {
  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    description: 'XState machine config as JSON plus meta (see docs/http-api.md)',
  })
  @IsObject()
  spec!: Record<string, unknown>;
}

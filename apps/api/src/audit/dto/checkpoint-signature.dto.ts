import { ApiProperty } from '@nestjs/swagger';
import { IsNotEmpty, IsString, IsUUID, MaxLength } from 'class-validator';

export class CheckpointSignatureDto {
  @ApiProperty({ description: 'id of a registered signing key' })
  @IsUUID(undefined, { message: 'keyId must be a UUID' })
  keyId!: string;

  @ApiProperty({ description: "base64 Ed25519 signature of the checkpoint's signingPayload" })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  signature!: string;
}

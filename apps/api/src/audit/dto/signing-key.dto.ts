import { ApiProperty } from '@nestjs/swagger';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';

export class SigningKeyDto {
  @ApiProperty({ description: 'Ed25519 public key, PEM (SPKI): openssl pkey -in admin.pem -pubout' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  publicKey!: string;

  @ApiProperty({ description: 'whose key, for people (e.g. "审计委员会 2026")' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  label!: string;
}

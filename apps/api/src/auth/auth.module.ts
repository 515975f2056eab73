import { createSecretKey } from 'node:crypto';
import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { DataSource } from 'typeorm';
import { AuthController } from './auth.controller';
import { AuthService } from './auth.service';
import { JwtAuthGuard } from './jwt-auth.guard';
import { resolveJwtSecret } from './jwt-secret';

/**
 * Tokens live 8 hours: a deactivation, role or password change revokes them at once through
 * the token version (checked on every route), and the expiry bounds everything else.
 */
export const TOKEN_TTL = '8h';

@Module({
  imports: [
    JwtModule.registerAsync({
      inject: [DataSource],
      useFactory: async (dataSource: DataSource) => ({
        // A KeyObject: jsonwebtoken verifies HS256 with it in ~10 µs; with a string it first
        // tries the secret as a public key, costing hundreds of µs on every request.
        secret: createSecretKey(Buffer.from(await resolveJwtSecret(dataSource))),
        signOptions: { expiresIn: TOKEN_TTL },
      }),
    }),
  ],
  controllers: [AuthController],
  providers: [AuthService, { provide: APP_GUARD, useClass: JwtAuthGuard }],
  // The notification stream signs and checks its short-lived tickets with the same key.
  exports: [JwtModule],
})
export class AuthModule {}

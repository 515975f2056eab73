import { Module } from '@nestjs/common';
import { SeedService } from './seed.service';
import { UsersController } from './users.controller';
import { UsersService } from './users.service';

/** Users, roles and the demo seed. */
@Module({
  controllers: [UsersController],
  providers: [UsersService, SeedService],
})
export class UsersModule {}

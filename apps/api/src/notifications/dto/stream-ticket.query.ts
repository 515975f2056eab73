import { ApiProperty } from '@nestjs/swagger';
import { IsString, MaxLength, MinLength } from 'class-validator';

/** `GET /api/notifications/stream?ticket=`: the ticket from `POST /api/notifications/stream-ticket`. */
export class StreamTicketQuery {
  @ApiProperty()
  @IsString()
  @MinLength(1)
  @MaxLength(4000)
  ticket!: string;
}

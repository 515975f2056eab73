import { Logger } from '@nestjs/common';
import { isConnectionLoss } from './database-errors';

/**
 * Last resort only: every pg client and pool already has its error listener, so nothing should
 * reach these. A stray promise rejection is logged and the process goes on; an uncaught
 * exception that is a lost database connection is logged and survived (the pool replaces the
 * connection); any other uncaught exception leaves the process in an unknown state, so it is
 * logged and the process exits for its supervisor (compose `restart`) to start a fresh one.
 */
export function installProcessGuards(logger = new Logger('process')): void {
  process.on('unhandledRejection', (reason) => {
    logger.error(`unhandled rejection: ${describe(reason)}`);
  });
  process.on('uncaughtException', (error) => {
    if (isConnectionLoss(error)) {
      logger.error(`uncaught database connection error (survived): ${describe(error)}`);
      return;
    }
    logger.error(`uncaught exception, exiting: ${describe(error)}`);
    process.exit(1);
  });
}

function describe(value: unknown): string {
  return value instanceof Error ? (value.stack ?? value.message) : String(value);
}

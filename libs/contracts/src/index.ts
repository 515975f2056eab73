// Request/response types shared by the api and the web app (docs/http-api.md, v1).
export * from './common.contracts';
export * from './auth.contracts';
export * from './definition.contracts';
export * from './instance.contracts';
export * from './task.contracts';
export * from './requests.contracts';
export * from './user.contracts';
export * from './roles.contracts';
export * from './timer.contracts';
export * from './notification.contracts';
export * from './org.contracts';
export * from './attachment.contracts';
export * from './cc.contracts';
export * from './proxy.contracts';
export * from './directory.contracts';
export * from './calendar.contracts';
export * from './schedule.contracts';

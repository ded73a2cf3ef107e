export * from './schema/enums';
export * from './schema/people';
export * from './schema/runners';
export * from './schema/logs';
export * from './schema/clinical';
export * from './schema/security';
export * from './schema/notifications';
export * from './schema/relations';

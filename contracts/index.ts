/**
 * Names and shapes shared by the infrastructure (lib/) and the runtime (lambda/): environment
 * variable names, table key names, entity types, the chat function's settings. Nothing here does
 * I/O or imports either side, so the CDK app never loads runtime code and vice versa.
 */
export * from './chat-settings';
export * from './conversation-keys';
export * from './entity-types';
export * from './idp-groups';
export * from './conversations-settings';
export * from './audit-trail';
export * from './knowledge-base';
export * from './regions';

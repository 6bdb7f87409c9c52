export type * from './types.ts';
export * from './erlang-b.ts';
export * from './ports-for-blocking.ts';
export * from './traffic-for-blocking.ts';
export * from './extended-erlang-b.ts';
export * from './ports-for-blocking-extended.ts';
export * from './busy-hour-traffic.ts';

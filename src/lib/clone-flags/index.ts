/**
 * The clone-flag library: parse what a person pastes, encode and decode 64-bit masks, write
 * them in every useful format, and check them against the kernel's rules. Pure TypeScript,
 * no DOM; masks are bigint.
 * @module
 */
export * from './types.ts';
export * from './parse.ts';
export * from './codec.ts';
export * from './format.ts';
export * from './analyze.ts';
export * from './signals.ts';
export * from './table.ts';
export * from './messages.ts';

/**
 * The cgroup limits calculator: `docker run` resource flags → the cgroup v2 and v1 files a
 * runtime writes, with the conversions of moby, runc and crun. Pure TypeScript, no DOM.
 * @module
 */
export * from './units.ts';
export * from './weights.ts';
export * from './parse.ts';
export * from './compute.ts';
export * from './messages.ts';

/**
 * The hands-on labs' runner logic: requirements and skip reasons, output normalizing, the
 * shell protocol, the leak check and the page labels. Pure TypeScript; the test that runs
 * the labs (tests/labs/labs.test.ts) does the I/O.
 * @module
 */
export * from './requirements.ts';
export * from './cgroup-layout.ts';
export * from './normalize.ts';
export * from './protocol.ts';
export * from './leaks.ts';
export * from './messages.ts';

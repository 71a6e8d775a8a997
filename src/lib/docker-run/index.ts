/**
 * The `docker run` explainer: a pasted command line → its namespaces and clone flags, cgroup
 * files, OCI `config.json` fragment and the options without kernel effect. Pure TypeScript,
 * no DOM; it reuses the clone-flag and cgroup limits libraries.
 * @module
 */
export * from './shell-words.ts';
export * from './go-values.ts';
export * from './options.ts';
export * from './parse.ts';
export * from './namespaces.ts';
export * from './clone-mask.ts';
export * from './capabilities.ts';
export * from './tmpfs.ts';
export * from './mounts.ts';
export * from './resources.ts';
export * from './oci.ts';
export * from './explain.ts';
export * from './messages.ts';
export * from './messages-table.ts';
export * from './view.ts';

/**
 * Every page that is a canonical home of glossary terms, by a stable id. Paths are the
 * English ones; the Chinese page is the same path under /zh-cn. Terms name their home by
 * id, so moving a page is one edit here (plus a redirect for the old URL).
 */
export const PAGES = {
  namespaces: '/namespaces/',
  'clone-flags': '/namespaces/clone-flags/',
  'ns-mount': '/namespaces/mount/',
  'ns-uts': '/namespaces/uts/',
  'ns-ipc': '/namespaces/ipc/',
  'ns-pid': '/namespaces/pid/',
  'ns-network': '/namespaces/network/',
  'ns-user': '/namespaces/user/',
  'ns-cgroup': '/namespaces/cgroup/',
  'ns-time': '/namespaces/time/',
  cgroups: '/cgroups/',
  'cgroup-controllers': '/cgroups/controllers/',
  'cgroup-docker': '/cgroups/docker/',
  glossary: '/glossary/',
} as const;

export type PageId = keyof typeof PAGES;
export const PAGE_IDS = Object.keys(PAGES) as [PageId, ...PageId[]];

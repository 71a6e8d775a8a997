/**
 * Sources of the cgroup concept terms (src/data/terms/cgroup-concepts/): cgroups(7) (man-pages
 * 6.03), the kernel's "Control Group v2" and cgroup v1 documents, stat(1), and systemd's own
 * documentation (man pages of systemd 252 and "Control Group APIs and Delegation"). The stat
 * outputs quoted in cgroup-v2 were taken on a Linux 6.18 test host.
 */
export { man, systemdMan, CGROUP_V1, CGROUP_V2 } from './index.ts';

export const SYSTEMD_DELEGATION = {
  title: 'Control Group APIs and Delegation (systemd docs)',
  url: 'https://systemd.io/CGROUP_DELEGATION/',
};

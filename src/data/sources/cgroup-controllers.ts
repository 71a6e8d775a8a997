/**
 * Sources of the controller terms (src/data/terms/cgroup-controllers/): the kernel documentation
 * (Documentation/admin-guide/cgroup-v2.rst, the cgroup-v1/*.rst files and
 * Documentation/scheduler/sched-bwc.rst, sched-design-CFS.rst and sched-rt-group.rst, read in
 * the Linux 6.12 edition; a 2026 mainline copy for dmem and the newer rdma files) and cgroups(7)
 * (man-pages 6.03); "since" versions come from cgroups(7) only. Every example was run as root on
 * Linux 6.18 on a host with a hybrid layout: v1 hierarchies under /sys/fs/cgroup/<controller> and
 * a cgroup2 tree at /sys/fs/cgroup/unified. For the v2 examples the controller's v1 hierarchy
 * (which held only its root cgroup) was unmounted first, and mounted again afterwards. PIDs,
 * times and counters will differ on your machine.
 */
export { man, CGROUP_V2 } from './index.ts';

export const V2 = 'https://docs.kernel.org/admin-guide/cgroup-v2.html';
export const V1 = 'https://docs.kernel.org/admin-guide/cgroup-v1';

export const SRC = {
  cgroups7: { title: 'cgroups(7)', url: 'https://man7.org/linux/man-pages/man7/cgroups.7.html' },
  v2cpu: { title: 'Control Group v2: CPU (kernel docs)', url: `${V2}#cpu` },
  v2memory: { title: 'Control Group v2: Memory (kernel docs)', url: `${V2}#memory` },
  v2io: { title: 'Control Group v2: IO (kernel docs)', url: `${V2}#io` },
  v2pid: { title: 'Control Group v2: PID (kernel docs)', url: `${V2}#pid` },
  v2cpuset: { title: 'Control Group v2: Cpuset (kernel docs)', url: `${V2}#cpuset` },
  v2hugetlb: { title: 'Control Group v2: HugeTLB (kernel docs)', url: `${V2}#hugetlb` },
  sched_bwc: { title: 'CFS Bandwidth Control (kernel docs)', url: 'https://docs.kernel.org/scheduler/sched-bwc.html' },
  sched_cfs: { title: 'CFS Scheduler: group scheduling (kernel docs)', url: 'https://docs.kernel.org/scheduler/sched-design-CFS.html' },
  sched_rt: { title: 'Real-Time group scheduling (kernel docs)', url: 'https://docs.kernel.org/scheduler/sched-rt-group.html' },
  v1cpuacct: { title: 'CPU Accounting Controller (cgroup v1, kernel docs)', url: `${V1}/cpuacct.html` },
  v1cpusets: { title: 'CPUSETS (cgroup v1, kernel docs)', url: `${V1}/cpusets.html` },
  v1cgroups: { title: 'Control Groups (cgroup v1, kernel docs)', url: `${V1}/cgroups.html` },
  v1memory: { title: 'Memory Resource Controller (cgroup v1, kernel docs)', url: `${V1}/memory.html` },
  v1blkio: { title: 'Block IO Controller (cgroup v1, kernel docs)', url: `${V1}/blkio-controller.html` },
  v1pids: { title: 'Process Number Controller (cgroup v1, kernel docs)', url: `${V1}/pids.html` },
  v1hugetlb: { title: 'HugeTLB Controller (cgroup v1, kernel docs)', url: `${V1}/hugetlb.html` },
};

/**
 * The hugetlb controller's source at a release tag (read in the Linux 5.10.13 tree): it creates
 * `<size>.rsvd.max` and `<size>.rsvd.current` on cgroup v2, files Documentation/admin-guide/cgroup-v2.rst
 * does not list (checked in its Linux 6.12.117 edition and a 2026 mainline copy).
 */
export const HUGETLB_CGROUP_C = {
  title: 'mm/hugetlb_cgroup.c (Linux 5.10.13)',
  url: 'https://git.kernel.org/pub/scm/linux/kernel/git/stable/linux.git/tree/mm/hugetlb_cgroup.c?h=v5.10.13',
};

/**
 * The v1 memory document at a release tag, for memory.soft_limit_in_bytes: in Linux 6.12.117 it
 * says "This knob is deprecated and has no effect. Writes are ignored and reads always return the
 * maximum value." (read in Debian's linux-doc-6.12 6.12.117-1~deb12u1, whose changelog lists
 * "memcg: make the v1 soft limit knob inert" under the 6.12.110 stable update).
 */
export const MEMORY_V1_6_12_117 = {
  title: 'Documentation/admin-guide/cgroup-v1/memory.rst (Linux 6.12.117)',
  url: 'https://git.kernel.org/pub/scm/linux/kernel/git/stable/linux.git/tree/Documentation/admin-guide/cgroup-v1/memory.rst?h=v6.12.117',
};

/** The debug controller's source, which no kernel document or man page describes (mainline, read at this commit). */
export const CGROUP_DEBUG_C = {
  title: 'kernel/cgroup/debug.c (mainline, commit 00ed905)',
  url: 'https://git.kernel.org/pub/scm/linux/kernel/git/torvalds/linux.git/tree/kernel/cgroup/debug.c?id=00ed905ab8e5622700535cd14258e447ef1e7ba9',
};

export const v1Doc = (file: string, title: string) => ({
  title: `${title} (kernel docs, cgroup v1)`,
  url: `https://docs.kernel.org/admin-guide/cgroup-v1/${file}.html`,
});

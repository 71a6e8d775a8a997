/**
 * Reading the cgroup layout from /proc/self/mountinfo, for the lab test's machine probe.
 * @module
 */
import type { CgroupLayout } from './requirements.ts';

/** The cgroup v1 controllers of cgroups(7); other mount options (`rw`, `name=systemd`, …) are not controllers. */
export const V1_CONTROLLERS = [
  'blkio', 'cpu', 'cpuacct', 'cpuset', 'devices', 'freezer', 'hugetlb', 'memory', 'misc', 'net_cls', 'net_prio', 'perf_event', 'pids', 'rdma',
] as const;

/** What the mount table says about cgroups. */
export interface CgroupMounts {
  layout: CgroupLayout;
  /** Controllers bound to a v1 hierarchy mounted under /sys/fs/cgroup. */
  v1Controllers: string[];
}

/** Undoes the octal escapes of mountinfo paths (`\040` is a space). */
function unescapeMountPath(path: string): string {
  return path.replace(/\\([0-7]{3})/g, (_, oct: string) => String.fromCharCode(parseInt(oct, 8)));
}

/**
 * The cgroup layout and v1 controllers, from the text of /proc/self/mountinfo (proc(5)): the
 * mount point is the fifth field, and after the ` - ` separator come the file-system type, the
 * source and the super-block options, which name a v1 hierarchy's controllers.
 *
 * @example
 * cgroupMounts('30 24 0:26 / /sys/fs/cgroup rw,nosuid shared:4 - cgroup2 cgroup2 rw,nsdelegate')
 * // => { layout: 'unified', v1Controllers: [] }
 */
export function cgroupMounts(mountinfo: string): CgroupMounts {
  const mounts = mountinfo.split('\n').flatMap((line) => {
    const [left, right] = line.split(' - ');
    if (left === undefined || right === undefined) return [];
    const point = left.split(' ')[4];
    const [fstype, , options = ''] = right.split(' ');
    return point === undefined || fstype === undefined ? [] : [{ point: unescapeMountPath(point), fstype, options: options.split(',') }];
  });
  const at = (point: string) => mounts.findLast((m) => m.point === point)?.fstype;
  const v1 = mounts.filter((m) => m.fstype === 'cgroup' && m.point.startsWith('/sys/fs/cgroup/'));
  const v1Controllers = [...new Set(v1.flatMap((m) => m.options.filter((o) => (V1_CONTROLLERS as readonly string[]).includes(o))))].sort();
  let layout: CgroupLayout = 'none';
  if (at('/sys/fs/cgroup') === 'cgroup2') layout = 'unified';
  else if (v1.length > 0) layout = at('/sys/fs/cgroup/unified') === 'cgroup2' ? 'hybrid' : 'legacy';
  return { layout, v1Controllers: layout === 'unified' ? [] : v1Controllers };
}

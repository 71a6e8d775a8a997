/**
 * Primary sources cited by more than one data file, and builders for the families of URLs
 * (man pages, kernel documents) that terms cite most. A source used by one file stays there.
 */
import type { Source } from '../schema/common.ts';

/**
 * A Linux man page on man7.org.
 *
 * @example
 * man('clone', 2) // => { title: 'clone(2)', url: 'https://man7.org/linux/man-pages/man2/clone.2.html' }
 */
export const man = (page: string, section: number): Source => ({
  title: `${page}(${section})`,
  url: `https://man7.org/linux/man-pages/man${section}/${page}.${section}.html`,
});

/** A systemd man page on freedesktop.org. */
export const systemdMan = (page: string, section: number): Source => ({
  title: `${page}(${section})`,
  url: `https://www.freedesktop.org/software/systemd/man/latest/${page}.html`,
});

/** A page of the kernel's cgroup v1 documentation, e.g. `memory` or `cpusets`. */
export const kernelCgroupV1 = (file: string, title: string): Source => ({
  title,
  url: `https://docs.kernel.org/admin-guide/cgroup-v1/${file}.html`,
});

export const SCHED_H: Source = {
  title: 'include/uapi/linux/sched.h',
  url: 'https://github.com/torvalds/linux/blob/master/include/uapi/linux/sched.h',
};

export const CGROUP_V2: Source = {
  title: 'Control Group v2 (kernel docs)',
  url: 'https://docs.kernel.org/admin-guide/cgroup-v2.html',
};

export const CGROUP_V1: Source = {
  title: 'Control Groups (kernel docs, cgroup v1)',
  url: 'https://docs.kernel.org/admin-guide/cgroup-v1/cgroups.html',
};

export const DOCKER_RUN: Source = {
  title: 'docker container run (Docker docs)',
  url: 'https://docs.docker.com/reference/cli/docker/container/run/',
};

export const OCI_LINUX_NAMESPACES: Source = {
  title: 'OCI runtime spec: Linux namespaces',
  url: 'https://github.com/opencontainers/runtime-spec/blob/main/config-linux.md#namespaces',
};

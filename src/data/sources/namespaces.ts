/**
 * Sources of the namespace terms (src/data/terms/namespaces/ and namespace-api/): the man-pages
 * (namespaces(7) and each namespace's own page, clone(2), unshare(2), setns(2), unshare(1),
 * nsenter(1), lsns(8) of util-linux 2.38.1), the OCI runtime spec, Docker's reference and the
 * kernel header include/uapi/linux/sched.h. Every example was run as root on Linux 6.18 with
 * util-linux 2.38.1; inode numbers and PIDs will differ on your machine.
 */
import { man } from './index.ts';

export { man, SCHED_H } from './index.ts';

export const SRC = {
  namespaces: man('namespaces', 7),
  clone: man('clone', 2),
  unshare2: man('unshare', 2),
  setns: man('setns', 2),
  unshare1: man('unshare', 1),
  nsenter1: man('nsenter', 1),
  userNs: man('user_namespaces', 7),
  oci: {
    title: 'OCI runtime spec: Linux namespaces',
    url: 'https://github.com/opencontainers/runtime-spec/blob/main/config-linux.md#namespaces',
  },
  dockerRun: {
    title: 'docker container run (Docker docs)',
    url: 'https://docs.docker.com/reference/cli/docker/container/run/',
  },
};

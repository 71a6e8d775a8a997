/** docker run options that choose the container's namespaces (the network mode is in networking.ts). */
import { optionGroup } from '../schema/docker-run-option.ts';
import { RUN_REFERENCE } from '../sources/docker-run.ts';

export default optionGroup('namespaces', { kernel: true, source: RUN_REFERENCE }, [
  {
    flag: '--cgroupns',
    type: 'string',
    meaning: {
      en: 'Cgroup namespace: private (its own) or host; unset, the daemon’s default-cgroupns-mode applies.',
      'zh-cn': 'cgroup 命名空间：private（独立的）或 host；不指定时使用守护进程的 default-cgroupns-mode。',
    },
  },
  {
    flag: '--ipc',
    type: 'string',
    meaning: {
      en: 'IPC namespace: private, shareable, none, host or container:<name|id>.',
      'zh-cn': 'IPC 命名空间：private、shareable、none、host 或 container:<名称|ID>。',
    },
  },
  {
    flag: '--pid',
    type: 'string',
    meaning: {
      en: 'PID namespace: host or container:<name|id>; unset, a new one.',
      'zh-cn': 'PID 命名空间：host 或 container:<名称|ID>；不指定时创建新的。',
    },
  },
  {
    flag: '--userns',
    type: 'string',
    meaning: {
      en: 'User namespace: host opts out of the daemon’s userns-remap; the only value.',
      'zh-cn': '用户命名空间：唯一可用的值 host 表示不使用守护进程的 userns-remap。',
    },
  },
  {
    flag: '--uts',
    type: 'string',
    meaning: {
      en: 'UTS namespace (host name and NIS domain name): host is the only value; unset, a new one.',
      'zh-cn': 'UTS 命名空间（主机名和 NIS 域名）：唯一可用的值是 host；不指定时创建新的。',
    },
  },
]);

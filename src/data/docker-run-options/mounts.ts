/** `docker run` options that add mounts or change the root filesystem. */
import { optionGroup } from '../schema/docker-run-option.ts';
import { RUN_REFERENCE } from '../sources/docker-run.ts';

export default optionGroup('mounts', { kernel: true, source: RUN_REFERENCE }, [
  {
    flag: '--volume',
    short: '-v',
    type: 'list',
    meaning: {
      en: 'Bind-mount a host path or mount a named volume: [<source>:]<target>[:<options>].',
      'zh-cn': '绑定挂载宿主机路径或挂载命名卷：[<源>:]<目标>[:<选项>]。',
    },
  },
  {
    flag: '--mount',
    type: 'mount',
    meaning: {
      en: 'Add a mount as key=value pairs: type=bind|volume|tmpfs, source, target, readonly.',
      'zh-cn': '以 key=value 形式添加挂载：type=bind|volume|tmpfs、source、target、readonly。',
    },
  },
  {
    flag: '--tmpfs',
    type: 'list',
    meaning: { en: 'Mount a tmpfs (in memory) at a path: <target>[:<options>].', 'zh-cn': '在某个路径挂载 tmpfs（位于内存中）：<目标>[:<选项>]。' },
  },
  {
    flag: '--volumes-from',
    type: 'list',
    meaning: { en: 'Mount every volume of another container, at the same paths.', 'zh-cn': '把另一个容器的所有卷挂载到相同路径。' },
  },
  {
    flag: '--volume-driver',
    type: 'string',
    kernel: false,
    meaning: { en: 'Volume driver (plugin) for the named volumes of this container.', 'zh-cn': '本容器命名卷使用的卷驱动（插件）。' },
  },
  {
    flag: '--read-only',
    type: 'bool',
    meaning: { en: 'Mount the container’s root filesystem read-only.', 'zh-cn': '以只读方式挂载容器的根文件系统。' },
  },
  {
    flag: '--shm-size',
    type: 'bytes',
    meaning: { en: 'Size of the tmpfs at /dev/shm (default 64m).', 'zh-cn': '/dev/shm 处 tmpfs 的大小（默认 64m）。' },
  },
  {
    flag: '--storage-opt',
    type: 'list',
    meaning: { en: 'Storage-driver options for the root filesystem, e.g. size=10G.', 'zh-cn': '根文件系统的存储驱动选项，例如 size=10G。' },
  },
  {
    flag: '--use-api-socket',
    type: 'bool',
    meaning: {
      en: 'Bind-mount the Docker API socket and the client’s credentials into the container.',
      'zh-cn': '把 Docker API 套接字和客户端凭据绑定挂载到容器中。',
    },
  },
]);

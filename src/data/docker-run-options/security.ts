/** `docker run` options about privileges: user, capabilities, security modules, devices, sysctls. */
import { optionGroup } from '../schema/docker-run-option.ts';
import { RUN_REFERENCE } from '../sources/docker-run.ts';

export default optionGroup('security', { kernel: true, source: RUN_REFERENCE }, [
  {
    flag: '--user',
    short: '-u',
    type: 'string',
    meaning: { en: 'User and group to run as: <name|uid>[:<group|gid>].', 'zh-cn': '以哪个用户和组运行：<用户名|uid>[:<组名|gid>]。' },
  },
  { flag: '--group-add', type: 'list', meaning: { en: 'Add a supplementary group.', 'zh-cn': '添加一个附加组。' } },
  {
    flag: '--cap-add',
    type: 'list',
    meaning: { en: 'Add a capability to Docker’s default set (ALL for every one).', 'zh-cn': '在 Docker 默认能力集之外添加能力（ALL 表示全部）。' },
  },
  {
    flag: '--cap-drop',
    type: 'list',
    meaning: { en: 'Drop a capability from Docker’s default set (ALL for every one).', 'zh-cn': '从 Docker 默认能力集中去掉能力（ALL 表示全部）。' },
  },
  {
    flag: '--privileged',
    type: 'bool',
    meaning: {
      en: 'Every capability, every host device, no seccomp or AppArmor profile, writable /sys.',
      'zh-cn': '拥有全部能力和宿主机的全部设备，不使用 seccomp 和 AppArmor 配置，/sys 可写。',
    },
  },
  {
    flag: '--security-opt',
    type: 'list',
    meaning: {
      en: 'Security options: no-new-privileges, seccomp=<profile>, apparmor=<profile>, label=<SELinux option>.',
      'zh-cn': '安全选项：no-new-privileges、seccomp=<配置>、apparmor=<配置>、label=<SELinux 选项>。',
    },
  },
  {
    flag: '--device',
    type: 'list',
    meaning: { en: 'Give the container a host device: <host path>[:<container path>][:<rwm>].', 'zh-cn': '把宿主机设备交给容器：<宿主机路径>[:<容器内路径>][:<rwm>]。' },
  },
  {
    flag: '--device-cgroup-rule',
    type: 'list',
    meaning: { en: 'Allow devices by number in the device cgroup: c|b <major>:<minor> rwm.', 'zh-cn': '在设备 cgroup 中按设备号放行设备：c|b <主设备号>:<次设备号> rwm。' },
  },
  {
    flag: '--gpus',
    type: 'gpu-request',
    meaning: { en: 'GPUs to give the container (all, or a count or device ids).', 'zh-cn': '交给容器的 GPU（all，或数量，或设备 ID）。' },
  },
  {
    flag: '--sysctl',
    type: 'map',
    meaning: { en: 'Set a namespaced kernel parameter, e.g. net.ipv4.ip_forward=1.', 'zh-cn': '设置按命名空间隔离的内核参数，例如 net.ipv4.ip_forward=1。' },
  },
]);

/**
 * The Chinese sentences of the `docker run` explainer (terms per shared/guides/zh-style.md).
 * @module
 */
import { LIMITS_MESSAGES } from '../cgroup-limits/messages.ts';
import type { RunMessages } from './messages.ts';

export const RUN_MESSAGES_ZH_CN: RunMessages = {
  error: {
    'unterminated-quote': '第 {at} 个字符处的{quote}没有闭合；请补上或删除它。',
    empty: '请粘贴一条 docker run 命令，例如 docker run --rm -it --memory=256m ubuntu bash。',
    'not-docker-run': '“{found}”不是 docker run：请粘贴 docker run、docker container run、docker create 或 docker container create 命令。',
    'unknown-flag': '{flag} 不是 docker run 的选项。',
    'run-only-flag': '{flag} 只属于 docker run；docker create 不接受它。',
    'bad-flag-syntax': '“{flag}”不是合法的选项写法：请写成 --name 或 --name=value。',
    'missing-value': '{flag} 需要一个值：请写成 {flag} <值> 或 {flag}=<值>。',
    'bad-bool': '{flag}={value} 不是布尔值；可用的值：{allowed}。',
    'bad-int': '{flag}={value} 不是 Docker 在这里能读取的整数；可用范围：{allowed}。',
    'missing-image': '缺少镜像：docker run 的选项之后必须写镜像名。',
    'bad-mode': '{flag}={value} 不是 Docker 接受的模式；可用的值：{allowed}。',
    'conflicting-networks': '{flag} {value}：Docker 不能让容器同时连接 host、none、bridge 或其他容器的网络，以及用户自定义网络。',
    'userns-conflict': '守护进程启用了用户重映射（userns-remap）时不能使用 {flag}={value}；加上 --userns=host 才行。',
    'bad-volume': '“{value}”不是合法的 {flag} 值；格式：{allowed}。',
    'bad-mount': '“{value}”在 {flag} 中无效；可用的写法：{allowed}。',
    'bad-tmpfs': '“{value}”对 {flag} 无效；可用的选项：{allowed}。',
    // 资源参数的错误和说明沿用 cgroup 限制计算器的文字（见下面的 limits）。
    resource: '',
    'beyond-int64': '{flag}={value} 超出了 Docker 能保存的范围：大小是有符号 64 位的字节数，最大为 {allowed}。',
    'bad-cpus': '{flag}={value} 不是合法的 CPU 数量；可用的值：{allowed}（nproc 即宿主机的 CPU 个数）之间、最多 9 位小数的十进制数，例如 1.5。',
    'unknown-capability': '{flag} {value}：不是 Linux 能力（capability）；可用的值：{allowed}。',
    'no-command': '{flag}="" 去掉了入口点，而镜像名后面又没有命令：Docker 拒绝启动一个什么都不运行的容器。',
    'bad-security-opt': '{flag} {value} 不是 Docker 认识的安全选项；可用的值：{allowed}。',
    'windows-only': '{flag} {value}：只有运行在 {allowed} 上的 Docker 守护进程接受它；本工具描述的是 Linux 守护进程，它会拒绝这个选项。',
  },
  suggestion: '你是不是想输入 {suggestion}？',
  allowed: '{flag}：{allowed}',
  quote: { "'": '单引号', '"': '双引号', '`': '反引号', '$(': ' $( ', '${': ' ${ ' },
  note: {
    'entrypoint-unknown': 'process.args 以 {image} 的 ENTRYPOINT 开头（如果镜像定义了的话）；它只有镜像自己知道（docker image inspect {image}）。',
    'cmd-from-image': '镜像名后面没有命令：运行 {image} 的 CMD。',
    'entrypoint-drops-cmd': '指定了 --entrypoint，后面又没有命令：不使用 {image} 的 CMD。',
    'user-from-image': '--user {user} 用名字指定了用户或组，或者没有指定组：Docker 会在镜像的 /etc/passwd 和 /etc/group 中查找，交给运行时的是数字 ID。',
    'non-root-capabilities':
      '进程以 {user} 而不是 root 身份运行：下面列出的能力仍在它的边界集（bounding set）中，但它执行程序时，只有程序文件自带能力，内核才会让这些能力保持生效（见 capabilities(7)）。',
    'named-volume': '{name} 是命名卷：local 驱动把它的文件放在 /var/lib/docker/volumes/{name}/_data（位于默认的 data-root 下），Docker 再把这个目录绑定挂载进容器。',
    'anonymous-volume': '{target} 没有指定来源：Docker 会创建一个随机命名的匿名卷，放在 /var/lib/docker/volumes 下。',
    'relative-bind': '{path} 是相对路径：docker 客户端会以当前目录（$PWD）为基准把它变成绝对路径。',
    unexpanded: '{value} 会在 docker 收到之前由 shell 展开；这里按原样显示。',
    'recursive-readonly': '{target} 是只读的：Docker 25 及以上版本在 Linux 5.12 及以上会把它递归设为只读（rro）；否则只是 ro，它下面的挂载仍然可写。',
    'bind-source-must-exist': '--mount type=bind 要求宿主机上已存在 {path}；换成 -v 则会自动创建。',
    'mount-type-not-modelled': '这里没有展示 type={type} 的 --mount。',
    limits: '',
    privileged: '--privileged：拥有全部能力和宿主机的全部设备，不使用 seccomp、AppArmor 配置和 SELinux 标签，/sys 和 cgroup 挂载可写。',
    'create-only': 'docker create 只创建容器：等到 docker start 运行它时，命名空间和 cgroup 才会出现。',
    'default-mounts':
      'Docker 还会挂载 /proc、/dev、/dev/pts、/sys、/sys/fs/cgroup、/dev/mqueue 和 /dev/shm，并绑定挂载它自己生成的 /etc/hostname、/etc/hosts 和 /etc/resolv.conf；mounts 只列出选项额外添加的挂载。',
    'deprecated-flag': '{flag} 已弃用：客户端会接受它并给出警告，但不起任何作用。',
  },
  reason: {
    option: '由 {flag}={value} 指定。',
    'always-new': 'Docker 总是为容器创建独立的挂载命名空间；没有选项可以共享宿主机的。',
    'default-new': 'Docker 的默认行为：创建独立的命名空间。',
    'daemon-ipc': '未指定 --ipc：使用守护进程的 default-ipc-mode，即 {mode}。',
    'daemon-cgroupns': '未指定 --cgroupns：使用守护进程的 default-cgroupns-mode，即 {mode}。它未设置时，在 cgroup v2 主机上是 private，在 v1 主机上是 host（当前主机：v{cgroupVersion}）。',
    'privileged-cgroup-v1': '未指定 --cgroupns，使用了 --privileged，且主机是 cgroup v1：Docker 让容器留在宿主机的 cgroup 命名空间中。',
    'userns-remap': '守护进程启用了用户重映射（userns-remap）：容器获得独立的用户命名空间。',
    'no-userns-remap': '守护进程没有启用用户重映射，容器与宿主机共用用户命名空间：容器里的 root 就是宿主机上的 root。',
    'userns-joined': '启用 userns-remap 时，加入 {container} 的命名空间也会加入它的用户命名空间。',
    'time-private': 'Docker Engine 29.5 及以上版本在 Linux 5.6 及以上为每个容器创建时间命名空间；没有选项可以改变。',
    'time-host': 'Docker Engine 29.5 之前的版本，或 5.6 之前的内核：不创建时间命名空间，容器与宿主机共用。',
  },
  state: { new: '新建', host: '宿主机的', none: '新建（空）', container: '与 {container} 共用' },
  limits: LIMITS_MESSAGES['zh-cn'],
};

import type { LabInput } from '../schema/lab.ts';
import { NS_INODE, SCRATCH_NAME } from './common/rules.ts';

const PID = { en: 'process IDs', 'zh-cn': '进程号' };

export default {
  id: 'lxc',
  title: { en: 'Lab: a system container with LXC', 'zh-cn': '实验：用 LXC 运行系统容器' },
  intro: {
    en: 'Create a container from LXC’s busybox template (nothing is downloaded), start it, run a command in it, then look at the same container from the host: its init process, its namespaces, its cgroup. Then stop and destroy it. The container has no network device but its loopback, so the host’s network is never touched.',
    'zh-cn': '用 LXC 的 busybox 模板创建一个容器（不需要下载任何东西），启动它，在里面运行命令，然后从宿主机上观察同一个容器：它的 init 进程、命名空间和 cgroup（控制组）。最后停止并销毁它。这个容器除了环回设备之外没有网络设备，因此完全不会触及宿主机的网络。',
  },
  learn: {
    en: [
      'what `lxc-create`, `lxc-start`, `lxc-attach`, `lxc-info`, `lxc-stop` and `lxc-destroy` do',
      'that a system container runs an init as PID 1, like a small machine',
      'that a container is an ordinary process tree on the host, in its own namespaces and cgroup',
    ],
    'zh-cn': [
      '`lxc-create`、`lxc-start`、`lxc-attach`、`lxc-info`、`lxc-stop` 和 `lxc-destroy` 各做什么',
      '系统容器像一台小机器一样，以一个 init 作为 1 号进程',
      '在宿主机上，容器就是一棵普通的进程树，处在自己的命名空间和 cgroup 里',
    ],
  },
  needs: {
    en: 'A root shell on a throwaway Linux machine with the `lxc` package and busybox (the `busybox-static` package on Debian), which the template copies into the container. The lab keeps the container in its own scratch directory (`-P`), so `/var/lib/lxc` is not used, and gives it no network (`lxc.net.0.type = empty`), so the `lxcbr0` bridge of the default configuration is not needed.',
    'zh-cn': '一台可以随时丢弃的 Linux 机器上的 root shell，装有 `lxc` 软件包和 busybox（Debian 上是 `busybox-static` 软件包），模板会把它复制进容器。本实验把容器放在自己的临时目录里（`-P`），不使用 `/var/lib/lxc`；并且不给它网络（`lxc.net.0.type = empty`），因此也不需要默认配置里的 `lxcbr0` 网桥。',
  },
  packages: ['lxc', 'busybox-static', 'procps'],
  requires: ['root', 'lxc-start', 'command:lxc-attach', 'command:lxc-info', 'command:lxc-ls', 'command:ps', 'cgroup-layout:unified|cgroup-layout:hybrid'],
  normalize: [SCRATCH_NAME],
  vars: ['LAB', 'NAME'],
  steps: [
    {
      id: 'prepare',
      title: { en: 'A scratch directory and a configuration', 'zh-cn': '临时目录和一份配置' },
      commands: `export LAB=$(mktemp -d /tmp/lab.XXXXXX)
export NAME=\${LAB#/tmp/}
echo 'lxc.net.0.type = empty' > "$LAB/lxc.conf"`,
      output: '',
      explanation: {
        en: 'The container will be called `$NAME` and live in `$LAB`. The one-line configuration replaces the default network (a veth pair attached to the `lxcbr0` bridge on the host) with none at all: the container gets only a loopback device in its own network namespace.',
        'zh-cn': '容器将命名为 `$NAME`，存放在 `$LAB` 里。这份只有一行的配置把默认的网络设置（一对 veth，一端接在宿主机的 `lxcbr0` 网桥上）换成了“无”：容器在自己的网络命名空间里只有一个环回设备。',
      },
      terms: ['network-namespace'],
    },
    {
      id: 'create',
      title: { en: 'lxc-create: a container from the busybox template', 'zh-cn': 'lxc-create：用 busybox 模板创建容器' },
      commands: `lxc-create -P "$LAB" -n "$NAME" -t busybox -f "$LAB/lxc.conf"
lxc-ls -P "$LAB" -f
grep -E '^lxc\\.(rootfs\\.path|uts\\.name|net\\.0\\.type)' "$LAB/$NAME/config"`,
      output: `NAME       STATE   AUTOSTART GROUPS IPV4 IPV6 UNPRIVILEGED
lab.105Cf3 STOPPED 0         -      -    -    false
lxc.net.0.type = empty
lxc.rootfs.path = dir:/tmp/lab.105Cf3/lab.105Cf3/rootfs
lxc.uts.name = "lab.105Cf3"`,
      explanation: {
        en: '`-t busybox` runs the template script `/usr/share/lxc/templates/lxc-busybox`, which builds a root file system in `$LAB/$NAME/rootfs` from the host’s busybox binary and writes the container’s `config`: where its root file system is, its host name, and the network setting taken from `-f`. The container exists but is stopped.',
        'zh-cn': '`-t busybox` 运行模板脚本 `/usr/share/lxc/templates/lxc-busybox`，它用宿主机上的 busybox 程序在 `$LAB/$NAME/rootfs` 中构建根文件系统，并写出容器的 `config`：根文件系统在哪里、主机名是什么，以及从 `-f` 读入的网络设置。容器已经存在，但处于停止状态。',
      },
      terms: ['lxc'],
    },
    {
      id: 'start',
      title: { en: 'lxc-start and lxc-info', 'zh-cn': 'lxc-start 与 lxc-info' },
      commands: `lxc-start -P "$LAB" -n "$NAME"
lxc-info -P "$LAB" -n "$NAME" -s -p`,
      output: `State:          RUNNING
PID:            13675`,
      normalize: [{ pattern: String.raw`(?<=^PID: +)\d+$`, replacement: '<pid>', label: PID }],
      explanation: {
        en: '`lxc-start` starts the container in the background: liblxc creates the namespaces and the cgroup, mounts the root file system and runs the container’s `/sbin/init` (busybox’s init). `lxc-info` reports its state and the host PID of that init.',
        'zh-cn': '`lxc-start` 在后台启动容器：liblxc 创建命名空间和 cgroup，挂载根文件系统，然后运行容器里的 `/sbin/init`（busybox 的 init）。`lxc-info` 报告容器的状态，以及这个 init 在宿主机上的 PID。',
      },
      terms: ['lxc', 'liblxc', 'container'],
    },
    {
      id: 'attach',
      title: { en: 'lxc-attach: a command inside the container', 'zh-cn': 'lxc-attach：在容器里运行命令' },
      commands: `lxc-attach -P "$LAB" -n "$NAME" -- sh -c 'echo "host name: $(hostname)"; echo "PID 1: $(cat /proc/1/comm)"'`,
      output: `host name: lab.105Cf3
PID 1: init`,
      explanation: {
        en: '`lxc-attach` joins the running container’s namespaces with `setns()` and runs the command there: it sees the container’s host name and, in the container’s PID namespace, busybox’s `init` as PID 1.',
        'zh-cn': '`lxc-attach` 用 `setns()` 加入运行中容器的各个命名空间，再在其中运行命令：它看到的是容器的主机名；在容器的 PID 命名空间里，1 号进程是 busybox 的 `init`。',
      },
      terms: ['setns', 'pid-namespace', 'uts-namespace'],
    },
    {
      id: 'host-view',
      title: { en: 'The same container, seen from the host', 'zh-cn': '从宿主机看同一个容器' },
      commands: `PID=$(lxc-info -P "$LAB" -n "$NAME" -pH)
ps -o comm= -p "$PID"
readlink /proc/$$/ns/pid /proc/$PID/ns/pid
grep '^0::' /proc/$PID/cgroup`,
      output: `init
pid:[4026531836]
pid:[4026532181]
0::/lxc.payload.lab.105Cf3`,
      normalize: [
        NS_INODE,
        {
          // LXC puts the container under the cgroup it starts from when that is not the root.
          pattern: String.raw`(?<=^0::/)(?:.*/)?(?=lxc\.payload\.)`,
          replacement: '',
          label: { en: 'the parent cgroup', 'zh-cn': '父 cgroup' },
        },
      ],
      explanation: {
        en: 'From the host, the container’s init is an ordinary process with an ordinary PID. Its PID namespace is not the shell’s, and its cgroup, `lxc.payload.` plus the container’s name, is the line `0::` of `/proc/PID/cgroup` (the cgroup v2 hierarchy; a hybrid host also lists the v1 ones).',
        'zh-cn': '在宿主机上，容器的 init 就是一个有普通 PID 的普通进程。它的 PID 命名空间和 shell 的不同；它的 cgroup 名为 `lxc.payload.` 加容器名，出现在 `/proc/PID/cgroup` 的 `0::` 一行（cgroup v2 层级；混合布局的宿主机还会列出各个 v1 层级）。',
      },
      terms: ['proc-pid-ns', 'pid-namespace', 'cgroup'],
    },
    {
      id: 'stop',
      title: { en: 'lxc-stop', 'zh-cn': 'lxc-stop' },
      commands: `lxc-stop -P "$LAB" -n "$NAME"
lxc-info -P "$LAB" -n "$NAME" -s
kill -0 "$PID" 2>/dev/null || echo "process $PID has exited"`,
      output: `State:          STOPPED
process 13675 has exited`,
      timeout: 30,
      normalize: [{ pattern: String.raw`(?<=^process )\d+`, replacement: '<pid>', label: PID }],
      explanation: {
        en: '`lxc-stop` asks the container to shut down cleanly by sending its init the halt signal from the configuration (`SIGUSR1` for busybox’s init) and waits; it kills the container only if it does not stop in time. The init process is gone, and with it the container’s namespaces and cgroup.',
        'zh-cn': '`lxc-stop` 向容器的 init 发送配置中的停机信号（busybox 的 init 用 `SIGUSR1`），请它正常关机，并等待其结束；只有超时未停，才会强行杀死容器。init 进程已经退出，容器的命名空间和 cgroup 也随之消失。',
      },
      terms: ['lxc'],
    },
    {
      id: 'destroy',
      title: { en: 'lxc-destroy', 'zh-cn': 'lxc-destroy' },
      commands: `lxc-destroy -P "$LAB" -n "$NAME"
ls "$LAB"`,
      output: 'lxc.conf',
      explanation: {
        en: '`lxc-destroy` deletes the container: its configuration and its root file system. Only the configuration file of the first step is left.',
        'zh-cn': '`lxc-destroy` 删除容器：它的配置和根文件系统。只剩下第一步写的那个配置文件。',
      },
      terms: ['lxc'],
    },
  ],
  cleanup: {
    commands: `lxc-stop -P "$LAB" -n "$NAME" -k 2>/dev/null
lxc-destroy -P "$LAB" -n "$NAME" -f 2>/dev/null
rm -rf "$LAB" \${LAB:+"/run/lxc/lock$LAB"}
rmdir /run/lxc/lock/tmp /sys/fs/cgroup/lxc.pivot /sys/fs/cgroup/*/lxc.pivot 2>/dev/null`,
    explanation: {
      en: 'Stop and destroy the container if a step failed before doing so, then remove what LXC keeps after `lxc-destroy`: a lock file under `/run/lxc/lock` named after the container’s path, and an empty `lxc.pivot` cgroup, into which LXC moves its monitor process when the container terminates (`lxc.cgroup.dir.monitor.pivot` in lxc.container.conf(5)). `rmdir` removes them only when they are empty, so another container’s are safe.',
      'zh-cn': '如果某一步在停止或销毁容器之前失败了，这里补上这两步；然后删除 `lxc-destroy` 之后 LXC 仍然留下的东西：`/run/lxc/lock` 下以容器路径命名的锁文件，以及一个空的 `lxc.pivot` cgroup：容器终止时，LXC 会把它的监控进程移进这个 cgroup（见 lxc.container.conf(5) 中的 `lxc.cgroup.dir.monitor.pivot`）。`rmdir` 只删除空目录，别的容器的这些目录不会受影响。',
    },
  },
  next: [
    { lab: 'scratch', text: { en: 'Lab: a container from scratch', 'zh-cn': '实验：从零搭建一个容器' } },
    { page: 'engines-lxc', text: { en: 'LXC: the toolkit and its history', 'zh-cn': 'LXC：工具集及其历史' } },
  ],
  sources: [
    { title: 'lxc-create(1)', url: 'https://manpages.debian.org/bookworm/lxc/lxc-create.1.en.html' },
    { title: 'lxc-start(1)', url: 'https://manpages.debian.org/bookworm/lxc/lxc-start.1.en.html' },
    { title: 'lxc-attach(1)', url: 'https://manpages.debian.org/bookworm/lxc/lxc-attach.1.en.html' },
    { title: 'lxc-info(1)', url: 'https://manpages.debian.org/bookworm/lxc/lxc-info.1.en.html' },
    { title: 'lxc-stop(1)', url: 'https://manpages.debian.org/bookworm/lxc/lxc-stop.1.en.html' },
    { title: 'lxc-destroy(1)', url: 'https://manpages.debian.org/bookworm/lxc/lxc-destroy.1.en.html' },
    { title: 'lxc.container.conf(5)', url: 'https://manpages.debian.org/bookworm/lxc/lxc.container.conf.5.en.html' },
  ],
} satisfies LabInput;

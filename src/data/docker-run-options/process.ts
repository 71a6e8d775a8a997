/** `docker run` options about the container's main process: what runs, with which environment, how it stops. */
import { optionGroup } from '../schema/docker-run-option.ts';
import { RUN_REFERENCE } from '../sources/docker-run.ts';

export default optionGroup('process', { kernel: false, source: RUN_REFERENCE }, [
  { flag: '--entrypoint', type: 'string', meaning: { en: 'Replace the image’s ENTRYPOINT.', 'zh-cn': '替换镜像的 ENTRYPOINT。' } },
  { flag: '--env', short: '-e', type: 'list', meaning: { en: 'Set an environment variable: NAME=value, or NAME to copy it from the client.', 'zh-cn': '设置环境变量：NAME=value；只写 NAME 则从客户端复制。' } },
  { flag: '--env-file', type: 'list', meaning: { en: 'Read environment variables from a file, one per line.', 'zh-cn': '从文件读取环境变量，每行一个。' } },
  { flag: '--workdir', short: '-w', type: 'string', meaning: { en: 'Working directory of the process.', 'zh-cn': '进程的工作目录。' } },
  { flag: '--tty', short: '-t', type: 'bool', kernel: true, meaning: { en: 'Give the process a pseudo-terminal.', 'zh-cn': '为进程分配伪终端。' } },
  { flag: '--interactive', short: '-i', type: 'bool', meaning: { en: 'Keep standard input open, even when not attached.', 'zh-cn': '保持标准输入打开，即使没有连接。' } },
  {
    flag: '--init',
    type: 'bool',
    meaning: { en: 'Run a small init as PID 1 that forwards signals and reaps zombies.', 'zh-cn': '以一个小型 init 作为 PID 1，转发信号并回收僵尸进程。' },
  },
  { flag: '--stop-signal', type: 'string', meaning: { en: 'Signal that docker stop sends first (default SIGTERM).', 'zh-cn': 'docker stop 首先发送的信号（默认 SIGTERM）。' } },
  { flag: '--stop-timeout', type: 'int', meaning: { en: 'Seconds docker stop waits before SIGKILL.', 'zh-cn': 'docker stop 在发送 SIGKILL 之前等待的秒数。' } },
  { flag: '--runtime', type: 'string', meaning: { en: 'OCI runtime to use (runc unless the daemon says otherwise).', 'zh-cn': '使用哪个 OCI 运行时（除非守护进程另有配置，否则为 runc）。' } },
  { flag: '--isolation', type: 'string', meaning: { en: 'Isolation technology; on Linux only default.', 'zh-cn': '隔离技术；在 Linux 上只有 default。' } },
  { flag: '--platform', type: 'string', meaning: { en: 'Platform of the image to use, e.g. linux/arm64.', 'zh-cn': '使用哪个平台的镜像，例如 linux/arm64。' } },
]);

/** `docker run` options that only the client or the daemon reads: attaching, removal, restarts, pulls, health checks. */
import { optionGroup } from '../schema/docker-run-option.ts';
import { RUN_REFERENCE, cliRun } from '../sources/docker-run.ts';

export default optionGroup('lifecycle', { kernel: false, source: RUN_REFERENCE }, [
  { flag: '--detach', short: '-d', type: 'bool', runOnly: true, meaning: { en: 'Run in the background and print the container ID.', 'zh-cn': '在后台运行，并打印容器 ID。' } },
  { flag: '--attach', short: '-a', type: 'list', meaning: { en: 'Attach to STDIN, STDOUT or STDERR.', 'zh-cn': '连接到 STDIN、STDOUT 或 STDERR。' } },
  { flag: '--sig-proxy', type: 'bool', runOnly: true, meaning: { en: 'Forward signals the client receives to the process (default true).', 'zh-cn': '把客户端收到的信号转发给进程（默认 true）。' } },
  { flag: '--detach-keys', type: 'string', runOnly: true, meaning: { en: 'Key sequence that detaches from the container.', 'zh-cn': '与容器断开连接的按键序列。' } },
  { flag: '--rm', type: 'bool', meaning: { en: 'Remove the container and its anonymous volumes when it exits.', 'zh-cn': '容器退出时删除容器及其匿名卷。' } },
  { flag: '--restart', type: 'string', meaning: { en: 'Restart policy: no, on-failure[:<max retries>], always, unless-stopped.', 'zh-cn': '重启策略：no、on-failure[:<最大次数>]、always、unless-stopped。' } },
  { flag: '--pull', type: 'string', meaning: { en: 'Pull the image: always, missing (default) or never.', 'zh-cn': '拉取镜像：always、missing（默认）或 never。' } },
  { flag: '--quiet', short: '-q', type: 'bool', meaning: { en: 'Print no pull progress.', 'zh-cn': '不打印拉取进度。' } },
  { flag: '--cidfile', type: 'string', meaning: { en: 'Write the container ID to a file.', 'zh-cn': '把容器 ID 写入文件。' } },
  { flag: '--help', type: 'bool', meaning: { en: 'Print usage.', 'zh-cn': '打印用法。' } },
  {
    flag: '--disable-content-trust',
    type: 'bool',
    status: 'deprecated',
    meaning: { en: 'Skip image verification: deprecated, content trust was removed.', 'zh-cn': '跳过镜像验证：已弃用，内容信任功能已被移除。' },
    source: cliRun('L76-L78'),
  },
  { flag: '--health-cmd', type: 'string', meaning: { en: 'Command that checks the container’s health.', 'zh-cn': '检查容器健康状况的命令。' } },
  { flag: '--health-interval', type: 'duration', meaning: { en: 'Time between health checks.', 'zh-cn': '两次健康检查之间的间隔。' } },
  { flag: '--health-retries', type: 'int', meaning: { en: 'Failures in a row before the container is unhealthy.', 'zh-cn': '连续失败多少次后判定容器不健康。' } },
  { flag: '--health-timeout', type: 'duration', meaning: { en: 'Longest time one health check may run.', 'zh-cn': '单次健康检查最长可运行的时间。' } },
  { flag: '--health-start-period', type: 'duration', meaning: { en: 'Start-up time during which failures do not count.', 'zh-cn': '启动阶段的时长，其间失败不计数。' } },
  { flag: '--health-start-interval', type: 'duration', meaning: { en: 'Time between health checks during the start period.', 'zh-cn': '启动阶段两次健康检查之间的间隔。' } },
  { flag: '--no-healthcheck', type: 'bool', meaning: { en: 'Disable the image’s HEALTHCHECK.', 'zh-cn': '禁用镜像的 HEALTHCHECK。' } },
]);

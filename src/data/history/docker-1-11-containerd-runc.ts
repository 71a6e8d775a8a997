/** Docker 1.11, the first engine built on containerd and runc; day from CHANGELOG and tag. */
import type { HistoryEventInput } from '../schema/history-event.ts';

export default {
  id: 'docker-1-11-containerd-runc',
  date: '2016-04-13',
  title: {
    en: 'Docker 1.11 splits the engine into containerd and runc',
    'zh-cn': 'Docker 1.11 把引擎拆分为 containerd 和 runc',
  },
  description: {
    en: `Docker 1.11 was the first engine built on containerd and runc. A Linux installation went from one binary to four: \`docker\`, \`docker-containerd\`, \`docker-containerd-shim\` and \`docker-runc\`. The daemon no longer created containers itself; it handed them to containerd — a daemon Docker had introduced a few months earlier to control runC — which ran them with runc. The command line and the API did not change, so users saw nothing, but from here on everyone running Docker was running the OCI's reference runtime.`,
    'zh-cn': `Docker 1.11 是第一个建立在 containerd 和 runc 之上的引擎。Linux 上的安装从一个二进制文件变成四个：\`docker\`、\`docker-containerd\`、\`docker-containerd-shim\` 和 \`docker-runc\`。守护进程不再亲自创建容器，而是交给 containerd——Docker 几个月前推出、用来控制 runC 的守护进程——再由它用 runc 运行容器。命令行和 API 都没有变化，用户察觉不到；但从这一版起，所有使用 Docker 的人运行的都是 OCI 的参考运行时。`,
  },
  terms: ['dockerd', 'containerd', 'containerd-shim', 'runc', 'oci'],
  sources: [
    { title: 'Docker CHANGELOG: 1.11.0 (2016-04-13)', url: 'https://github.com/moby/moby/blob/v1.11.0/CHANGELOG.md' },
    {
      title: 'Docker blog: Docker 1.11: the first runtime built on containerd and based on OCI technology',
      url: 'https://www.docker.com/blog/docker-engine-1-11-runc/',
    },
  ],
} satisfies HistoryEventInput;

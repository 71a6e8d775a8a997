/** `docker run` options about the network: the network mode, addresses, ports, names and DNS. */
import { optionGroup } from '../schema/docker-run-option.ts';
import { RUN_REFERENCE, cliOpts } from '../sources/docker-run.ts';

const NETWORK = {
  en: 'Network to connect to (bridge, host, none, container:<name|id> or a network name).',
  'zh-cn': '要连接的网络（bridge、host、none、container:<名称|ID> 或网络名）。',
};
const ALIAS = { en: 'Another name for the container on a user-defined network.', 'zh-cn': '容器在用户自定义网络上的别名。' };
const DNS_OPTION = { en: 'Option line for the container’s /etc/resolv.conf.', 'zh-cn': '写入容器 /etc/resolv.conf 的选项。' };

export default optionGroup('networking', { kernel: true, source: RUN_REFERENCE }, [
  { flag: '--network', type: 'network', meaning: NETWORK },
  { flag: '--net', type: 'network', aliasOf: '--network', status: 'hidden', meaning: NETWORK, source: cliOpts('L244-L246') },
  { flag: '--network-alias', type: 'list', kernel: false, meaning: ALIAS },
  { flag: '--net-alias', type: 'list', kernel: false, aliasOf: '--network-alias', status: 'hidden', meaning: ALIAS, source: cliOpts('L248-L250') },
  {
    flag: '--publish',
    short: '-p',
    type: 'list',
    meaning: { en: 'Publish a container port on the host: [<ip>:]<host port>:<container port>[/udp].', 'zh-cn': '把容器端口发布到宿主机：[<IP>:]<宿主机端口>:<容器端口>[/udp]。' },
  },
  {
    flag: '--publish-all',
    short: '-P',
    type: 'bool',
    meaning: { en: 'Publish every exposed port on a random host port.', 'zh-cn': '把所有暴露的端口发布到宿主机的随机端口。' },
  },
  { flag: '--expose', type: 'list', kernel: false, meaning: { en: 'Record a port as exposed, without publishing it.', 'zh-cn': '把端口登记为已暴露，但不发布。' } },
  { flag: '--ip', type: 'ip', meaning: { en: 'IPv4 address on the network.', 'zh-cn': '在该网络上的 IPv4 地址。' } },
  { flag: '--ip6', type: 'ip', meaning: { en: 'IPv6 address on the network.', 'zh-cn': '在该网络上的 IPv6 地址。' } },
  { flag: '--link-local-ip', type: 'list', meaning: { en: 'Link-local IPv4 or IPv6 address.', 'zh-cn': '链路本地 IPv4 或 IPv6 地址。' } },
  { flag: '--mac-address', type: 'string', meaning: { en: 'MAC address of the container’s interface.', 'zh-cn': '容器网络接口的 MAC 地址。' } },
  { flag: '--hostname', short: '-h', type: 'string', meaning: { en: 'Host name inside the container (UTS namespace).', 'zh-cn': '容器内的主机名（UTS 命名空间）。' } },
  { flag: '--domainname', type: 'string', meaning: { en: 'NIS domain name inside the container (UTS namespace).', 'zh-cn': '容器内的 NIS 域名（UTS 命名空间）。' } },
  {
    flag: '--link',
    type: 'list',
    kernel: false,
    meaning: { en: 'Legacy link to another container: host entries and environment variables.', 'zh-cn': '旧式容器链接：添加 hosts 条目和环境变量。' },
  },
  { flag: '--add-host', type: 'list', kernel: false, meaning: { en: 'Add a line to /etc/hosts: <host>:<ip>.', 'zh-cn': '在 /etc/hosts 中添加一行：<主机名>:<IP>。' } },
  { flag: '--dns', type: 'list', kernel: false, meaning: { en: 'DNS server for /etc/resolv.conf.', 'zh-cn': '写入 /etc/resolv.conf 的 DNS 服务器。' } },
  { flag: '--dns-search', type: 'list', kernel: false, meaning: { en: 'DNS search domain for /etc/resolv.conf.', 'zh-cn': '写入 /etc/resolv.conf 的 DNS 搜索域。' } },
  { flag: '--dns-option', type: 'list', kernel: false, meaning: DNS_OPTION },
  { flag: '--dns-opt', type: 'list', kernel: false, aliasOf: '--dns-option', status: 'hidden', meaning: DNS_OPTION, source: cliOpts('L231-L233') },
]);

/**
 * Sources of the clone-flag terms (src/data/terms/clone-flags/): CSIGNAL and every CLONE_* flag
 * bit of include/uapi/linux/sched.h (Linux 6.1, plus the clone3()-only flags mainline added since).
 * Facts come from clone(2), unshare(2), setns(2) and namespaces(7) (man-pages 6.03) and from the
 * header itself; for the flags newer than the man pages, from the mainline header and selftest.
 */

export const CLONE_2 = { title: 'clone(2)', url: 'https://man7.org/linux/man-pages/man2/clone.2.html' };
export const SCHED_H = {
  title: 'include/uapi/linux/sched.h',
  url: 'https://git.kernel.org/pub/scm/linux/kernel/git/torvalds/linux.git/tree/include/uapi/linux/sched.h',
};
export const UNSHARE_2 = { title: 'unshare(2)', url: 'https://man7.org/linux/man-pages/man2/unshare.2.html' };
export const SETNS_2 = { title: 'setns(2)', url: 'https://man7.org/linux/man-pages/man2/setns.2.html' };
export const NAMESPACES_7 = { title: 'namespaces(7)', url: 'https://man7.org/linux/man-pages/man7/namespaces.7.html' };
export const PID_NAMESPACES_7 = {
  title: 'pid_namespaces(7)',
  url: 'https://man7.org/linux/man-pages/man7/pid_namespaces.7.html',
};
export const TIME_NAMESPACES_7 = {
  title: 'time_namespaces(7)',
  url: 'https://man7.org/linux/man-pages/man7/time_namespaces.7.html',
};

/** setns(2) ERRORS: the nstype check that applies to every CLONE_NEW* flag. */
export const setnsTypeMismatch = (flag: string, en: string, zh: string) => ({
  en: `EINVAL (setns()): nstype is ${flag} but the file descriptor refers to a namespace other than ${en}.`,
  'zh-cn': `EINVAL（setns()）：nstype 为 ${flag}，但文件描述符指向的并不是${zh}。`,
});

/**
 * The mainline kernel at the commit read for the clone3()-only flags added after Linux 6.1
 * (CLONE_AUTOREAP, CLONE_NNP, CLONE_PIDFD_AUTOKILL): the header that defines them and the
 * selftest that pins down their behaviour. No tagged release containing them was confirmed.
 */
const MAINLINE = 'https://git.kernel.org/pub/scm/linux/kernel/git/torvalds/linux.git/tree';
const MAINLINE_COMMIT = '07c3ef58223e2c75ea209d8c416b976ec30d9413';
export const SCHED_H_MAINLINE = {
  title: 'include/uapi/linux/sched.h (mainline, commit 07c3ef5)',
  url: `${MAINLINE}/include/uapi/linux/sched.h?id=${MAINLINE_COMMIT}`,
};
export const AUTOREAP_SELFTEST = {
  title: 'tools/testing/selftests/pidfd/pidfd_autoreap_test.c (mainline, commit 07c3ef5)',
  url: `${MAINLINE}/tools/testing/selftests/pidfd/pidfd_autoreap_test.c?id=${MAINLINE_COMMIT}`,
};

# runbook's client of its background process (see "Background process" in README.md).
# The launcher runs it as: python3 -I -S runbook-client.py MODE JAVA JAR JAVA_VERSION TTY_OUT TTY_ERR N OPT... ARG...
# where the N OPTs are the JVM options of a background process and the ARGs the command line.
# MODE run sends the command to the background process for this jar, JDK and locale, and writes
# what comes back to stdout and stderr byte for byte, exiting with the command's status; when
# none answers it exits 75 and the launcher runs the command itself, as without a background
# process, then calls MODE start, which starts one (detached) unless one is starting. Standard library only, nothing imported
# that a plain `python3 -S` does not have ready: this runs on every call.
import hashlib
import os
import socket
import stat
import struct
import sys

FALLBACK = 75  # "run it yourself": never a status of runbook itself (0-3) or of a signal (128+)


def folder():
    """The private folder, made when missing; None when it is not safe to use."""
    env = os.environb
    base = env.get(b"XDG_RUNTIME_DIR", b"")
    if base.startswith(b"/"):
        path = os.path.join(base, b"runbook")
    else:
        home = env.get(b"HOME", b"")
        if not home.startswith(b"/"):
            return None
        path = os.path.join(home, b".cache", b"runbook")
    try:
        os.makedirs(os.path.dirname(path), exist_ok=True)
        os.mkdir(path, 0o700)
    except FileExistsError:
        pass
    except OSError:
        return None
    try:
        st = os.lstat(path)
    except OSError:
        return None
    # Only our own folder with no access for anyone else: whoever can write there can answer us.
    if not stat.S_ISDIR(st.st_mode) or st.st_uid != os.getuid() or st.st_mode & 0o077:
        return None
    return path


def key(java, jar, version, opts):
    """What a background process must share with this call to answer it the same as a new JVM."""
    st = os.stat(jar)
    h = hashlib.sha256()
    env = os.environb
    parts = [os.path.realpath(java).encode(), version.encode(), os.path.realpath(jar).encode(),
             str(st.st_size).encode(), str(st.st_mtime_ns).encode()]
    # The JVM takes its time zone, locale and file-name encoding from these at start-up.
    parts += [env.get(n, b"\x01") for n in (b"TZ", b"LANG", b"LC_ALL", b"LC_CTYPE", b"RUNBOOK_JAVA_OPTS")]
    parts += [o.encode() for o in opts]
    h.update(b"\0".join(parts))
    return h.hexdigest()[:24]


def pack(b):
    return struct.pack(">I", len(b)) + b


def request(args, tty_out, tty_err):
    env = os.environb
    body = [b"RBD1", pack(b"run"), pack(os.fsencode(os.getcwd())), pack(b"1" if tty_out == "true" else b"0"),
            pack(b"1" if tty_err == "true" else b"0"), pack(str(len(args)).encode())]
    body += [pack(os.fsencode(a)) for a in args]
    body.append(pack(str(len(env)).encode()))
    body += [pack(k + b"=" + v) for k, v in env.items()]
    return b"".join(body)


def read_exactly(sock, n):
    chunks = []
    while n > 0:
        b = sock.recv(min(n, 1 << 16))
        if not b:
            raise EOFError
        chunks.append(b)
        n -= len(b)
    return b"".join(chunks)


def write_all(fd, data, broken):
    if fd in broken:
        return
    try:
        while data:
            data = data[os.write(fd, data):]
    except OSError:
        broken.add(fd)  # as the JVM does: output to a closed pipe is dropped, the command goes on


RETRY_AFTER = 600  # seconds before a start that never came up is tried again (DaemonServer.RETRY_AFTER)


def start_daemon(where, sock_path, java, jar, opts):
    lock = sock_path + b".lock"
    # Left by each start and removed by the process once it listens: a start that never came up
    # (a JVM option it refuses, a crash; daemon.log says why) is not tried again on every call.
    tried = sock_path[:-len(b".sock")] + b".tried"
    try:
        import fcntl
        import time
        try:
            if time.time() - os.stat(tried).st_mtime < RETRY_AFTER:
                return
        except FileNotFoundError:
            pass
        fd = os.open(lock, os.O_WRONLY | os.O_CREAT, 0o600)
        try:
            fcntl.lockf(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            return  # one is starting
        finally:
            os.close(fd)
        os.close(os.open(tried, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600))
        os.utime(tried)
        log = os.open(os.path.join(where, b"daemon.log"), os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
        null = os.open(os.devnull, os.O_RDONLY)
        if os.fork() == 0:  # child: a new session, then a grandchild that becomes the JVM
            try:
                os.setsid()
                if os.fork() == 0:
                    os.dup2(null, 0)
                    os.dup2(log, 1)
                    os.dup2(log, 2)
                    os.chdir("/")
                    os.closerange(3, 256)
                    argv = [java] + opts + ["-cp", jar, "dev.runbook.cli.daemon.DaemonServer", os.fsdecode(sock_path)]
                    os.execvp(java, argv)
            finally:
                os._exit(0)
        os.wait()
        os.close(log)
        os.close(null)
    except OSError:
        pass


def watch_parent():
    """For a command that runs until stopped (serve): when the launcher is killed (a process
    manager's SIGTERM reaches it, not us), end too, which closes the socket and stops the command
    in the background process, as killing its own JVM would."""
    import threading
    import time
    parent = os.getppid()

    def watch():
        while os.getppid() == parent:
            time.sleep(0.2)
        os._exit(143)
    threading.Thread(target=watch, daemon=True).start()


def main(argv):
    mode, java, jar, version, tty_out, tty_err, n = argv[:7]
    opts = argv[7:7 + int(n)]
    args = argv[7 + int(n):]
    where = folder()
    if where is None:
        return FALLBACK
    try:
        sock_path = os.path.join(where, b"d-" + key(java, jar, version, opts).encode() + b".sock")
    except OSError:
        return FALLBACK
    if len(sock_path) > 100:  # the limit of a Unix socket's name is 108 bytes
        return FALLBACK
    if mode == "start":
        start_daemon(where, sock_path, java, jar, opts)
        return 0
    if args[:1] == ["serve"]:
        watch_parent()
    s = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    try:
        s.connect(sock_path)
        s.sendall(request(args, tty_out, tty_err))
        head = s.recv(5, socket.MSG_WAITALL)
    except OSError:
        head = b""
    if len(head) < 5:
        s.close()
        return FALLBACK
    broken = set()
    try:
        while True:
            kind, length = struct.unpack(">BI", head)
            data = read_exactly(s, length)
            if kind == 3:
                return struct.unpack(">i", data)[0]
            if kind not in (1, 2):
                raise EOFError
            write_all(kind, data, broken)
            head = read_exactly(s, 5)
    except (EOFError, OSError, struct.error):
        write_all(2, b"runbook: the background process ended before the command finished; run it again, "
                     b"or with RUNBOOK_DAEMON=0 to run it without one\n", set())
        return 3


if __name__ == "__main__":
    try:
        sys.exit(main(sys.argv[1:]))
    except KeyboardInterrupt:
        sys.exit(130)
    except Exception:  # a bug here before any output: the launcher runs the command itself
        sys.exit(FALLBACK)

"""A kernel manager that lets a client talk to the Java kernel only once it listens (used by notebooks/run).

rapaio-jupyter-kernel 3.0.1 binds its sockets and starts its shell thread before it registers its message
handlers; a kernel_info request arriving in between (nbclient sends one at once, and ZeroMQ delivers it the moment
the socket is bound) kills the shell thread with a NullPointerException, and the kernel never answers. This manager
waits until the kernel listens on every one of its ports and then a little longer before nbclient connects.

    jupyter nbconvert --execute --ExecutePreprocessor.kernel_manager_class=listening_kernel.ListeningKernelManager
"""
import asyncio
import socket
import time

from jupyter_client.manager import AsyncKernelManager

LISTEN_TIMEOUT_S = 180
# The kernel registers its handlers a few milliseconds after binding; seconds leave room for a loaded machine.
SETTLE_S = 2.0


class ListeningKernelManager(AsyncKernelManager):
    async def post_start_kernel(self, **kw):
        await self._wait_until_listening()
        await super().post_start_kernel(**kw)

    async def _wait_until_listening(self):
        ports = [self.shell_port, self.iopub_port, self.stdin_port, self.control_port, self.hb_port]
        deadline = time.monotonic() + LISTEN_TIMEOUT_S
        while not all(_listens(self.ip, p) for p in ports):
            if not await self.is_alive():
                raise RuntimeError("the Java kernel exited before it listened on its ports")
            if time.monotonic() > deadline:
                raise RuntimeError(f"the Java kernel did not listen on its ports {ports} within {LISTEN_TIMEOUT_S} s")
            await asyncio.sleep(0.2)
        await asyncio.sleep(SETTLE_S)


def _listens(ip, port):
    """Whether something listens on the TCP port: read from /proc (no connection attempt that the kernel would see,
    or that could take the port itself before the kernel binds it); elsewhere, by connecting."""
    listening = _listening_ports()
    if listening is not None:
        return port in listening
    try:
        with socket.create_connection((ip, port), timeout=0.5):
            return True
    except OSError:
        return False


def _listening_ports():
    """The local ports in state LISTEN, or None where /proc/net has no TCP table."""
    ports = None
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        try:
            with open(table, encoding="ascii") as f:
                lines = f.read().splitlines()[1:]
        except OSError:
            continue
        ports = ports or set()
        for line in lines:
            fields = line.split()
            if len(fields) > 3 and fields[3] == "0A":  # TCP_LISTEN
                ports.add(int(fields[1].rsplit(":", 1)[1], 16))
    return ports

#!/usr/bin/env bash
# Configure podman for this kind of machine (root, no systemd, no cgroup manager):
# the runc runtime, cgroupfs, and file/process limits podman's defaults would exceed.
set -euo pipefail

command -v podman >/dev/null || exit 0
conf=/etc/containers/containers.conf
if [ -f "$conf" ] && grep -q 'cgroup_manager = "cgroupfs"' "$conf"; then
  exit 0
fi
mkdir -p /etc/containers
cat >"$conf" <<'CONF'
[containers]
default_ulimits = ["nofile=20000:20000", "nproc=4096:4096"]

[engine]
runtime = "runc"
cgroup_manager = "cgroupfs"
CONF

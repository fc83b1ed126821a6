#!/usr/bin/env bash
# Makes a small PostgreSQL image from this machine's own PostgreSQL server, offline and in seconds, for tests of
# Container mode on machines that cannot pull (CI, this workplace):
#
#   scripts/make-test-postgres-image.sh localhost/odooaspire-test/postgres:15-run-123 [--version 15] [--engine podman]
#
# The root filesystem holds the server binaries (/usr/lib/postgresql/<v>/{bin,lib}, /usr/share/postgresql/<v>), the
# shared libraries they load with the dynamic loader, busybox-static as /bin/sh and tools, a postgres user (999),
# and an entrypoint with the part of the official image's contract Aspire uses: POSTGRES_USER, POSTGRES_PASSWORD,
# POSTGRES_DB, POSTGRES_HOST_AUTH_METHOD, POSTGRES_INITDB_ARGS; data in /var/lib/postgresql/data (initdb on the
# first start only, as postgres); listening on every interface on 5432; postgres exec'd as PID 1 with STOPSIGNAL
# SIGINT (a fast shutdown: connected clients do not hold up a stop). Without JIT (LLVM alone is 100 MiB).
# Needs: postgresql-<v>, busybox-static, podman or docker. scripts/make-local-images.sh makes a full Debian image.
set -euo pipefail

usage() { sed -n '2,13p' "$0" | sed 's/^# \{0,1\}//'; exit "${1:-0}"; }
fail() { echo "make-test-postgres-image: $*" >&2; exit 1; }

reference="" version=15 engine=podman
while (($#)); do
  case "$1" in
    --version) version=${2:?--version needs a PostgreSQL major version}; shift 2 ;;
    --engine) engine=${2:?--engine needs docker or podman}; shift 2 ;;
    -h|--help) usage 0 ;;
    -*) echo "make-test-postgres-image: unknown argument '$1'" >&2; usage 2 ;;
    *) [ -z "$reference" ] || fail "one image reference only ('$reference', then '$1')."; reference=$1; shift ;;
  esac
done

[ -n "$reference" ] || { echo "make-test-postgres-image: the image reference is required." >&2; usage 2; }
pg=/usr/lib/postgresql/$version
share=/usr/share/postgresql/$version
[ -x "$pg/bin/postgres" ] && [ -d "$share" ] || fail "no PostgreSQL $version server in $pg (apt-get install postgresql-$version)."
busybox=$(command -v busybox || true)
# ldd fails on a static program: the image has no libraries for a dynamic busybox.
[ -n "$busybox" ] && ! ldd "$busybox" >/dev/null 2>&1 || fail "no static busybox (apt-get install busybox-static)."
command -v "$engine" >/dev/null || fail "$engine is not installed."

work=$(mktemp -d "${TMPDIR:-/tmp}/odooaspire-pgimage.XXXXXX")
trap 'rm -rf "$work"' EXIT
root=$work/root
mkdir -p "$root"/{bin,etc,tmp,run/postgresql,usr/local/bin,var/lib/postgresql/data,usr/lib/locale} "$root/usr/lib/postgresql" "$root/usr/share/postgresql"
chmod 1777 "$root/tmp"
ln -s ../run "$root/var/run"

# The server, without JIT: llvmjit.so would pull in libLLVM, and its bitcode is 26 MiB.
cp -a "$pg" "$root/usr/lib/postgresql/"
rm -rf "$root$pg/lib/bitcode" "$root$pg"/lib/llvmjit*
cp -a "$share" "$root/usr/share/postgresql/"
rm -rf "$root$share/man"
# Debian builds with the system time zones and initdb picks the C.UTF-8 locale from LANG.
cp -a /usr/share/zoneinfo "$root/usr/share/"
[ -d /usr/lib/locale/C.utf8 ] && cp -a /usr/lib/locale/C.utf8 "$root/usr/lib/locale/"

# Every shared library the programs and modules load, at the path the loader looks for it, and the loader itself
# (ldd fails on the scripts among them, which need none).
find "$root$pg/bin" "$root$pg/lib" -type f \( -perm -u+x -o -name '*.so' \) -print0 \
  | { xargs -0 ldd 2>/dev/null || true; } \
  | awk '$2 == "=>" && $3 ~ /^\// { print $3 } $1 ~ /^\// && $1 !~ /:$/ { print $1 }' \
  | sort -u \
  | while read -r library; do
      mkdir -p "$root$(dirname "$library")"
      cp -L "$library" "$root$library"
    done

cp "$busybox" "$root/bin/busybox"
for applet in sh ash cat chmod chown cp echo env id kill ls mkdir mktemp printf ps rm sleep su; do
  ln -s busybox "$root/bin/$applet"
done

cat >"$root/etc/passwd" <<'EOF'
root:x:0:0:root:/root:/bin/sh
postgres:x:999:999:PostgreSQL administrator:/var/lib/postgresql:/bin/sh
EOF
cat >"$root/etc/group" <<'EOF'
root:x:0:
postgres:x:999:
EOF
printf 'passwd: files\ngroup: files\n' >"$root/etc/nsswitch.conf"
printf '/bin/sh\n' >"$root/etc/shells"

cat >"$root/usr/local/bin/docker-entrypoint.sh" <<SH
#!/bin/sh
# The official postgres image's contract, as far as Aspire uses it. Started as root: prepares the data folder and
# starts again as postgres. As postgres: initdb on the first start only, then exec postgres (PID 1, so the stop
# signal reaches the server itself). Any other command runs as is.
set -eu
bin=$pg/bin
SH
cat >>"$root/usr/local/bin/docker-entrypoint.sh" <<'SH'
: "${PGDATA:=/var/lib/postgresql/data}"
case "${1:-postgres}" in
  postgres) [ "$#" -eq 0 ] || shift ;;
  -*) ;;
  *) exec "$@" ;;
esac

if [ "$(id -u)" = 0 ]; then
  mkdir -p "$PGDATA" /run/postgresql
  chown postgres:postgres "$PGDATA" /run/postgresql
  chmod 700 "$PGDATA"
  # busybox su execs the shell, which execs this script: no process is left between PID 1 and the server.
  exec su -p -s /bin/sh postgres -c 'exec "$0" postgres "$@"' "$0" "$@"
fi

if [ ! -s "$PGDATA/PG_VERSION" ]; then
  user=${POSTGRES_USER:-postgres}
  if [ -z "${POSTGRES_PASSWORD:-}" ] && [ "${POSTGRES_HOST_AUTH_METHOD:-}" != trust ]; then
    echo "docker-entrypoint: the database is uninitialized and POSTGRES_PASSWORD is not set (or set POSTGRES_HOST_AUTH_METHOD=trust)." >&2
    exit 1
  fi
  pwfile=$(mktemp)
  printf '%s\n' "${POSTGRES_PASSWORD:-}" >"$pwfile"
  # POSTGRES_INITDB_ARGS is split as the shell would split it, as the official image does.
  eval '"$bin/initdb" -D "$PGDATA" --username="$user" --pwfile="$pwfile" '"${POSTGRES_INITDB_ARGS:-}"
  rm -f "$pwfile"
  printf '\nhost all all all %s\n' "${POSTGRES_HOST_AUTH_METHOD:-scram-sha-256}" >>"$PGDATA/pg_hba.conf"
  db=${POSTGRES_DB:-$user}
  if [ "$db" != postgres ]; then
    printf 'CREATE DATABASE "%s"\n' "$db" | "$bin/postgres" --single -D "$PGDATA" postgres >/dev/null
  fi
  echo "PostgreSQL init process complete; ready for start up."
fi

exec "$bin/postgres" -D "$PGDATA" -c listen_addresses='*' "$@"
SH
chmod 755 "$root/usr/local/bin/docker-entrypoint.sh"

tar -C "$root" --numeric-owner -cf "$work/image.tar" .
previous=$("$engine" image inspect --format '{{.Id}}' "$reference" 2>/dev/null || true)
quiet=()
[ "$engine" != podman ] || quiet=(--quiet) # podman's progress lines; docker import has none (and no such option)
"$engine" import "${quiet[@]}" \
  --change 'ENV=PATH=/usr/local/bin:/bin' --change "ENV=PGDATA=/var/lib/postgresql/data" --change 'ENV=LANG=C.UTF-8' \
  --change 'ENTRYPOINT=["/usr/local/bin/docker-entrypoint.sh"]' --change 'CMD=["postgres"]' \
  --change 'EXPOSE=5432' --change 'VOLUME=/var/lib/postgresql/data' --change 'STOPSIGNAL=SIGINT' \
  "$work/image.tar" "$reference" >/dev/null
# The image this one replaces would stay behind untagged.
if [ -n "$previous" ] && ! "$engine" rmi "$previous" >/dev/null 2>&1; then
  echo "make-test-postgres-image: the previous $reference ($previous) is still used by a container; remove it later with: $engine rmi $previous" >&2
fi
echo "$reference"

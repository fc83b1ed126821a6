#!/usr/bin/env bash
# Builds local stand-ins for the official `odoo` and `postgres` images from Debian 12 packages and an Odoo
# source tree, for machines that cannot pull from a registry (Container mode still needs images).
#
#   sudo scripts/make-local-images.sh --odoo-source ~/src/odoo [--engine podman] [--tag 18.0]
#
# It makes, with debootstrap and `<engine> import` (no registry, no Dockerfile build):
#   localhost/odooaspire/postgres:15     PostgreSQL 15; POSTGRES_USER/POSTGRES_PASSWORD; data in /var/lib/postgresql/data
#   localhost/odooaspire/odoo:<tag>      the tree's Odoo, laid out and started the way the official image does:
#                                        user odoo (101), /etc/odoo/odoo.conf, /var/lib/odoo, /mnt/extra-addons,
#                                        an entrypoint that waits for the database named in odoo.conf, then runs odoo
# Use them with:
#   dotnet run --project AppHost -- --Odoo:Mode Container --Odoo:Image localhost/odooaspire/odoo \
#     --Postgres:Mode Container --Postgres:Image localhost/odooaspire/postgres --Postgres:Tag 15
# Re-running replaces the images. Needs root (debootstrap, chroot) and the Debian mirror.
set -euo pipefail

usage() { sed -n '2,15p' "$0" | sed 's/^# \{0,1\}//'; exit "${1:-0}"; }

source_tree="" engine="" tag=18.0 mirror=""
while (($#)); do
  case "$1" in
    --odoo-source) source_tree=${2:?--odoo-source needs a folder}; shift 2 ;;
    --engine) engine=${2:?--engine needs docker or podman}; shift 2 ;;
    --tag) tag=${2:?--tag needs a value}; shift 2 ;;
    --mirror) mirror=${2:?--mirror needs a URL}; shift 2 ;;
    -h|--help) usage 0 ;;
    *) echo "make-local-images: unknown argument '$1'" >&2; usage 2 ;;
  esac
done

fail() { echo "make-local-images: $*" >&2; exit 1; }
log() { printf '==> %s\n' "$*"; }

[ "$(id -u)" -eq 0 ] || fail "run as root (sudo $0 ...): debootstrap and chroot need it."
[ -n "$source_tree" ] || fail "--odoo-source <folder holding odoo-bin> is required."
[ -f "$source_tree/odoo-bin" ] && [ -d "$source_tree/odoo/addons" ] && [ -d "$source_tree/addons" ] \
  || fail "$source_tree is not an Odoo source tree (odoo-bin, odoo/addons and addons/ expected)."
if [ -z "$engine" ]; then
  for candidate in podman docker; do
    if command -v "$candidate" >/dev/null && "$candidate" info >/dev/null 2>&1; then engine=$candidate; break; fi
  done
fi
[ -n "$engine" ] || fail "no container engine answers ('podman info' / 'docker info'). apt-get install podman runc; scripts/configure-podman.sh"
if [ -z "$mirror" ]; then
  mirror=$(grep -hoE '^(URIs:|deb) +https?://[^ ]+' /etc/apt/sources.list /etc/apt/sources.list.d/* 2>/dev/null \
    | awk '{print $2}' | grep -v security | head -n 1 || true)
  mirror=${mirror:-http://deb.debian.org/debian}
fi

if ! command -v debootstrap >/dev/null; then
  log "installing debootstrap"
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends debootstrap >/dev/null
fi

work=$(mktemp -d /var/tmp/odooaspire-images.XXXXXX)
mounted=()
cleanup() {
  for m in "${mounted[@]}"; do umount -l "$m" 2>/dev/null || true; done
  rm -rf "$work"
}
trap cleanup EXIT

# A minimal Debian 12 root filesystem, prepared once and copied for each image.
base="$work/base"
log "debootstrap bookworm (minbase) from $mirror"
debootstrap --variant=minbase --include=ca-certificates bookworm "$base" "$mirror" >"$work/debootstrap.log" 2>&1 \
  || { tail -n 20 "$work/debootstrap.log" >&2; fail "debootstrap failed (log above)."; }

in_root() {
  local root=$1; shift
  mount --bind /proc "$root/proc"; mounted+=("$root/proc")
  DEBIAN_FRONTEND=noninteractive chroot "$root" "$@"
  umount "$root/proc"; unset 'mounted[-1]'
}

finish_root() {
  local root=$1
  chroot "$root" apt-get clean
  rm -rf "$root"/var/lib/apt/lists/* "$root"/var/cache/apt/*.bin "$root"/tmp/* "$root"/var/log/*.log
}

import() {
  local root=$1 reference=$2 previous; shift 2
  log "importing $reference"
  previous=$("$engine" image inspect --format '{{.Id}}' "$reference" 2>/dev/null || true)
  tar -C "$root" --numeric-owner -cf "$work/image.tar" .
  "$engine" import "$@" "$work/image.tar" "$reference" >/dev/null
  rm -f "$work/image.tar"
  # The image this one replaces would stay behind untagged.
  if [ -n "$previous" ] && ! "$engine" rmi "$previous" >/dev/null 2>&1; then
    echo "make-local-images: the previous $reference ($previous) is still used by a container; remove it later with: $engine rmi $previous" >&2
  fi
}

# --- postgres --------------------------------------------------------------
pg="$work/postgres"
cp -a "$base" "$pg"
log "postgres: installing postgresql-15"
in_root "$pg" apt-get install -y -qq --no-install-recommends postgresql-15 >/dev/null
# The package's default cluster is not used: the entrypoint makes one in $PGDATA (the volume).
rm -rf "$pg/var/lib/postgresql/15" "$pg/etc/postgresql/15"
cat >"$pg/usr/local/bin/docker-entrypoint.sh" <<'SH'
#!/bin/sh
# The official postgres image's contract: POSTGRES_USER/POSTGRES_PASSWORD create the superuser on first start,
# data lives in $PGDATA, the server listens on every interface with password authentication.
set -eu
PGDATA=${PGDATA:-/var/lib/postgresql/data}
bin=/usr/lib/postgresql/15/bin
if [ "$(id -u)" = 0 ]; then
  mkdir -p "$PGDATA" /run/postgresql
  chown -R postgres:postgres "$PGDATA" /run/postgresql
  chmod 700 "$PGDATA"
  exec setpriv --reuid=postgres --regid=postgres --init-groups "$0" "$@"
fi
if [ ! -s "$PGDATA/PG_VERSION" ]; then
  : "${POSTGRES_PASSWORD:?POSTGRES_PASSWORD must be set}"
  pwfile=$(mktemp)
  printf '%s\n' "$POSTGRES_PASSWORD" >"$pwfile"
  "$bin/initdb" -D "$PGDATA" -U "${POSTGRES_USER:-postgres}" --pwfile="$pwfile" -E UTF8 --locale=C.UTF-8 \
    --auth-local=trust --auth-host=scram-sha-256 >/dev/null
  rm -f "$pwfile"
  echo "host all all all scram-sha-256" >>"$PGDATA/pg_hba.conf"
fi
exec "$bin/postgres" -D "$PGDATA" -c listen_addresses='*' -c unix_socket_directories=/run/postgresql "$@"
SH
chmod 755 "$pg/usr/local/bin/docker-entrypoint.sh"
finish_root "$pg"
import "$pg" localhost/odooaspire/postgres:15 \
  --change 'ENV=PATH=/usr/local/bin:/usr/bin:/bin' --change 'ENV=PGDATA=/var/lib/postgresql/data' \
  --change 'ENTRYPOINT=["/usr/local/bin/docker-entrypoint.sh"]' --change 'EXPOSE=5432' \
  --change 'VOLUME=/var/lib/postgresql/data' --change 'STOPSIGNAL=SIGINT'
rm -rf "$pg"

# --- odoo ------------------------------------------------------------------
od="$work/odoo"
mv "$base" "$od"
log "odoo: installing the python modules and PostgreSQL client (scripts/install-odoo-deps.sh)"
cp "$(dirname "$0")/install-odoo-deps.sh" "$od/tmp/"
in_root "$od" bash /tmp/install-odoo-deps.sh >/dev/null
log "odoo: copying the source tree (odoo/ and addons/) into the image"
# The official image's layout: the odoo package in dist-packages with every addon under odoo/addons.
site="$od/usr/lib/python3/dist-packages"
tar -C "$source_tree" --exclude='*.pyc' --exclude=__pycache__ -cf - odoo | tar -C "$site" -xf -
tar -C "$source_tree/addons" --exclude='*.pyc' --exclude=__pycache__ -cf - . | tar -C "$site/odoo/addons" -xf -
install -m 755 "$source_tree/odoo-bin" "$od/usr/bin/odoo"
chroot "$od" groupadd --system --gid 101 odoo
chroot "$od" useradd --system --uid 101 --gid 101 --home-dir /var/lib/odoo --shell /bin/false odoo
mkdir -p "$od/etc/odoo" "$od/var/lib/odoo" "$od/mnt/extra-addons"
cat >"$od/etc/odoo/odoo.conf" <<'CONF'
[options]
addons_path = /mnt/extra-addons
data_dir = /var/lib/odoo
CONF
chown -R 101:101 "$od/etc/odoo" "$od/var/lib/odoo" "$od/mnt/extra-addons"
cat >"$od/entrypoint.sh" <<'SH'
#!/bin/bash
# The official odoo image's contract: database settings from odoo.conf (or HOST/PORT/USER/PASSWORD), wait for
# the database, then run odoo with the given arguments; any other command runs as is.
set -euo pipefail
: "${ODOO_RC:=/etc/odoo/odoo.conf}"
conf() { sed -nE "s/^[[:space:]]*$1[[:space:]]*=[[:space:]]*(.*[^[:space:]])[[:space:]]*$/\1/p" "$ODOO_RC" | tail -n 1; }
db_host=$(conf db_host); db_port=$(conf db_port); db_user=$(conf db_user); db_password=$(conf db_password)
db_args=(--db_host "${db_host:-${HOST:-db}}" --db_port "${db_port:-${PORT:-5432}}"
         --db_user "${db_user:-${USER:-odoo}}" --db_password "${db_password:-${PASSWORD:-odoo}}")
wait_for_database() {
  local deadline=$((SECONDS + 30))
  until PGPASSWORD="${db_args[7]}" pg_isready -q -h "${db_args[1]}" -p "${db_args[3]}" -U "${db_args[5]}" -d postgres; do
    if ((SECONDS >= deadline)); then echo "entrypoint: database ${db_args[1]}:${db_args[3]} not ready after 30 s" >&2; exit 1; fi
    sleep 1
  done
}
case "${1:-odoo}" in
  -- | odoo)
    shift || true
    if [[ "${1:-}" == scaffold ]]; then exec odoo "$@"; fi
    wait_for_database; exec odoo "$@" "${db_args[@]}" ;;
  -*)
    wait_for_database; exec odoo "$@" "${db_args[@]}" ;;
  *)
    exec "$@" ;;
esac
SH
chmod 755 "$od/entrypoint.sh"
finish_root "$od"
version=$(sed -nE "s/^version_info = \(([0-9]+), ([0-9]+).*/\1.\2/p" "$source_tree/odoo/release.py")
[ "$version" = "$tag" ] || echo "make-local-images: note: the tree is Odoo $version, tagged $tag" >&2
import "$od" "localhost/odooaspire/odoo:$tag" \
  --change 'ENV=PATH=/usr/local/bin:/usr/bin:/bin' --change 'ENV=ODOO_RC=/etc/odoo/odoo.conf' --change 'ENV=LANG=C.UTF-8' \
  --change 'USER=odoo' --change 'ENTRYPOINT=["/entrypoint.sh"]' --change 'CMD=["odoo"]' \
  --change 'EXPOSE=8069' --change 'EXPOSE=8072' --change 'VOLUME=/var/lib/odoo' --change 'VOLUME=/mnt/extra-addons'

log "done: localhost/odooaspire/postgres:15 and localhost/odooaspire/odoo:$tag ($engine images)"

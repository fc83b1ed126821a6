#!/usr/bin/env bash
# Installs what an Odoo 17.0, 18.0 or 19.0 source tree needs on Debian 12 (Odoo:Mode Source): the python modules
# from Debian's packages (the versions Odoo's requirements.txt is pinned to; python3-magic for 19.0) and the
# PostgreSQL client tools.
# Idempotent: packages already installed are left as they are. Run as root (sudo scripts/install-odoo-deps.sh).
set -euo pipefail

packages=(
  postgresql-client
  python3-asn1crypto python3-babel python3-cbor2 python3-chardet python3-cryptography python3-dateutil
  python3-decorator python3-docutils python3-freezegun python3-geoip2 python3-gevent python3-greenlet
  python3-idna python3-pil python3-jinja2 python3-libsass python3-lxml python3-markupsafe python3-num2words
  python3-ofxparse python3-openpyxl python3-passlib python3-polib python3-psutil python3-psycopg2
  python3-openssl python3-pypdf2 python3-rjsmin python3-qrcode python3-renderpm python3-reportlab
  python3-requests python3-stdnum python3-tz python3-urllib3 python3-vobject python3-werkzeug
  python3-xlsxwriter python3-xlrd python3-zeep python3-pydot python3-magic
)

if [ "$(id -u)" -ne 0 ]; then
  echo "install-odoo-deps: run as root (sudo $0): it installs Debian packages with apt-get." >&2
  exit 1
fi

if ! command -v apt-get >/dev/null; then
  echo "install-odoo-deps: apt-get not found; this script is for Debian/Ubuntu. Install the equivalents of:" >&2
  printf '  %s\n' "${packages[@]}" >&2
  exit 1
fi

missing=()
for package in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed'; then
    missing+=("$package")
  fi
done

if [ "${#missing[@]}" -eq 0 ]; then
  echo "install-odoo-deps: all ${#packages[@]} packages are already installed."
  exit 0
fi

echo "install-odoo-deps: installing ${#missing[@]} of ${#packages[@]} packages: ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
apt-get update
apt-get install -y --no-install-recommends "${missing[@]}"
echo "install-odoo-deps: done. Start Odoo with: dotnet run --project AppHost -- --Odoo:Mode Source --Odoo:SourcePath <odoo tree>"

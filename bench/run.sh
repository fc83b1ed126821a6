#!/usr/bin/env bash
# Gateway benchmark: direct vs gateway vs nginx (Debian's nginx with the usual Odoo proxy configuration).
# Installs nginx and wrk when missing, builds the gateway and the benchmark in Release, runs nginx in the
# foreground on a free loopback port (stopped by PID at the end), and prints the table; the last line is
#   gateway/nginx ws-msgs X.XX ws-p99 X.XX http-rps X.XX idle-ws-kb N/N
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"

log() { printf '==> %s\n' "$*" >&2; }

missing=()
command -v nginx >/dev/null 2>&1 || [ -x /usr/sbin/nginx ] || missing+=(nginx)
command -v wrk >/dev/null 2>&1 || missing+=(wrk)
if ((${#missing[@]})); then
  log "installing: ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get -o DPkg::Lock::Timeout=600 update -qq
  apt-get -o DPkg::Lock::Timeout=600 install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
nginx_bin=$(command -v nginx || echo /usr/sbin/nginx)

# 1,000 idle websockets need ~2 descriptors each in the client, the gateway and the upstream.
ulimit -n 65536 2>/dev/null || ulimit -n "$(ulimit -Hn)"

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
log "building Gateway, GatewayBench and YarpBaseline (Release)"
dotnet build -c Release -v q -nologo Gateway/Gateway.csproj >&2
dotnet build -c Release -v q -nologo bench/GatewayBench/GatewayBench.csproj >&2
dotnet build -c Release -v q -nologo bench/YarpBaseline/YarpBaseline.csproj >&2
gateway_dll="$root/Gateway/bin/Release/net10.0/OdooAspire.Gateway.dll"
yarp_dll="$root/bench/YarpBaseline/bin/Release/net10.0/OdooAspire.YarpBaseline.dll"
bench_dll="$root/bench/GatewayBench/bin/Release/net10.0/OdooAspire.GatewayBench.dll"

read -r http_port ws_port nginx_port < <(dotnet "$bench_dll" free-ports 3)

work=$(mktemp -d)
nginx_pid=""
cleanup() {
  if [ -n "$nginx_pid" ] && kill -0 "$nginx_pid" 2>/dev/null; then
    kill -QUIT "$nginx_pid" 2>/dev/null || true
    wait "$nginx_pid" 2>/dev/null || true
  fi
  rm -rf "$work"
}
trap cleanup EXIT

# The seed's nginx configuration for Odoo (map + /websocket to the gevent port + / to the HTTP port),
# with upstream keep-alive so nginx is measured at its best.
cat >"$work/nginx.conf" <<CONF
worker_processes auto;
pid $work/nginx.pid;
error_log $work/error.log warn;
events { worker_connections 8192; }
http {
  access_log off;
  client_body_temp_path $work/client_body;
  proxy_temp_path $work/proxy;
  fastcgi_temp_path $work/fastcgi;
  uwsgi_temp_path $work/uwsgi;
  scgi_temp_path $work/scgi;

  map \$http_upgrade \$connection_upgrade {
    default upgrade;
    ''      close;
  }

  upstream odoo { server 127.0.0.1:$http_port; keepalive 64; }
  upstream odoochat { server 127.0.0.1:$ws_port; }

  server {
    listen 127.0.0.1:$nginx_port;
    proxy_read_timeout 720s;
    proxy_connect_timeout 720s;
    proxy_send_timeout 720s;
    proxy_set_header X-Forwarded-Host \$http_host;
    proxy_set_header X-Forwarded-For \$proxy_add_x_forwarded_for;
    proxy_set_header X-Forwarded-Proto \$scheme;
    proxy_set_header X-Real-IP \$remote_addr;

    location /websocket {
      proxy_pass http://odoochat;
      proxy_http_version 1.1;
      proxy_set_header Upgrade \$http_upgrade;
      proxy_set_header Connection \$connection_upgrade;
      proxy_set_header X-Forwarded-Host \$http_host;
      proxy_set_header X-Forwarded-For \$proxy_add_x_forwarded_for;
      proxy_set_header X-Forwarded-Proto \$scheme;
      proxy_set_header X-Real-IP \$remote_addr;
    }

    location / {
      proxy_pass http://odoo;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_redirect off;
    }
  }
}
CONF

log "starting nginx on 127.0.0.1:$nginx_port (upstream http $http_port, websocket $ws_port)"
"$nginx_bin" -p "$work" -e "$work/error.log" -c "$work/nginx.conf" -g 'daemon off;' &
nginx_pid=$!
for _ in $(seq 50); do
  (exec 3<>"/dev/tcp/127.0.0.1/$nginx_port") 2>/dev/null && break
  kill -0 "$nginx_pid" 2>/dev/null || { cat "$work/error.log" >&2; exit 1; }
  sleep 0.1
done

dotnet "$bench_dll" \
  --upstream-http-port "$http_port" --upstream-ws-port "$ws_port" \
  --nginx-url "http://127.0.0.1:$nginx_port" --nginx-pid "$nginx_pid" \
  --gateway-dll "$gateway_dll" --yarp-dll "$yarp_dll" "$@"
